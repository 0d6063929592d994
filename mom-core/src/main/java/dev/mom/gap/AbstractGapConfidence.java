package dev.mom.gap;

import java.util.List;
import org.immutables.value.Value;

/**
 * How far a gap can be trusted, and why. For an indicator each of these is one reason for doubt: fewer
 * measurements than the model's minimum; respondents' agreement r_wg below the model's minimum, or not
 * measurable (fewer than two measurements); a single kind of source; source kinds whose aggregates
 * disagree by more than the model's tolerance. No reason gives {@link ConfidenceLevel#HIGH}, one
 * {@link ConfidenceLevel#MEDIUM}, more {@link ConfidenceLevel#LOW}. A roll-up is as confident as its least
 * confident measured indicator, and at most medium when some of its indicators are not measured.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractGapConfidence {

  AbstractGapConfidence() {}

  /** The confidence in words. */
  public abstract ConfidenceLevel level();

  /** Why the confidence is what it is, one sentence each; the reasons for doubt first. */
  public abstract List<String> reasons();
}
