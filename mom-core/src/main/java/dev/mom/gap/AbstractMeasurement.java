package dev.mom.gap;

import dev.mom.internal.Checks;
import dev.mom.model.EvidenceSource;
import dev.mom.model.Function;
import dev.mom.model.Id;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One reading of a gap indicator in the current-situation mapping: a survey respondent's answer, an
 * interviewee's rating, a reviewed document's or an observed meeting's score. It says which indicator it
 * is about, which kind of source it comes from, the source itself (pseudonymously), the function of the
 * person answering and the value on the indicator's scale; for an indicator whose ideal is a measured
 * desired state it also carries the {@linkplain #preferred() preferred} answer.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractMeasurement {

  AbstractMeasurement() {}

  /** The indicator measured, by the id of one of the playbook's gap indicators. */
  public abstract Id indicator();

  /** The kind of source: interview, survey, document review or observation. */
  public abstract EvidenceSource sourceKind();

  /**
   * The source: the respondent's pseudonymous id, or the id of the interview, document or observed
   * meeting. A source measures an indicator at most once.
   */
  public abstract Optional<Id> source();

  /** The function of the person answering or observed, where there is one; used for breakdowns. */
  public abstract Optional<Function> function();

  /** The current state ("now") on the indicator's scale. */
  public abstract double value();

  /** The desired state ("preferred") on the indicator's scale, for an indicator with a measured ideal. */
  public abstract OptionalDouble preferred();

  @Value.Check
  void check() {
    Checks.finite(value(), "value");
    if (preferred().isPresent()) {
      Checks.finite(preferred().getAsDouble(), "preferred");
    }
  }
}
