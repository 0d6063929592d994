package dev.mom.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.mom.gap.BlockerReason;
import dev.mom.gap.FunctionBreakdown;
import dev.mom.gap.GapModel;
import dev.mom.gap.GapReport;
import dev.mom.gap.GapScorer;
import dev.mom.gap.IndicatorGap;
import dev.mom.gap.MaturityMethod;
import dev.mom.gap.Suppression;
import dev.mom.model.Function;
import dev.mom.model.Id;
import dev.mom.model.Strategy;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.Playbooks;
import dev.mom.testing.GapGenerators;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gap analysis through JSON: seeded round trips of models, measurements, strategies and reports, and a
 * consultant-defined model unlike the default, run end to end from its documents.
 */
class GapJsonTest {

  private static final MomJson JSON = MomJson.standard();

  private static <T> void roundTrips(long seed, T value, Class<T> type) {
    String written = JSON.write(value);
    T read = JSON.read(written, type);
    assertThat(read).as("seed %d: %s read back from%n%s", seed, type.getSimpleName(), written).isEqualTo(value);
    assertThat(JSON.write(read)).as("seed %d: %s written twice", seed, type.getSimpleName()).isEqualTo(written);
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void playbooksMeasurementsStrategiesAndReportsRoundTrip(long seed) {
    Random random = new Random(seed);
    Playbook playbook = GapGenerators.playbook(random);
    Transformation transformation = GapGenerators.transformation(random, playbook);
    GapReport report = GapGenerators.scorer(playbook).score(transformation);

    roundTrips(seed, playbook, Playbook.class);
    roundTrips(seed, playbook.gaps().orElseThrow(), GapModel.class);
    roundTrips(seed, transformation, Transformation.class);
    roundTrips(seed, GapGenerators.strategy(random, playbook), Strategy.class);
    roundTrips(seed, report, GapReport.class);
  }

  @Test
  void theDefaultPlaybooksGapModelRoundTrips() {
    roundTrips(0, Playbooks.mom().gaps().orElseThrow(), GapModel.class);
  }

  /**
   * A retail bank's service culture: three focus areas and three levels (listening, responding,
   * anticipating), an OCAI-style measured desired state on 0–100, resolution days where lower is better
   * (median), a share of 5+ answers on a seven-point scale, three custom bands and the additive rule.
   */
  static final String PLAYBOOK = """
      {
        "kind": "mom/playbook", "schemaVersion": 1, "id": "bank", "version": "2024.1", "title": "Service culture",
        "focusAreas": [
          {"id": "branch-service", "name": "Branch service"},
          {"id": "digital-channels", "name": "Digital channels"},
          {"id": "complaints-handling", "name": "Complaints handling"}
        ],
        "changeLevels": [
          {"id": "anticipating", "name": "Anticipating", "rank": 3},
          {"id": "listening", "name": "Listening", "rank": 1},
          {"id": "responding", "name": "Responding", "rank": 2}
        ],
        "gaps": {
          "indicators": [
            {"id": "clan-culture", "statement": "Points given to the collaborative (clan) culture",
             "focusArea": "branch-service", "level": "listening", "dimension": "culture",
             "scale": {"min": 0, "max": 100}, "weight": 2, "idealFrom": "preferred"},
            {"id": "resolution-days", "statement": "Days to resolve a complaint",
             "focusArea": "complaints-handling", "level": "responding", "dimension": "operations",
             "scale": {"min": 0, "max": 30}, "direction": "lower-is-better", "aggregation": "median",
             "idealFrom": "target", "target": 5},
            {"id": "app-feedback-read", "statement": "We read and act on app-store feedback",
             "focusArea": "digital-channels", "level": "listening", "scale": {"min": 1, "max": 7},
             "aggregation": "share-at-or-above", "cutOff": 5, "idealFrom": "target", "target": 0.75},
            {"id": "anticipates-needs", "statement": "We anticipate what customers will need next year",
             "focusArea": "digital-channels", "level": "anticipating", "scale": {"min": 1, "max": 7},
             "idealFrom": "target", "target": 6}
          ],
          "dimensions": [{"id": "culture", "name": "Culture"}, {"id": "operations", "name": "Operations"}],
          "severityBands": [
            {"id": "on-track", "label": "On track", "upTo": 0.15},
            {"id": "watch", "label": "Watch", "upTo": 0.35},
            {"id": "act", "label": "Act", "upTo": 1}
          ],
          "maturityMethod": "additive",
          "maturityThreshold": 0.15,
          "minimumGroupSize": 3
        }
      }
      """;

  static final String TRANSFORMATION = """
      {
        "kind": "mom/transformation", "schemaVersion": 1, "id": "bank-2024", "title": "Bank service culture",
        "organisation": {"id": "bank", "name": "Bank", "functions": ["customer-service", "sales", "branch-operations"]},
        "measurements": [
          {"indicator": "clan-culture", "sourceKind": "survey", "source": "r1", "function": "customer-service", "value": 30, "preferred": 50},
          {"indicator": "clan-culture", "sourceKind": "survey", "source": "r2", "function": "customer-service", "value": 20, "preferred": 40},
          {"indicator": "clan-culture", "sourceKind": "survey", "source": "r3", "function": "customer-service", "value": 25, "preferred": 45},
          {"indicator": "clan-culture", "sourceKind": "survey", "source": "r4", "function": "sales", "value": 35, "preferred": 45},
          {"indicator": "clan-culture", "sourceKind": "survey", "source": "r5", "function": "sales", "value": 40, "preferred": 70},
          {"indicator": "clan-culture", "sourceKind": "interview", "source": "i1", "value": 30, "preferred": 50},
          {"indicator": "resolution-days", "sourceKind": "document-review", "source": "log-q1", "value": 12},
          {"indicator": "resolution-days", "sourceKind": "document-review", "source": "log-q2", "value": 8},
          {"indicator": "resolution-days", "sourceKind": "observation", "source": "desk-visit", "value": 10},
          {"indicator": "app-feedback-read", "sourceKind": "survey", "source": "r1", "value": 6},
          {"indicator": "app-feedback-read", "sourceKind": "survey", "source": "r2", "value": 4},
          {"indicator": "app-feedback-read", "sourceKind": "survey", "source": "r3", "value": 5},
          {"indicator": "app-feedback-read", "sourceKind": "survey", "source": "r4", "value": 7}
        ],
        "strategy": {"id": "plan-2024", "title": "Plan 2024", "objectives": [
          {"id": "faster-resolution", "statement": "Resolve complaints within a week", "weight": 3,
           "indicators": ["resolution-days"]},
          {"id": "listen-first", "statement": "Listen before we build", "changeLevels": ["listening"]}
        ]}
      }
      """;

  /**
   * clan-culture (0–100, ideal from preferred answers, weight 2): now 20 25 30 30 35 40, mean 30; preferred
   * 40 45 45 50 50 70, mean 50: gap 20, normalised 0.2, "watch". Customer service (3) is shown: now 20 25 30,
   * mean 25, normalised gap 0.5 − 0.25 = 0.25; sales (2) is suppressed, and with the interview without a
   * function the hidden pool is 3, enough.
   * resolution-days (0–30, lower is better, median): 8 10 12 → 10 against 5: gap 10 − 5 = 5, normalised
   * 5 / 30 = 1/6, "watch". app-feedback-read: 6 4 5 7, three at or above 5: 0.75, at the target, "on track".
   * anticipates-needs is not measured.
   * W = 2 + 1 + 1 = 4: contributions 2 × 0.2 / 4 = 0.1 and (1/6) / 4 = 1/24; ranking clan-culture,
   * resolution-days.
   * Additive, threshold 0.15: listening (clan-culture w 2 at 0.2, app-feedback-read w 1 at 0) has mean
   * 0.4 / 3 ≈ 0.133, met; responding has resolution-days' 1/6 ≈ 0.167, above: stage "listening", next
   * "responding", blocked by the level's mean.
   */
  @Test
  void aConsultantDefinedModelRunsEndToEndFromJson() {
    Playbook playbook = (Playbook) JSON.readDocument(PLAYBOOK).value();
    Transformation transformation = (Transformation) JSON.readDocument(TRANSFORMATION).value();
    GapScorer scorer = GapScorer.of(playbook.gaps().orElseThrow(), playbook.focusAreas(), playbook.changeLevels());

    GapReport report = scorer.score(transformation);

    IndicatorGap clan = report.indicators().get(0);
    assertThat(clan.indicator()).isEqualTo(Id.of("clan-culture"));
    assertThat(clan.current()).isCloseTo(30, within(1e-9));
    assertThat(clan.ideal()).isCloseTo(50, within(1e-9));
    assertThat(clan.gap()).isCloseTo(20, within(1e-9));
    assertThat(clan.normalisedGap()).isCloseTo(0.2, within(1e-12));
    assertThat(clan.severity()).isEqualTo(Id.of("watch"));
    assertThat(clan.contribution()).isCloseTo(0.1, within(1e-12));
    assertThat(clan.functions()).extracting(FunctionBreakdown::function, FunctionBreakdown::n,
        FunctionBreakdown::suppression).containsExactly(tuple(Function.CUSTOMER_SERVICE, 3, Suppression.NONE),
            tuple(Function.SALES, 2, Suppression.SMALL_GROUP));
    assertThat(clan.functions().get(0).normalisedGap().getAsDouble()).isCloseTo(0.25, within(1e-12));

    IndicatorGap days = report.indicators().get(1);
    assertThat(days.current()).isEqualTo(10.0);
    assertThat(days.gap()).isEqualTo(5.0);
    assertThat(days.normalisedGap()).isCloseTo(1.0 / 6, within(1e-12));
    assertThat(days.severity()).isEqualTo(Id.of("watch"));
    assertThat(days.objectives()).extracting(l -> l.objective().value()).containsExactly("faster-resolution");

    IndicatorGap app = report.indicators().get(2);
    assertThat(app.current()).isEqualTo(0.75);
    assertThat(app.normalisedGap()).isZero();
    assertThat(app.severity()).isEqualTo(Id.of("on-track"));
    assertThat(app.objectives()).extracting(l -> l.objective().value()).containsExactly("listen-first");

    assertThat(report.unmeasured()).containsExactly(Id.of("anticipates-needs"));
    assertThat(report.ranking()).containsExactly(Id.of("clan-culture"), Id.of("resolution-days"));
    assertThat(report.levels()).extracting(r -> r.id().value()).containsExactly("listening", "responding",
        "anticipating");
    assertThat(report.levels().get(0).shortfall().getAsDouble()).isCloseTo(0.4 / 3, within(1e-12));
    assertThat(report.dimensions()).extracting(r -> r.id().value()).containsExactly("culture", "operations");
    assertThat(report.stage().method()).isEqualTo(MaturityMethod.ADDITIVE);
    assertThat(report.stage().reached()).contains(Id.of("listening"));
    assertThat(report.stage().next()).contains(Id.of("responding"));
    assertThat(report.stage().blockers()).extracting(b -> b.reason()).containsExactly(BlockerReason.LEVEL_SHORTFALL);

    // and the report itself goes through JSON and back unchanged
    assertThat(JSON.read(JSON.write(report), GapReport.class)).isEqualTo(report);
  }
}
