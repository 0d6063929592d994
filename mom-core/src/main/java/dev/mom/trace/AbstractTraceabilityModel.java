package dev.mom.trace;

import dev.mom.internal.Checks;
import dev.mom.internal.Numbers;
import dev.mom.model.Id;
import dev.mom.model.InvalidValueException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The traceability section of a playbook: the word lists of the outcome-versus-output lint, the customer
 * metrics key results may be tagged with, the progress policy, the grade bands, the objective roll-up and the
 * pace tolerance. Everything a consultant may adapt for a client, as data.
 *
 * <p>Words and phrases are matched case-insensitively against whole words of a key result's statement and
 * metric: the text is split into runs of letters and digits, and a phrase of n words matches n consecutive
 * runs ("story points" matches "Story-points"). There is no stemming: list the inflections that should
 * match ("ship", "ships", "shipped").
 *
 * <p>Invariants, checked when built: every word has a letter or digit, and each list names a word once
 * (compared without regard to case); the customer metrics are distinct; the pace tolerance is in [0, 1).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractTraceabilityModel {

  AbstractTraceabilityModel() {}

  /**
   * Activity verbs and delivery words that mark a key result as an output, e.g. launch, ship, release,
   * deliver, complete, story points, velocity, features.
   */
  public abstract List<String> outputWords();

  /** Words that name customer behaviour, e.g. customers, users, retention, churn, NPS, usage, adoption. */
  public abstract List<String> customerWords();

  /** The customer metrics a key result may be tagged with, e.g. nps, retention, usage, csat, churn, adoption. */
  public abstract List<Id> customerMetrics();

  /** How progress is computed; default linear without clamping, zero range undefined. */
  @Valid
  @Value.Default
  public ProgressPolicy progress() {
    return ProgressPolicy.builder().build();
  }

  /** The grade bands; default red below 0.4, yellow below 0.7, green from 0.7. */
  @Valid
  @Value.Default
  public GradeBands gradeBands() {
    return GradeBands.builder().build();
  }

  /** How an objective's progress is rolled up from its key results; default {@link RollUp#EQUAL_MEAN}. */
  @Value.Default
  public RollUp rollUp() {
    return RollUp.EQUAL_MEAN;
  }

  /**
   * How far progress may be from the expected progress and still be on pace, in [0, 1); default 0.1.
   */
  @DecimalMin("0")
  @DecimalMax(value = "1", inclusive = false)
  @Value.Default
  public double paceTolerance() {
    return 0.1;
  }

  @Value.Check
  void check() {
    Checks.finite(paceTolerance(), "paceTolerance");
    List<String> problems = new ArrayList<>();
    words(problems, outputWords(), "outputWords");
    words(problems, customerWords(), "customerWords");
    Checks.unique(customerMetrics(), m -> m, "customerMetrics", "");
    if (!(paceTolerance() >= 0 && paceTolerance() < 1)) {
      problems.add("paceTolerance must be within [0, 1), was " + Numbers.format(paceTolerance()));
    }
    InvalidValueException.throwIfAny(problems);
  }

  private static void words(List<String> problems, List<String> words, String attribute) {
    Map<List<String>, Integer> seen = new HashMap<>();
    for (int w = 0; w < words.size(); w++) {
      List<String> tokens = WordMatcher.tokens(words.get(w));
      if (tokens.isEmpty()) {
        problems.add(attribute + "[" + w + "] '" + words.get(w) + "' has no letter or digit to match");
        continue;
      }
      Integer earlier = seen.putIfAbsent(tokens, w);
      if (earlier != null) {
        problems.add(attribute + "[" + w + "] '" + words.get(w) + "' is already listed as " + attribute + "["
            + earlier + "] '" + words.get(earlier) + "'");
      }
    }
  }
}
