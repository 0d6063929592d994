/**
 * The Mikro case, the MOM model's source, as bundled data: {@link dev.mom.examples.mikro.MikroCase}.
 */
@NullMarked
package dev.mom.examples.mikro;

import org.jspecify.annotations.NullMarked;
