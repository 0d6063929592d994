package dev.mom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mom.diagnosis.DominanceDiagnoser;
import dev.mom.diagnosis.DominanceDiagnoserTest;
import dev.mom.diagnosis.Verdict;
import dev.mom.model.Id;
import dev.mom.model.InputProblem;
import dev.mom.model.InvalidInputException;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.Playbooks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MomTest {

  /** The MOM playbook with the hand-worked diagnosis model of {@link DominanceDiagnoserTest}. */
  static final Playbook PLAYBOOK = Playbook.builder().from(Playbooks.mom())
      .interventions(DominanceDiagnoserTest.CATALOGUE)
      .diagnosis(DominanceDiagnoserTest.MODEL)
      .build();

  @Test
  void runsOnlyTheEnginesThatHaveInput() {
    Transformation salesLed = DominanceDiagnoserTest.salesLed();

    TransformationReport report = Mom.analyze(salesLed, PLAYBOOK);

    assertThat(report.diagnosis()).contains(
        DominanceDiagnoser.of(DominanceDiagnoserTest.MODEL, DominanceDiagnoserTest.CATALOGUE).diagnose(salesLed));
    assertThat(report.gaps()).isEmpty();
    assertThat(report.prioritisation()).isEmpty();
    assertThat(report.impact()).isEmpty();
    assertThat(report.playbook()).isEqualTo(Id.of("mom"));
  }

  @Test
  void theSummaryNamesTheLeaderTheConfidenceAndTheInterventionsToStartWith() {
    // the hand-worked case: sales-led dominates with 5/7 of the points, confidence 0.78125 (high); the
    // interventions for sales-led are i-shared then i-sales (DominanceDiagnoserTest)
    ExecutiveSummary summary = Mom.analyze(DominanceDiagnoserTest.salesLed(), PLAYBOOK).summary();

    assertThat(summary.verdict()).contains(Verdict.DOMINANT);
    assertThat(summary.leaders()).containsExactly(Id.of("sales-led"));
    assertThat(summary.confidence()).hasValue(0.78125);
    assertThat(summary.interventions()).extracting(i -> i.intervention().value()).containsExactly("i-shared", "i-sales");
    assertThat(summary.highlights()).containsExactly(
        "Product decisions are sales-led (confidence high, 0.781).",
        "Start with Name of i-shared and Name of i-sales.");
    assertThat(summary.stageReached()).isEmpty();
    assertThat(summary.greenLight()).isEmpty();
    assertThat(summary.outcomes()).isEmpty();
  }

  @Test
  void everyEnginesProblemsAreReportedTogether() {
    Transformation bad = Transformation.copyOf(DominanceDiagnoserTest.salesLed())
        .withObservations(dev.mom.diagnosis.Observation.builder().source(Id.of("i9"))
            .sourceKind(dev.mom.model.EvidenceSource.INTERVIEW).code(Id.of("hippo")).build());

    InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class, () -> Mom.analyze(bad, PLAYBOOK));

    assertThat(thrown.problems()).containsExactly(new InputProblem("/observations/0/code",
        "unknown code 'hippo'; the playbook has sales-promise, insight-cited"));
  }

  @Test
  void eachEngineThatRunsIsNamedJustBeforeItRuns() {
    Transformation salesLed = DominanceDiagnoserTest.salesLed();
    List<String> named = new ArrayList<>();

    TransformationReport report = Mom.of(PLAYBOOK).analyze(salesLed, named::add);

    // the case has diagnosis evidence only: the one engine that runs is named once, and the report is the same
    assertThat(named).containsExactly("diagnosis");
    assertThat(report).isEqualTo(Mom.analyze(salesLed, PLAYBOOK));
  }

  @Test
  void noEngineIsNamedWhenTheInputIsRefused() {
    Transformation bad = Transformation.copyOf(DominanceDiagnoserTest.salesLed())
        .withObservations(dev.mom.diagnosis.Observation.builder().source(Id.of("i9"))
            .sourceKind(dev.mom.model.EvidenceSource.INTERVIEW).code(Id.of("hippo")).build());
    List<String> named = new ArrayList<>();

    catchThrowableOfType(InvalidInputException.class,
        () -> Mom.of(PLAYBOOK).analyze(bad, java.time.LocalDate.of(2021, 12, 31), named::add));

    assertThat(named).isEmpty();
  }

  @Test
  void aPlaybookWithoutModelsRunsNothing() {
    Playbook bare = Playbook.builder().id(Id.of("bare")).version("1").title("Bare")
        .addAllFocusAreas(dev.mom.model.FocusAreas.defaults()).addAllChangeLevels(dev.mom.model.ChangeLevels.defaults())
        .build();

    TransformationReport report = Mom.analyze(DominanceDiagnoserTest.salesLed(), bare);

    assertThat(report.diagnosis()).isEmpty();
    assertThat(report.summary().highlights()).isEmpty();
  }
}
