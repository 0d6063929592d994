package dev.mom.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mom.model.Function;
import dev.mom.model.Id;
import dev.mom.model.Transformation;
import dev.mom.testing.DiagnosisGenerators;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded properties of the diagnosis over random evidence valid for the hand-worked test model. */
class DominanceDiagnoserPropertiesTest {

  private static final DominanceModel MODEL = DominanceDiagnoserTest.MODEL;
  private static final DominanceDiagnoser DIAGNOSER = DominanceDiagnoserTest.DIAGNOSER;

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void sharesSumToOneUnlessInconclusiveAndEveryNumberIsInRange(long seed) {
    DominanceDiagnosis diagnosis = DIAGNOSER.diagnose(DiagnosisGenerators.transformation(new Random(seed), MODEL));

    double sum = diagnosis.scores().stream().mapToDouble(ArchetypeScore::share).sum();
    if (diagnosis.verdict() == Verdict.INCONCLUSIVE) {
      assertThat(sum).as("seed %d: inconclusive shares", seed).isZero();
    } else {
      assertThat(sum).as("seed %d: shares", seed).isCloseTo(1.0, within(1e-12));
    }
    assertThat(diagnosis.scores()).allSatisfy(s -> assertThat(s.share()).as("seed %d", seed).isBetween(0.0, 1.0));
    assertThat(diagnosis.confidence().score()).as("seed %d: confidence", seed).isBetween(0.0, 1.0);
    assertThat(diagnosis.distanceToIdeal()).as("seed %d: distance", seed).isBetween(0.0, 1.0);
    assertThat(diagnosis.signals().values()).as("seed %d: signals", seed).allSatisfy(v -> assertThat(v).isFinite());
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void onRandomModelsEveryNumberIsInRangeAndRelabellingChangesNothing(long seed) {
    Random random = new Random(seed);
    DominanceModel model = DiagnosisGenerators.model(random);
    DominanceDiagnoser diagnoser = DominanceDiagnoser.of(model, List.of());
    Transformation transformation = DiagnosisGenerators.transformation(random, model);

    DominanceDiagnosis diagnosis = diagnoser.diagnose(transformation);

    double sum = diagnosis.scores().stream().mapToDouble(ArchetypeScore::share).sum();
    assertThat(diagnosis.verdict() == Verdict.INCONCLUSIVE ? sum : sum - 1.0).as("seed %d: shares", seed)
        .isCloseTo(0.0, within(1e-12));
    assertThat(diagnosis.confidence().score()).as("seed %d: confidence", seed).isBetween(0.0, 1.0);
    assertThat(diagnosis.perception()).allSatisfy(view -> assertThat(view.shares())
        .allSatisfy(share -> assertThat(share.share()).as("seed %d: %s", seed, view.view()).isBetween(0.0, 1.0)));
    assertThat(diagnoser.diagnose(DiagnosisGenerators.relabel(transformation, "y-"))).as("seed %d", seed)
        .isEqualTo(diagnosis);
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void relabellingIdsChangesNothing(long seed) {
    Transformation original = DiagnosisGenerators.transformation(new Random(seed), MODEL);

    assertThat(DIAGNOSER.diagnose(DiagnosisGenerators.relabel(original, "x-")))
        .as("seed %d", seed).isEqualTo(DIAGNOSER.diagnose(original));
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void theOrderOfRecordsChangesNothing(long seed) {
    Random random = new Random(seed);
    Transformation original = DiagnosisGenerators.transformation(random, MODEL);
    List<Decision> decisions = new ArrayList<>(original.decisions());
    List<SurveyResponse> responses = new ArrayList<>(original.surveyResponses());
    List<dev.mom.diagnosis.Observation> observations = new ArrayList<>(original.observations());
    Collections.shuffle(decisions, random);
    Collections.shuffle(responses, random);
    Collections.shuffle(observations, random);
    Transformation shuffled = Transformation.copyOf(original).withDecisions(decisions).withSurveyResponses(responses)
        .withObservations(observations);

    assertThat(DIAGNOSER.diagnose(shuffled)).as("seed %d", seed).isEqualTo(DIAGNOSER.diagnose(original));
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void diagnosesAreDeterministic(long seed) {
    Transformation transformation = DiagnosisGenerators.transformation(new Random(seed), MODEL);

    assertThat(DominanceDiagnoser.of(MODEL, DominanceDiagnoserTest.CATALOGUE).diagnose(transformation))
        .as("seed %d", seed).isEqualTo(DIAGNOSER.diagnose(transformation));
  }

  /**
   * The test model's only decision rules for sales-led and eng-led are "decidedBy.F ≥ 0.5", which a decision
   * decided by F can only help: adding one never lowers F's archetype's points.
   */
  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void addingADecisionDecidedByAFunctionNeverLowersItsArchetype(long seed) {
    Random random = new Random(seed);
    Transformation before = DiagnosisGenerators.transformation(random, MODEL);
    Function function = random.nextBoolean() ? Function.SALES : Function.ENGINEERING;
    String archetype = function.equals(Function.SALES) ? "sales-led" : "eng-led";
    Decision added = DiagnosisGenerators.decision(random, MODEL, "added").withDecidedBy(function);
    Transformation after = Transformation.copyOf(before).withDecisions(
        concat(before.decisions(), added));

    assertThat(points(DIAGNOSER.diagnose(after), archetype)).as("seed %d: %s", seed, archetype)
        .isGreaterThanOrEqualTo(points(DIAGNOSER.diagnose(before), archetype));
  }

  private static List<Decision> concat(List<Decision> decisions, Decision added) {
    List<Decision> all = new ArrayList<>(decisions);
    all.add(added);
    return all;
  }

  private static double points(DominanceDiagnosis diagnosis, String archetype) {
    return diagnosis.scores().stream().filter(s -> s.archetype().equals(Id.of(archetype))).findFirst().orElseThrow()
        .points();
  }
}
