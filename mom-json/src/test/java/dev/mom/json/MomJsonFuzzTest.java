package dev.mom.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fuzz tests for the JSON boundary: whatever the bytes, reading ends in a value or a
 * {@link MomJsonException}, never in another exception, a {@link StackOverflowError} or an
 * {@link OutOfMemoryError}, and within a second.
 *
 * <p>In the normal build these run in Jazzer's regression mode: once per seed in
 * {@code src/test/resources/dev/mom/json/MomJsonFuzzTestInputs/<method>/} (the valid examples and every
 * input a fuzzing run once found). {@code JAZZER_FUZZ=1} makes them fuzz (see the README); only then is the
 * one-second budget asserted, since a loaded build machine must not make the normal build flaky.
 */
class MomJsonFuzzTest {

  /** The budget per input when fuzzing; generous for inputs of the fuzzer's sizes (kilobytes). */
  static final long BUDGET_NANOS = 1_000_000_000L;

  static final boolean FUZZING = System.getenv("JAZZER_FUZZ") != null && !System.getenv("JAZZER_FUZZ").isBlank();

  static {
    if (FUZZING) {
      warmUp();
    }
  }

  /** How often every seed is read before any input is timed. */
  static final int WARM_UP_PASSES = 30;

  /**
   * Reads every seed {@link #WARM_UP_PASSES} times before any input is timed, so that class loading, the
   * validator's first look at each type and the JIT compiler's work (slower under Jazzer's instrumentation)
   * are not counted against the first inputs.
   */
  static void warmUp() {
    try (Stream<Path> files = Files.walk(Path.of(MomJsonFuzzTest.class.getResource("MomJsonFuzzTestInputs").toURI()))) {
      List<Path> seeds = files.filter(Files::isRegularFile).toList();
      for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
        warmUp(seeds);
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the seeds", e);
    }
  }

  private static void warmUp(List<Path> seeds) throws java.io.IOException {
    for (Path seed : seeds) {
      try {
        MomJson.standard().readDocument(Files.readAllBytes(seed));
      } catch (MomJsonException ignored) {
        // an invalid seed warms the problem reporting up as well
      }
    }
  }

  @FuzzTest(maxDuration = "5m")
  void readTransformation(byte[] input) {
    withinBudget(() -> MomJson.standard().read(input, Transformation.class));
  }

  @FuzzTest(maxDuration = "5m")
  void readPlaybook(byte[] input) {
    withinBudget(() -> MomJson.standard().read(input, Playbook.class));
  }

  @FuzzTest(maxDuration = "5m")
  void readDocument(byte[] input) {
    withinBudget(() -> {
      MomDocument document = MomJson.standard().readDocument(input);
      // what was read writes back and reads again to an equal value
      String written = MomJson.standard().write(document.value());
      assertThat(MomJson.standard().readDocument(written.getBytes(StandardCharsets.UTF_8)).value())
          .isEqualTo(document.value());
    });
  }

  @FuzzTest(maxDuration = "5m")
  void readText(byte[] input) {
    // the String entry point: the same bytes as (possibly lossy) UTF-8 text
    withinBudget(() -> MomJson.standard().readDocument(new String(input, StandardCharsets.UTF_8)));
  }

  @Test
  void theSeedsOfTheReadersAreValidDocuments() throws Exception {
    Path inputs = Path.of(MomJsonFuzzTest.class.getResource("MomJsonFuzzTestInputs").toURI());
    List<Path> seeds;
    try (Stream<Path> files = Files.walk(inputs)) {
      seeds = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(seeds).hasSizeGreaterThanOrEqualTo(10);
    for (Path seed : seeds) {
      assertThat(MomJson.standard().readDocument(seed).value()).as(seed.toString()).isNotNull();
    }
  }

  /**
   * Runs one read: a {@link MomJsonException} is the declared outcome of bad input and passes; anything
   * else escapes to Jazzer as a finding.
   */
  static void withinBudget(Runnable read) {
    long elapsed = timed(read);
    if (FUZZING && elapsed >= BUDGET_NANOS) {
      // a pause of the machine or the collector is not the input's fault: the faster of two reads counts
      elapsed = Math.min(elapsed, timed(read));
      assertThat(elapsed).as("nanoseconds to read one input (the faster of two reads)").isLessThan(BUDGET_NANOS);
    }
  }

  private static long timed(Runnable read) {
    long start = System.nanoTime();
    try {
      read.run();
    } catch (MomJsonException expected) {
      assertThat(expected.problems()).as("a MomJsonException lists its problems").isNotEmpty();
    }
    return System.nanoTime() - start;
  }
}
