package dev.mom.examples.mikro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.mom.Mom;
import dev.mom.TransformationReport;
import dev.mom.diagnosis.DominanceDiagnoser;
import dev.mom.gap.GapReport;
import dev.mom.gap.GapScorer;
import dev.mom.impact.ImpactAssessor;
import dev.mom.model.InputProblem;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.Playbooks;
import dev.mom.priority.ConceptPrioritiser;
import dev.mom.priority.GapSeverities;
import dev.mom.priority.PrioritisationOptions;
import dev.mom.trace.RoadmapTracer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The whole Mikro case through the one entry point, {@link Mom#analyze}. */
class MikroAnalysisTest {

  private static final Playbook MOM = Playbooks.mom();
  private static final Transformation MIKRO = MikroCase.transformation();

  @Test
  void everyEngineRunsAndGivesWhatItGivesOnItsOwn() {
    TransformationReport report = Mom.analyze(MIKRO, MOM);

    GapReport gaps = GapScorer.of(MOM.gaps().orElseThrow(), MOM.focusAreas(), MOM.changeLevels()).score(MIKRO);
    assertThat(report.diagnosis()).contains(
        DominanceDiagnoser.of(MOM.diagnosis().orElseThrow(), MOM.interventions()).diagnose(MIKRO));
    assertThat(report.gaps()).contains(gaps);
    // prioritisation reads the gap report: the measured severities replace the assumed ones
    assertThat(report.prioritisation()).contains(ConceptPrioritiser.of(MOM.prioritisation().orElseThrow(),
        MOM.focusAreas()).prioritise(MIKRO, PrioritisationOptions.builder().gapSeverities(GapSeverities.from(gaps))
        .build()));
    assertThat(report.traceability()).contains(RoadmapTracer.of(MOM.traceability().orElseThrow()).trace(MIKRO));
    assertThat(report.impact()).contains(
        ImpactAssessor.of(MOM.impact().orElseThrow(), MOM.changeLevels()).assess(MIKRO));
  }

  @Test
  void theExecutiveSummaryTellsTheStoryOfTheCase() {
    // reviewed against the case: a mixed culture before Product 2.0, no stage reached at the start, the cheap
    // dialogue ritual first, two outcomes improving as the impact study reports
    assertThat(Mom.analyze(MIKRO, MOM).summary().highlights()).containsExactly(
        "Product decisions are mixed, led by sales-led, executive-led and product-led without customer insight "
            + "(confidence medium, 0.667).",
        "Start with Vision and strategy workshop, Cross-functional product committee and Product metrics on "
            + "leadership dashboards.",
        "No Theory-of-Change stage is reached yet. Next: understanding-the-customer, blocked by 4 indicators.",
        "Highest-ranked concepts: Listen & Tell, Insight tools and Product 2.0.",
        "11 of 12 road-map items trace to a key result; 1 wish-list item, 1 unsupported key result, 2 output-style "
            + "key results.",
        "2 of 5 outcomes improved significantly.");
  }
  /**
   * The report checks a case as {@code mom prioritize} does: a concept may name a gap indicator when the gaps are
   * scored, also without a strategy. The Mikro case without its strategy and without the concepts' alignment has
   * exactly one problem for both — strategic fit has no strategy to align to — and not one "unknown gap" per
   * indicator named (the report used to check the concepts without the gap report and list ten).
   */
  @Test
  void theReportChecksConceptGapsAgainstTheGapReportAsPrioritizeDoes() {
    Transformation withoutStrategy = Transformation.copyOf(MIKRO)
        .withConcepts(MIKRO.concepts().stream().map(c -> c.withAlignment(Map.of())).toList())
        .withStrategy(Optional.empty());
    GapReport gaps = GapScorer.of(MOM.gaps().orElseThrow(), MOM.focusAreas(), MOM.changeLevels())
        .score(withoutStrategy);
    PrioritisationOptions options = PrioritisationOptions.builder().gapSeverities(GapSeverities.from(gaps)).build();

    List<InputProblem> prioritize = ConceptPrioritiser.of(MOM.prioritisation().orElseThrow(), MOM.focusAreas())
        .check(withoutStrategy, options);
    List<InputProblem> report = Mom.of(MOM).check(withoutStrategy);

    assertThat(report).isEqualTo(prioritize);
    assertThat(report).extracting(InputProblem::pointer, InputProblem::message).containsExactly(tuple("/strategy",
        "strategic-fit needs the strategy whose objectives the concepts are aligned to"));
  }
}
