/**
 * Synthetic MOM cases at any scale, for load tests and benchmarks: {@link dev.mom.examples.generate.SyntheticCase}
 * draws a seeded, reproducible {@code mom/transformation} whose evidence tells a coherent story (one function
 * dominates the decisions and the survey agrees), and streams it as canonical JSON.
 */
@NullMarked
package dev.mom.examples.generate;

import org.jspecify.annotations.NullMarked;
