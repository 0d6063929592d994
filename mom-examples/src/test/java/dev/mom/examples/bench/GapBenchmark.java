package dev.mom.examples.bench;

import dev.mom.examples.generate.SyntheticCase;
import dev.mom.gap.Aggregation;
import dev.mom.gap.GapModel;
import dev.mom.gap.GapReport;
import dev.mom.gap.GapScorer;
import dev.mom.gap.IdealSource;
import dev.mom.gap.Indicator;
import dev.mom.model.ChangeLevel;
import dev.mom.model.FocusArea;
import dev.mom.model.Function;
import dev.mom.model.Id;
import dev.mom.model.Scale;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.Playbooks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Gap scoring of 12,500 × scale measurements of 200 indicators (scale 4: the 200 × 50,000 of issue #11), with
 * agreement (r_wg) and small-group suppression by function, against a loop that computes the same per-indicator
 * statistics (n, mean, standard deviation, share at or above the cut-off, n and mean by function) and the roll-ups
 * by focus area and level in one pass.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
public class GapBenchmark {

  static final int INDICATORS = 200;

  @Param({"1", "2", "4"})
  int scale;

  Transformation transformation;
  GapScorer scorer;
  Loop loop;

  /** The default playbook with 200 indicators spread over its focus areas and levels, a third of them shares. */
  static Playbook playbook() {
    Playbook mom = Playbooks.mom();
    GapModel.Builder model = GapModel.builder().from(mom.gaps().orElseThrow()).indicators(List.of());
    for (int i = 0; i < INDICATORS; i++) {
      FocusArea area = mom.focusAreas().get(i % mom.focusAreas().size());
      ChangeLevel level = mom.changeLevels().get(i / mom.focusAreas().size() % mom.changeLevels().size());
      Indicator.Builder indicator = Indicator.builder().id(Id.of("indicator-" + (i + 1)))
          .statement("Synthetic indicator " + (i + 1)).focusArea(area.id()).level(level.id())
          .scale(Scale.agreement5()).idealFrom(IdealSource.TARGET);
      if (i % 3 == 2) {
        indicator.aggregation(Aggregation.SHARE_AT_OR_ABOVE).cutOff(4).target(0.7);
      } else {
        indicator.target(4);
      }
      model.addIndicators(indicator.build());
    }
    return mom.withGaps(model.build());
  }

  @Setup
  public void setUp() {
    Playbook playbook = playbook();
    transformation = SyntheticCase.builder().seed(11).playbook(playbook).decisions(0).responses(0)
        .measurements(12_500 * scale).concepts(0).keyResults(0).items(0).outcomes(0).build().transformation();
    scorer = GapScorer.of(playbook.gaps().orElseThrow(), playbook.focusAreas(), playbook.changeLevels());
    loop = new Loop(playbook, transformation.organisation().functions());
  }

  @Benchmark
  public GapReport engine() {
    return scorer.score(transformation);
  }

  @Benchmark
  public double[] handWrittenLoop() {
    return loop.gaps(transformation);
  }

  /** The baseline: per-indicator sums in one pass, then means, spreads, agreement, gaps and roll-ups. */
  static final class Loop {
    private final List<Indicator> indicators;
    private final Map<Id, Integer> index = new HashMap<>();
    private final Map<Function, Integer> functions = new HashMap<>();
    private final int[] area;
    private final int[] level;
    private final int areas;
    private final int levels;
    private final int minimumGroupSize;

    Loop(Playbook playbook, List<Function> organisation) {
      indicators = playbook.gaps().orElseThrow().indicators();
      minimumGroupSize = playbook.gaps().orElseThrow().minimumGroupSize();
      organisation.forEach(f -> functions.put(f, functions.size()));
      Map<Id, Integer> areaIndex = new HashMap<>();
      playbook.focusAreas().forEach(a -> areaIndex.put(a.id(), areaIndex.size()));
      Map<Id, Integer> levelIndex = new HashMap<>();
      playbook.changeLevels().forEach(l -> levelIndex.put(l.id(), levelIndex.size()));
      areas = areaIndex.size();
      levels = levelIndex.size();
      area = new int[indicators.size()];
      level = new int[indicators.size()];
      for (int i = 0; i < indicators.size(); i++) {
        index.put(indicators.get(i).id(), i);
        area[i] = areaIndex.get(indicators.get(i).focusArea());
        level[i] = levelIndex.get(indicators.get(i).level());
      }
    }

    double[] gaps(Transformation transformation) {
      int k = indicators.size();
      int f = functions.size();
      double[] n = new double[k];
      double[] sum = new double[k];
      double[] squares = new double[k];
      double[] high = new double[k];
      double[] groupN = new double[k * f];
      double[] groupSum = new double[k * f];
      for (dev.mom.gap.Measurement measurement : transformation.measurements()) {
        int i = index.get(measurement.indicator());
        double v = measurement.value();
        n[i]++;
        sum[i] += v;
        squares[i] += v * v;
        Indicator indicator = indicators.get(i);
        if (indicator.cutOff().isPresent() && v >= indicator.cutOff().getAsDouble()) {
          high[i]++;
        }
        if (measurement.function().isPresent()) {
          int g = i * f + functions.get(measurement.function().get());
          groupN[g]++;
          groupSum[g] += v;
        }
      }
      double[] result = new double[3 * k + k * f + areas + levels];
      double[] areaSum = new double[areas];
      double[] areaN = new double[areas];
      double[] levelSum = new double[levels];
      double[] levelN = new double[levels];
      for (int i = 0; i < k; i++) {
        Indicator indicator = indicators.get(i);
        Scale scale = indicator.scale();
        double mean = sum[i] / n[i];
        double variance = n[i] > 1 ? (squares[i] - n[i] * mean * mean) / (n[i] - 1) : 0;
        double points = scale.range() + 1;
        double agreement = 1 - variance / ((points * points - 1) / 12);
        double current = indicator.aggregation() == Aggregation.SHARE_AT_OR_ABOVE ? high[i] / n[i]
            : (mean - scale.min()) / scale.range();
        double ideal = indicator.aggregation() == Aggregation.SHARE_AT_OR_ABOVE ? indicator.target().getAsDouble()
            : (indicator.target().getAsDouble() - scale.min()) / scale.range();
        double gap = Math.max(0, ideal - current);
        result[3 * i] = mean;
        result[3 * i + 1] = agreement;
        result[3 * i + 2] = gap;
        for (int g = 0; g < f; g++) {
          double groupSize = groupN[i * f + g];
          result[3 * k + i * f + g] = groupSize >= minimumGroupSize ? groupSum[i * f + g] / groupSize : -1;
        }
        areaSum[area[i]] += gap;
        areaN[area[i]]++;
        levelSum[level[i]] += gap;
        levelN[level[i]]++;
      }
      for (int a = 0; a < areas; a++) {
        result[3 * k + k * f + a] = areaSum[a] / Math.max(1, areaN[a]);
      }
      for (int l = 0; l < levels; l++) {
        result[3 * k + k * f + areas + l] = levelSum[l] / Math.max(1, levelN[l]);
      }
      return result;
    }
  }
}
