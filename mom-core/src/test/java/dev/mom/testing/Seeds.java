package dev.mom.testing;

import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Seeds for property tests. A property test is a {@code @ParameterizedTest} with
 * {@code @MethodSource("dev.mom.testing.Seeds#seeds")}; it builds its inputs from {@code new Random(seed)}
 * and puts {@code "seed " + seed} in every assertion message ({@code .as(...)}), so that a failure names
 * the one seed that reproduces it.
 *
 * <p>The seeds are fixed (the same on every run and machine); set the system property
 * {@code mom.property.runs} to run more of them, e.g. {@code -Dmom.property.runs=2000}.
 */
public final class Seeds {

  /** How many seeds a property runs by default. */
  public static final int DEFAULT_RUNS = 200;

  private Seeds() {}

  /**
   * The seeds of one property run: {@code 1, 2, ..., n} mixed so that neighbouring seeds differ in every bit.
   *
   * @return the seeds, as many as {@code mom.property.runs} says (default {@value #DEFAULT_RUNS})
   */
  public static Stream<Long> seeds() {
    int runs = Integer.getInteger("mom.property.runs", DEFAULT_RUNS);
    return LongStream.rangeClosed(1, runs).map(Seeds::mix).boxed();
  }

  /** SplitMix64's finaliser: a fixed bijection that spreads small integers over all 64 bits. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
