package dev.mom.playbook;

import dev.mom.impact.EffectSizeBands;
import dev.mom.impact.ImpactModel;

/**
 * The impact-assessment model of the MOM playbook. The MOM case (seed {@code 001}) monitored its Theory of
 * Change with key success metrics, surveys, observation and interviews, and reports "a significant
 * improvement with regards to two key outcomes"; the model says what "significant" means, stated explicitly
 * rather than left to the defaults:
 * <ul>
 *   <li>alpha 0.05, applied to p-values adjusted by Holm's method across all outcomes of a case, so that
 *       assessing many outcomes does not make a chance finding likely;
 *   <li>95% confidence intervals around each difference of means;
 *   <li>effect sizes named by Cohen's conventions: small from 0.2, medium from 0.5, large from 0.8 (J. Cohen,
 *       <i>Statistical Power Analysis for the Behavioral Sciences</i>, 2nd ed., 1988);
 *   <li>at least 10 pairs, or 10 values in each wave, before an outcome is tested: the case's task force had
 *       16 members, and a smaller sample cannot support a claim of significance the client would repeat.
 * </ul>
 *
 * <p>Holds immutable values only; thread-safe.
 */
final class DefaultImpactModel {

  private static final ImpactModel MODEL = ImpactModel.builder()
      .alpha(0.05)
      .confidenceLevel(0.95)
      .effectSizeBands(EffectSizeBands.builder().small(0.2).medium(0.5).large(0.8).build())
      .minimumSampleSize(10)
      .build();

  private DefaultImpactModel() {}

  /**
   * The MOM playbook's impact model.
   *
   * @return the model; the same instance on every call
   */
  static ImpactModel model() {
    return MODEL;
  }
}
