package dev.mom.diagnosis;

import dev.mom.internal.Checks;
import dev.mom.model.Id;
import dev.mom.model.Scale;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/**
 * One statement of the diagnosis survey, e.g. "One department decides what gets built", answered on a
 * scale. Each item feeds a named survey signal ({@code survey.<signal>}); several items may feed the same
 * signal. A reverse-scored item counts {@code max + min - answer}, so that a high signal always means
 * "more of what the signal names".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractSurveyItem {

  AbstractSurveyItem() {}

  /** The item's id, as responses name it. */
  public abstract Id id();

  /** The statement respondents rate. */
  @NotBlank
  public abstract String text();

  /** The scale answers are given on. */
  @Valid
  public abstract Scale scale();

  /**
   * The survey signal this item feeds: one signal-name segment, e.g. {@code oneDepartmentDecides}, published
   * as {@code survey.oneDepartmentDecides} and, per function, {@code survey.oneDepartmentDecides.sales}.
   */
  @NotBlank
  public abstract String signal();

  /** Whether agreement means less of what the signal names (the answer is mirrored on the scale). */
  public abstract boolean reverse();

  /**
   * The answer as a value in [0, 1] of what the signal names: normalised on the scale, mirrored if the item
   * is reverse-scored.
   *
   * @param answer an answer on {@link #scale()}
   * @return the score in [0, 1]
   * @throws IllegalArgumentException if the answer is off the scale
   */
  public final double score(double answer) {
    double normalised = scale().normalise(answer);
    return reverse() ? 1.0 - normalised : normalised;
  }

  @Value.Check
  void check() {
    Checks.notBlank(text(), "text");
    if (!signal().matches("[A-Za-z][A-Za-z0-9_-]*")) {
      throw new IllegalArgumentException("signal '" + signal() + "' must be one name segment: a letter, then "
          + "letters, digits, '-' or '_'");
    }
  }
}
