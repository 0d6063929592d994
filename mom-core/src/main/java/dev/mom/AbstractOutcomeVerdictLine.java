package dev.mom;

import dev.mom.impact.ImpactVerdict;
import dev.mom.model.Id;
import org.immutables.value.Value;

/**
 * One outcome's verdict in the executive summary.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractOutcomeVerdictLine {

  AbstractOutcomeVerdictLine() {}

  /** The outcome. */
  public abstract Id outcome();

  /** What the outcome is, e.g. "Decisions cite customer insight". */
  public abstract String statement();

  /** Whether it moved: improved, worsened, no detectable change, or insufficient data. */
  public abstract ImpactVerdict verdict();
}
