package dev.mom.gap;

import dev.mom.model.Id;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One thing that keeps a Theory-of-Change level from being met: an indicator above the threshold or not
 * measured (staged rule), the level's weighted mean above the threshold (additive rule), or a level
 * without indicators.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractBlocker {

  AbstractBlocker() {}

  /** The level blocked. */
  public abstract Id level();

  /** The indicator that blocks it, when one indicator does. */
  public abstract Optional<Id> indicator();

  /** Why the level is blocked. */
  public abstract BlockerReason reason();

  /** The normalised shortfall of the indicator or the level, where there is one. */
  public abstract OptionalDouble shortfall();

  /** The blocker in one sentence. */
  public abstract String message();
}
