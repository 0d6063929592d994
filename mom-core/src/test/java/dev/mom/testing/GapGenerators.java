package dev.mom.testing;

import dev.mom.gap.Aggregation;
import dev.mom.gap.Dimension;
import dev.mom.gap.Direction;
import dev.mom.gap.GapModel;
import dev.mom.gap.GapScorer;
import dev.mom.gap.IdealSource;
import dev.mom.gap.Indicator;
import dev.mom.gap.MaturityMethod;
import dev.mom.gap.Measurement;
import dev.mom.gap.SeverityBand;
import dev.mom.model.ChangeLevel;
import dev.mom.model.EvidenceSource;
import dev.mom.model.FocusArea;
import dev.mom.model.Function;
import dev.mom.model.Id;
import dev.mom.model.Organisation;
import dev.mom.model.Scale;
import dev.mom.model.StrategicObjective;
import dev.mom.model.Strategy;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Seeded generators for the gap analysis: playbooks with random focus areas, levels and gap models (scales
 * from five points to the widest finite ones, both directions, every aggregation, fixed and measured ideals,
 * zero weights, custom bands, both maturity methods), and transformations whose measurements and strategy
 * are valid for such a playbook.
 */
public final class GapGenerators {

  private GapGenerators() {}

  /**
   * A random playbook with one to four focus areas, one to four levels (ranked 1 to n, declared in random
   * order) and a random gap model over them.
   *
   * @param random the source of randomness
   * @return the playbook
   */
  public static Playbook playbook(Random random) {
    List<FocusArea> areas = new ArrayList<>();
    for (int a = 0, n = 1 + random.nextInt(4); a < n; a++) {
      areas.add(FocusArea.of(Id.of("area-" + a), "Area " + a));
    }
    List<ChangeLevel> levels = new ArrayList<>();
    for (int l = 0, n = 1 + random.nextInt(4); l < n; l++) {
      levels.add(ChangeLevel.of(Id.of("level-" + (l + 1)), "Level " + (l + 1), l + 1));
    }
    Collections.shuffle(levels, random);
    return Playbook.builder().id(Id.of("generated")).version("1").title("Generated").addAllFocusAreas(areas)
        .addAllChangeLevels(levels).gaps(model(random, areas, levels)).build();
  }

  /**
   * The scorer of a generated playbook.
   *
   * @param playbook a playbook with a gap model
   * @return its scorer
   */
  public static GapScorer scorer(Playbook playbook) {
    return GapScorer.of(playbook.gaps().orElseThrow(), playbook.focusAreas(), playbook.changeLevels());
  }

