/**
 * JMH benchmarks of every engine and of the JSON codecs, each at three sizes (n, 2n, 4n, the largest being the
 * size issue #11 names), each beside its baseline measured in the same run: a hand-written single-pass loop over
 * the same records computing the same aggregates, or plain Jackson databind into plain records. Built with the
 * tests so they always compile; packaged by {@code ./mvnw -Pbench -DskipTests package} as
 * {@code mom-examples/target/mom-benchmarks.jar}. Results and method: {@code mom-examples/BENCHMARKS.md}.
 */
@NullMarked
package dev.mom.examples.bench;

import org.jspecify.annotations.NullMarked;
