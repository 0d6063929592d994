package dev.mom.trace;

import dev.mom.model.Id;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * An objective whose rolled-up progress a what-if change alters.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractRollUpChange {

  AbstractRollUpChange() {}

  /** The objective, by id. */
  public abstract Id objective();

  /** Its progress before the change. */
  public abstract OptionalDouble before();

  /** Its progress after the change. */
  public abstract OptionalDouble after();

  /** Its grade before the change. */
  public abstract Optional<Grade> gradeBefore();

  /** Its grade after the change. */
  public abstract Optional<Grade> gradeAfter();
}