  /**
   * A random gap model over the given focus areas and levels: one to eight indicators.
   *
   * @param random the source of randomness
   * @param areas the focus areas indicators may name; not empty
   * @param levels the levels indicators may name; not empty
   * @return the model
   */
  public static GapModel model(Random random, List<FocusArea> areas, List<ChangeLevel> levels) {
    GapModel.Builder builder = GapModel.builder();
    int dimensions = random.nextInt(3);
    for (int d = 0; d < dimensions; d++) {
      builder.addDimensions(Dimension.of("dim-" + d, "Dimension " + d));
    }
    MaturityMethod method = random.nextInt(3) == 0 ? MaturityMethod.ADDITIVE : MaturityMethod.STAGED;
    int count = 1 + random.nextInt(8);
    List<Indicator> indicators = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      indicators.add(indicator(random, "ind-" + i, areas, levels, dimensions, method == MaturityMethod.STAGED));
    }
    if (indicators.stream().allMatch(i -> i.weight() == 0)) {
      indicators.set(0, indicators.get(0).withWeight(1));
    }
    builder.addAllIndicators(indicators).maturityMethod(method);
    if (random.nextBoolean()) {
      TreeSet<Double> ends = new TreeSet<>();
      for (int b = random.nextInt(4); b > 0; b--) {
        double end = Math.round(random.nextDouble() * 100) / 100.0;
        if (end > 0 && end < 1) {
          ends.add(end);
        }
      }
      ends.add(1.0);
      int b = 0;
      for (double end : ends) {
        builder.addSeverityBands(SeverityBand.of("band-" + b, "Band " + b++, end));
      }
    }
    if (random.nextBoolean()) {
      builder.maturityThreshold(random.nextInt(4) == 0 ? 0 : random.nextDouble())
          .minimumGroupSize(1 + random.nextInt(6)).minimumMeasurements(1 + random.nextInt(8))
          .minimumAgreement(random.nextDouble()).sourceTolerance(random.nextDouble());
    }
    return builder.build();
  }

  private static Indicator indicator(Random random, String id, List<FocusArea> areas, List<ChangeLevel> levels,
      int dimensions, boolean zeroWeights) {
    Scale scale;
    switch (random.nextInt(5)) {
      case 0:
        scale = Scale.of(0, 10);
        break;
      case 1:
        scale = Scale.unit();
        break;
      case 2:
        scale = ModelGenerators.scale(random);
        break;
      default:
        scale = Scale.agreement5();
    }
    Aggregation aggregation = Aggregation.values()[random.nextInt(Aggregation.values().length)];
    IdealSource idealFrom = random.nextInt(3) == 0 ? IdealSource.PREFERRED : IdealSource.TARGET;
    Indicator.Builder builder = Indicator.builder().id(Id.of(id)).statement(ModelGenerators.text(random))
        .focusArea(areas.get(random.nextInt(areas.size())).id()).level(levels.get(random.nextInt(levels.size())).id())
        .scale(scale).direction(random.nextBoolean() ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER)
        .weight(zeroWeights && random.nextInt(6) == 0 ? 0 : random.nextBoolean() ? 1 : 0.5 + random.nextInt(6))
        .aggregation(aggregation).idealFrom(idealFrom);
    if (dimensions > 0 && random.nextBoolean()) {
      builder.dimension(Id.of("dim-" + random.nextInt(dimensions)));
    }
    if (aggregation == Aggregation.SHARE_AT_OR_ABOVE) {
      builder.cutOff(ModelGenerators.valueOn(random, scale));
    }
    if (idealFrom == IdealSource.TARGET) {
      Scale on = aggregation == Aggregation.SHARE_AT_OR_ABOVE ? Scale.unit() : scale;
      builder.target(ModelGenerators.valueOn(random, on));
    }
    return builder.build();
  }

  /**
   * A transformation with measurements valid for the playbook's gap model: each indicator measured with
   * probability 3/4 by 1 to 12 sources of random kinds and functions (some without one), values including
   * the scale's ends, preferred answers exactly where the ideal is measured; at least one measurement; a
   * strategy half of the time.
   *
   * @param random the source of randomness
   * @param playbook a playbook with a gap model
   * @return the transformation
   */
  public static Transformation transformation(Random random, Playbook playbook) {
    List<Function> functions = new ArrayList<>(Function.wellKnown().subList(0, 4));
    Organisation organisation = Organisation.builder().id(Id.of("org")).name("Organisation")
        .addAllFunctions(functions).build();
    Transformation.Builder builder = Transformation.builder().id(Id.of("case")).title("Case").organisation(organisation);
    GapModel model = playbook.gaps().orElseThrow();
    List<Measurement> measurements = new ArrayList<>();
    for (Indicator indicator : model.indicators()) {
      if (random.nextInt(4) == 0) {
        continue;
      }
      for (int m = 0, n = 1 + random.nextInt(12); m < n; m++) {
        measurements.add(measurement(random, indicator, "src-" + m, functions));
      }
    }
    if (measurements.isEmpty()) {
      measurements.add(measurement(random, model.indicators().get(0), "src-0", functions));
    }
    Collections.shuffle(measurements, random);
    builder.measurements(measurements);
    if (random.nextBoolean()) {
      builder.strategy(strategy(random, playbook));
    }
    return builder.build();
  }

  /**
   * A measurement of an indicator, valid for it.
   *
   * @param random the source of randomness
   * @param indicator the indicator
   * @param source the source's id
   * @param functions the functions it may name
   * @return the measurement
   */
  public static Measurement measurement(Random random, Indicator indicator, String source, List<Function> functions) {
    EvidenceSource[] kinds = EvidenceSource.values();
    Measurement.Builder builder = Measurement.builder().indicator(indicator.id())
        .sourceKind(kinds[random.nextInt(kinds.length)]).source(Id.of(source))
        .value(ModelGenerators.valueOn(random, indicator.scale()));
    if (random.nextInt(5) > 0) {
      builder.function(functions.get(random.nextInt(Math.min(functions.size(), 1 + random.nextInt(4)))));
    }
    if (indicator.idealFrom() == IdealSource.PREFERRED) {
      builder.preferred(ModelGenerators.valueOn(random, indicator.scale()));
    }
    return builder.build();
  }

  /**
   * A strategy of one to three objectives naming random focus areas, levels and indicators of the playbook.
   *
   * @param random the source of randomness
   * @param playbook a playbook with a gap model
   * @return the strategy
   */
  public static Strategy strategy(Random random, Playbook playbook) {
    Strategy.Builder builder = Strategy.builder().id(Id.of("strategy")).title("Strategy");
    for (int o = 0, n = 1 + random.nextInt(3); o < n; o++) {
      StrategicObjective.Builder objective = StrategicObjective.builder().id(Id.of("objective-" + o))
          .statement(ModelGenerators.text(random)).weight(1 + random.nextInt(3));
      for (FocusArea area : playbook.focusAreas()) {
        if (random.nextInt(3) == 0) {
          objective.addFocusArea(area.id());
        }
      }
      for (ChangeLevel level : playbook.changeLevels()) {
        if (random.nextInt(3) == 0) {
          objective.addChangeLevel(level.id());
        }
      }
      for (Indicator indicator : playbook.gaps().orElseThrow().indicators()) {
        if (random.nextInt(3) == 0) {
          objective.addIndicator(indicator.id());
        }
      }
      builder.addObjectives(objective.build());
    }
    return builder.build();
  }
}
