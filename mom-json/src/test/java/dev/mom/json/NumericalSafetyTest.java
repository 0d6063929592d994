package dev.mom.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mom.diagnosis.DominanceDiagnoser;
import dev.mom.impact.ImpactAssessor;
import dev.mom.impact.Outcome;
import dev.mom.impact.OutcomeMeasurement;
import dev.mom.impact.Wave;
import dev.mom.model.Magnitude;
import dev.mom.model.Scale;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.Playbooks;
import dev.mom.priority.Concept;
import dev.mom.priority.ConceptPrioritiser;
import dev.mom.priority.PrioritisationOptions;
import dev.mom.testing.DiagnosisGenerators;
import dev.mom.testing.GapGenerators;
import dev.mom.testing.ImpactGenerators;
import dev.mom.testing.PriorityGenerators;
import dev.mom.testing.TraceGenerators;
import dev.mom.trace.RoadmapTracer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No engine ever produces NaN or an infinity, and every share and probability lies in [0, 1]: seeded random
 * valid inputs for each engine, the prioritiser's and the impact assessor's pushed to extreme magnitudes
 * within their validated ranges (the largest and smallest doubles, all-equal values, zero variance). Each
 * result is written as MOM JSON and every number in it scanned.
 */
class NumericalSafetyTest {

  /** Reaches within the validated range: 0 to {@link Magnitude#MAX}, with the smallest positive doubles. */
  static final double[] REACHES = {0, Double.MIN_VALUE, 1e-300, 1, 1e12, Magnitude.MAX};

  /** Efforts and capacities within the validated range: {@link Magnitude#MIN_POSITIVE} to {@link Magnitude#MAX}. */
  static final double[] EFFORTS = {Magnitude.MIN_POSITIVE, 1e-6, 1, 1e12, Magnitude.MAX};

  /** Factors by which the impact case's scales and values are multiplied, as far as the validated range allows. */
  static final double[] FACTORS = {1e-8, 1e-3, 1, 1e6, 1e14};

  /** Property names whose numbers are shares or probabilities: they must lie in [0, 1]. */
  static boolean isFraction(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.contains("share") || lower.contains("probability");
  }

  static void assertFiniteAndFractionsInRange(Object result, long seed) throws Exception {
    String json = MomJson.standard().write(result);
    JsonNode root = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build().readTree(json);
    List<String> bad = new ArrayList<>();
    scan(root, "", "", bad);
    assertThat(bad).as("seed %d: non-finite numbers or fractions outside [0, 1]", seed).isEmpty();
  }

  private static void scan(JsonNode node, String pointer, String name, List<String> bad) {
    if (node.isNumber()) {
      double value = node.doubleValue();
      if (!Double.isFinite(value)) {
        bad.add(pointer + " = " + node.asText());
      } else if (isFraction(name) && !(value >= 0 && value <= 1)) {
        bad.add(pointer + " = " + value + " (a fraction)");
      }
    } else if (node.isTextual() && node.asText().matches("[+-]?(NaN|Infinity)")) {
      bad.add(pointer + " = \"" + node.asText() + "\"");
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        scan(node.get(i), pointer + "/" + i, name, bad);
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        scan(field.getValue(), pointer + "/" + field.getKey(), field.getKey(), bad);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void diagnosis(long seed) throws Exception {
    Random random = new Random(seed);
    Playbook mom = Playbooks.mom();
    Transformation transformation = DiagnosisGenerators.transformation(random, mom.diagnosis().orElseThrow());

    assertFiniteAndFractionsInRange(
        DominanceDiagnoser.of(mom.diagnosis().orElseThrow(), mom.interventions()).diagnose(transformation), seed);
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void gaps(long seed) throws Exception {
    Random random = new Random(seed);
    Playbook playbook = GapGenerators.playbook(random);

    assertFiniteAndFractionsInRange(
        GapGenerators.scorer(playbook).score(GapGenerators.transformation(random, playbook)), seed);
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void traceability(long seed) throws Exception {
    Random random = new Random(seed);

    assertFiniteAndFractionsInRange(
        RoadmapTracer.of(TraceGenerators.model(random)).trace(TraceGenerators.transformation(random)), seed);
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void prioritisationAtExtremeMagnitudes(long seed) throws Exception {
    Random random = new Random(seed);
    Transformation generated = PriorityGenerators.transformation(random);
    List<Concept> concepts = new ArrayList<>();
    boolean allEqual = random.nextInt(4) == 0;
    double sameReach = REACHES[random.nextInt(REACHES.length)];
    double sameEffort = EFFORTS[random.nextInt(EFFORTS.length)];
    for (Concept concept : generated.concepts()) {
      concepts.add(concept.withReach(allEqual ? sameReach : REACHES[random.nextInt(REACHES.length)])
          .withEffort(allEqual ? sameEffort : EFFORTS[random.nextInt(EFFORTS.length)]));
    }
    Transformation transformation = Transformation.builder().from(generated).concepts(concepts).build();
    ConceptPrioritiser prioritiser = ConceptPrioritiser.of(PriorityGenerators.ALL_MODELS, Playbooks.mom().focusAreas());

    for (var model : PriorityGenerators.ALL_MODELS.scoringModels()) {
      assertFiniteAndFractionsInRange(prioritiser.prioritise(transformation,
          PrioritisationOptions.builder().model(model.id()).capacity(EFFORTS[random.nextInt(EFFORTS.length)])
              .runs(50).build()), seed);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void impactAtExtremeMagnitudesAndWithoutVariance(long seed) throws Exception {
    Random random = new Random(seed);
    Transformation generated = ImpactGenerators.transformation(random);
    double largest = 1;
    double narrowest = Double.MAX_VALUE;
    for (Outcome outcome : generated.outcomes()) {
      largest = Math.max(largest, Math.max(Math.abs(outcome.scale().min()), Math.abs(outcome.scale().max())));
      narrowest = Math.min(narrowest, outcome.scale().range());
    }
    // as far as the validated range allows: the scale's ends within Magnitude.MAX, its range at least MIN_POSITIVE
    double factor = Math.max(Math.min(FACTORS[random.nextInt(FACTORS.length)], Magnitude.MAX / largest),
        Magnitude.MIN_POSITIVE / narrowest);
    boolean allEqual = random.nextInt(3) == 0;
    List<Outcome> outcomes = new ArrayList<>();
    for (Outcome outcome : generated.outcomes()) {
      outcomes.add(Outcome.builder().from(outcome).scale(scaled(outcome.scale(), factor))
          .minimumDifference(outcome.minimumDifference() * factor).build());
    }
    List<Wave> waves = new ArrayList<>();
    for (Wave wave : generated.waves()) {
      List<OutcomeMeasurement> measurements = new ArrayList<>();
      for (OutcomeMeasurement measurement : wave.measurements()) {
        Scale scale = generated.outcomes().stream().filter(o -> o.id().equals(measurement.outcome())).findFirst()
            .orElseThrow().scale();
        double value = allEqual ? scale.min() : measurement.value();
        measurements.add(measurement.withValue(value * factor));
      }
      waves.add(wave.withMeasurements(measurements));
    }
    Transformation transformation = Transformation.builder().from(generated).outcomes(outcomes).waves(waves).build();

    assertFiniteAndFractionsInRange(
        ImpactAssessor.of(Playbooks.mom().impact().orElseThrow(), Playbooks.mom().changeLevels()).assess(transformation),
        seed);
  }

  private static Scale scaled(Scale scale, double factor) {
    double min = scale.min() * factor;
    double max = scale.max() * factor;
    return Scale.of(Math.min(min, max), Math.max(min, max));
  }
}
