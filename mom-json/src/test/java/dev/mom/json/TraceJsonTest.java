package dev.mom.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mom.model.Id;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbooks;
import dev.mom.testing.TraceGenerators;
import dev.mom.trace.ChangeImpact;
import dev.mom.trace.KeyResultChange;
import dev.mom.trace.LinkKind;
import dev.mom.trace.MetricDirection;
import dev.mom.trace.RoadmapTracer;
import dev.mom.trace.Traceability;
import dev.mom.trace.TraceabilityModel;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded round trips of traceability's inputs, model and results through JSON: what is written reads back
 * equal, and writing is canonical; and a consultant's OKR and road-map document reads as written.
 */
class TraceJsonTest {

  private static final MomJson JSON = MomJson.standard();

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void modelsInputsTracesAndChangeImpactsRoundTrip(long seed) {
    Random random = new Random(seed);
    TraceabilityModel model = TraceGenerators.model(random);
    Transformation transformation = TraceGenerators.transformation(random);
    RoadmapTracer tracer = RoadmapTracer.of(model);
    Traceability traced = random.nextBoolean() ? tracer.trace(transformation)
        : tracer.trace(transformation, LocalDate.of(2021, 1, 1).plusDays(random.nextInt(500)));

    JsonRoundTrip.assertRoundTrips(seed, model, TraceabilityModel.class);
    JsonRoundTrip.assertRoundTrips(seed, transformation, Transformation.class);
    JsonRoundTrip.assertRoundTrips(seed, traced, Traceability.class);
    if (!traced.keyResults().isEmpty()) {
      Id keyResult = traced.keyResults().get(random.nextInt(traced.keyResults().size())).keyResult();
      ChangeImpact impact = tracer.whatIf(transformation, random.nextBoolean() ? KeyResultChange.drop(keyResult)
          : KeyResultChange.retarget(keyResult, random.nextInt(200)));
      JsonRoundTrip.assertRoundTrips(seed, impact, ChangeImpact.class);
    }
  }

  @Test
  void theMomTraceabilityModelRoundTrips() {
    JsonRoundTrip.assertRoundTrips(0, Playbooks.mom().traceability().orElseThrow(), TraceabilityModel.class);
  }

  @Test
  void aConsultantsOkrsAndRoadMapReadAsWritten() {
    Transformation t = JSON.read("""
        {"kind": "mom/transformation", "schemaVersion": 1, "id": "mikro", "title": "MOM",
         "organisation": {"id": "mikro", "name": "Mikro"},
         "objectives": [
           {"id": "partners-love-us", "statement": "Partners love working with us", "commitment": "aspirational",
            "period": {"start": "2021-01-01", "end": "2021-12-31"},
            "keyResults": [
              {"id": "partner-nps", "statement": "Partner NPS rises from 21 to 35", "metric": "partner NPS",
               "unit": "points", "baseline": 21, "target": 35, "current": 28, "direction": "increase",
               "customerMetric": "nps", "weight": 2}
            ]}
         ],
         "roadmap": {"title": "Action road map 2021–2022", "items": [
           {"id": "portal", "title": "Partner portal self-service", "horizon": "now", "status": "in-progress",
            "links": [{"keyResult": "partner-nps"}, {"keyResult": "partner-csat", "kind": "supports"}]}
         ]}}
        """, Transformation.class);

    assertThat(t.objectives().get(0).keyResults().get(0).direction()).isEqualTo(MetricDirection.INCREASE);
    assertThat(t.roadmap().orElseThrow().items().get(0).links().get(1).kind()).isEqualTo(LinkKind.SUPPORTS);
    // (28 − 21) ÷ (35 − 21) = 0.5; the link to the unknown partner-csat is a finding, not a failure
    Traceability traced = RoadmapTracer.of(Playbooks.mom().traceability().orElseThrow()).trace(t);
    assertThat(traced.keyResult(Id.of("partner-nps")).orElseThrow().progress().orElseThrow().value()).isEqualTo(0.5);
    assertThat(traced.findings()).extracting(f -> f.pointer() + ": " + f.message()).contains(
        "/roadmap/items/0/links/1/keyResult: road-map item 'portal' supports key result 'partner-csat', which is "
            + "not a key result (did you mean 'partner-nps'?)");
  }
}
