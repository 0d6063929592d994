/**
 * The example cases bundled with the {@code mom} tool: {@link dev.mom.examples.cases.ExampleCase}.
 */
@NullMarked
package dev.mom.examples.cases;

import org.jspecify.annotations.NullMarked;
