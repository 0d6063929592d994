package dev.mom.diagnosis;

import dev.mom.internal.Checks;
import dev.mom.model.Function;
import dev.mom.model.Id;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One respondent's answers to the diagnosis survey: who (pseudonymously), from which function, and the
 * answer to each item by the item's id, on that item's scale.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractSurveyResponse {

  AbstractSurveyResponse() {}

  /** The respondent's pseudonymous id, unique among the responses. */
  public abstract Id respondent();

  /** The function the respondent works in. */
  public abstract Function function();

  /** The answers, by item id, each on the item's scale (before any reverse scoring). */
  public abstract Map<Id, Double> answers();

  @Value.Check
  void check() {
    for (Map.Entry<Id, Double> answer : answers().entrySet()) {
      Checks.finite(answer.getValue(), "answers." + answer.getKey());
    }
  }
}
