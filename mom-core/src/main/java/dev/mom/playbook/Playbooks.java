package dev.mom.playbook;

import dev.mom.model.ChangeLevels;
import dev.mom.model.FocusAreas;
import dev.mom.model.Id;

/**
 * The playbooks that ship with the library.
 *
 * <p>Thread-safe: every method returns an immutable value.
 */
public final class Playbooks {

  private static final Playbook MOM = Playbook.builder()
      .id(Id.of("mom"))
      .version("1")
      .title("MOM — Customer-Centered Mikro")
      .description("The customer-centric transformation model built by a consultancy and the employees of "
          + "Mikro Yazılım in 2019–2022: four focus areas for mapping the current situation and the four "
          + "ordered levels of its Theory of Change.")
      .addAllFocusAreas(FocusAreas.defaults())
      .addAllChangeLevels(ChangeLevels.defaults())
      .addAllInterventions(DefaultDiagnosis.interventions())
      .diagnosis(DefaultDiagnosis.model())
      .gaps(DefaultGapModel.model())
      .prioritisation(DefaultPrioritisation.model())
      .impact(DefaultImpactModel.model())
      .traceability(DefaultTraceability.model())
      .build();

  private Playbooks() {}

  /**
   * The default MOM playbook, distilled from the source texts of the MOM case: the four focus areas of
   * the current-situation mapping, the four Theory-of-Change levels (lowest first), the catalogue of
   * product-culture interventions (Product 2.0, the common dictionary, Listen&amp;Tell and the others, each
   * citing its source), and the stakeholder-dominance diagnosis: the four pitfalls of product culture
   * (engineering-, sales-, executive- and product-led) and their customer-driven counterpoint, the evidence
   * kinds, a 15-item survey on the five-point agreement scale, the interview code list, and 35 rules that
   * score the archetypes from the decision log, the survey and the coded observations, each on its own; and the
   * gap analysis: sixteen indicators, one for each focus area at each Theory-of-Change level, worded from the
   * source texts and rated on the five-point agreement scale against fixed targets, grouped in four
   * dimensions (leadership and strategy, structure and roles, processes and activities, measurement and
   * incentives), with the default severity bands and the staged maturity rule; and
   * the concept prioritisation, with MOM's strategic-fit model by default and RICE, ICE (product and mean) and
   * WSJF beside it; and the impact-assessment model (alpha 0.05 on Holm-adjusted p-values, 95% intervals, Cohen's effect-size
   * bands 0.2, 0.5 and 0.8, at least 10 pairs or values per wave before an outcome is tested); and the road-map-to-OKR
   * traceability model (delivery words and customer words for the outcome-versus-output lint, the customer metrics
   * nps, retention, usage, csat, churn and adoption, linear progress without clamping, Google's grade bands 0.4 and
   * 0.7, equal-mean roll-up, pace tolerance 0.1).
   *
   * @return the default playbook; the same instance on every call
   */
  public static Playbook mom() {
    return MOM;
  }
}
