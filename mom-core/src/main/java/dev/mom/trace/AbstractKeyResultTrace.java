package dev.mom.trace;

import dev.mom.model.Id;
import dev.mom.model.Period;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * What the analysis says about one key result: who works on it, whether it reads as an outcome and names
 * customer behaviour, its progress and pace.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractKeyResultTrace {

  AbstractKeyResultTrace() {}

  /** The key result, by id. */
  public abstract Id keyResult();

  /** Its objective, by id. */
  public abstract Id objective();

  /** The period it is measured in: its own, else its objective's. */
  public abstract Optional<Period> period();

  /** The road-map items that contribute to it, in road-map order. */
  public abstract List<Id> contributors();

  /** The road-map items that support it (informational), in road-map order. */
  public abstract List<Id> supporters();

  /** Whether it names customer behaviour: a customer-metric tag, or one of the playbook's customer words. */
  public abstract boolean customerBehaviour();

  /** Whether it is output-style: declared an output or milestone, or worded with the playbook's output words. */
  public abstract boolean outputStyle();

  /** Its progress; absent when it cannot be computed (a finding says why). */
  public abstract Optional<Progress> progress();

  /** The share of its period elapsed on the as-of day, in [0, 1]; absent without an as-of day or a period. */
  public abstract OptionalDouble expected();

  /** Its progress against {@link #expected()}; absent when either is. */
  public abstract Optional<Pace> pace();
}
