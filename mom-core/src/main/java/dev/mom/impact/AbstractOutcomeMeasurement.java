package dev.mom.impact;

import dev.mom.internal.Checks;
import dev.mom.model.EvidenceSource;
import dev.mom.model.Function;
import dev.mom.model.Id;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One value of one outcome's metric for one respondent or unit in a {@link Wave}: e.g. respondent
 * {@code r07} from sales answered 4 to the outcome's survey item. In a paired design the same
 * {@link #unit()} in the baseline and the follow-up wave makes a pair.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractOutcomeMeasurement {

  AbstractOutcomeMeasurement() {}

  /** The outcome measured, by id. */
  public abstract Id outcome();

  /** The respondent or unit (team, process, product), pseudonymous; at most one measurement per outcome in a wave. */
  public abstract Id unit();

  /** The value, on the outcome's scale. */
  public abstract double value();

  /** How the value was collected: a survey, an observation, an interview or a document review. */
  public abstract EvidenceSource source();

  /** The function of the respondent or unit, one of the organisation's, if it has one. */
  public abstract Optional<Function> function();

  @Value.Check
  void check() {
    Checks.finite(value(), "value");
  }
}
