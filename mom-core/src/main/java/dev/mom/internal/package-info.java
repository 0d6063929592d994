/**
 * Implementation support shared by MOM's packages. Not part of the API: anything here may change in any
 * release without notice.
 */
@NullMarked
package dev.mom.internal;

import org.jspecify.annotations.NullMarked;
