package dev.mom.diagnosis;

import java.util.List;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * How far a diagnosis can be trusted, and why. The score is
 * {@code volume × (0.5 + 0.25 × sourceAgreement + 0.25 × respondentAgreement)}, where an agreement that
 * cannot be measured counts as 0.5:
 * <ul>
 *   <li><b>volume</b>: the mean over the three sources (decision log, survey, interviews and documents) of
 *       {@code min(1, records / target)}, a missing source counting 0;
 *   <li><b>source agreement</b>: the share of the sources that, on their own, point to the same leading
 *       archetype as all evidence together (measurable with two or more sources that point somewhere);
 *   <li><b>respondent agreement</b>: the mean within-group agreement r_wg over survey items with two or
 *       more answers: {@code 1 - s² / σ²}, with {@code s²} the answers' sample variance truncated at
 *       {@code σ²}, the variance of a uniform answer on the item's scale ({@code (A² - 1) / 12} for an
 *       A-point scale of whole numbers, {@code range² / 12} otherwise).
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractConfidence {

  AbstractConfidence() {}

  /** The confidence in [0, 1]. */
  public abstract double score();

  /** The confidence in words. */
  public abstract ConfidenceLevel level();

  /** The evidence-volume part, in [0, 1]. */
  public abstract double volume();

  /** The source-agreement part in [0, 1], if two or more sources point somewhere. */
  public abstract OptionalDouble sourceAgreement();

  /** The respondent-agreement part in [0, 1], if some survey item has two or more answers. */
  public abstract OptionalDouble respondentAgreement();

  /** Why the confidence is what it is, one sentence each. */
  public abstract List<String> reasons();
}
