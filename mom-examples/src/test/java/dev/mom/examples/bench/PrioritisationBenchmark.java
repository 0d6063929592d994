package dev.mom.examples.bench;

import dev.mom.examples.generate.SyntheticCase;
import dev.mom.model.Id;
import dev.mom.model.StrategicObjective;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.Playbooks;
import dev.mom.priority.Concept;
import dev.mom.priority.ConceptPrioritiser;
import dev.mom.priority.Prioritisation;
import dev.mom.priority.PrioritisationOptions;
import dev.mom.priority.ScoringModel;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
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
 * Concept prioritisation with the default strategic-fit model, three workloads (scale 4 is issue #11's size):
 * <ul>
 *   <li>ranking 2,500 × scale concepts against 50 strategic objectives (one robustness run);
 *   <li>robustness: 250 × scale Dirichlet weight samples over 500 concepts;
 *   <li>capacity selection: the best green-light set of 125 × scale concepts (without dependencies) within a
 *       quarter of their total effort (one robustness run).
 * </ul>
 * Each against a hand-written loop computing the same aggregates: the scores and the order, the Pareto front;
 * the top-k counts over the same number of weight samples; the best selection by a 0/1 knapsack over half
 * person-months.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
public class PrioritisationBenchmark {

  static final int OBJECTIVES = 50;

  /** The case, the engine and the baseline's inputs. */
  abstract static class Case {
    Transformation transformation;
    ConceptPrioritiser prioritiser;
    PrioritisationOptions options;
    /** Per concept: the alignment strengths by objective index (sparse), the gap term, confidence and effort. */
    int[][] objectives;
    int[][] strengths;
    double[] gapTerm;
    double[] confidence;
    double[] effort;
    double[] weights;
    double beta;

    void build(int concepts, boolean dependencies, PrioritisationOptions options) {
      Playbook playbook = Playbooks.mom();
      Transformation generated = SyntheticCase.builder().seed(11).strategicObjectives(OBJECTIVES).concepts(concepts)
          .decisions(0).responses(0).measurements(0).keyResults(0).items(0).outcomes(0).build().transformation();
      transformation = dependencies ? generated : generated.withConcepts(
          generated.concepts().stream().map(c -> c.withDependsOn(List.<Id>of())).toList());
      prioritiser = ConceptPrioritiser.of(playbook.prioritisation().orElseThrow(), playbook.focusAreas());
      this.options = options;
      ScoringModel model = playbook.prioritisation().orElseThrow().scoringModel(Id.of("strategic-fit")).orElseThrow();
      beta = model.gapWeightOrDefault();
      double assumed = model.assumedGapSeverityOrDefault();
      List<StrategicObjective> strategic = transformation.strategy().orElseThrow().objectives();
      Map<Id, Integer> index = new HashMap<>();
      weights = new double[strategic.size()];
      double total = strategic.stream().mapToDouble(StrategicObjective::weight).sum();
      for (int o = 0; o < strategic.size(); o++) {
        index.put(strategic.get(o).id(), o);
        weights[o] = strategic.get(o).weight() / total;
      }
      List<Concept> list = transformation.concepts();
      int n = list.size();
      objectives = new int[n][];
      strengths = new int[n][];
      gapTerm = new double[n];
      confidence = new double[n];
      effort = new double[n];
      for (int c = 0; c < n; c++) {
        Concept concept = list.get(c);
        objectives[c] = new int[concept.alignment().size()];
        strengths[c] = new int[concept.alignment().size()];
        int a = 0;
        for (Map.Entry<Id, Integer> entry : concept.alignment().entrySet()) {
          objectives[c][a] = index.get(entry.getKey());
          strengths[c][a++] = entry.getValue();
        }
        gapTerm[c] = concept.gaps().isEmpty() ? 0 : 1 - Math.pow(1 - assumed, new TreeSet<>(concept.gaps()).size());
        confidence[c] = concept.confidence().getAsDouble();
        effort[c] = concept.effort().getAsDouble();
      }
    }

    /** The strategic-fit value of every concept under a weighting. */
    void values(double[] w, double[] values) {
      for (int c = 0; c < values.length; c++) {
        double sum = 0;
        int[] o = objectives[c];
        int[] s = strengths[c];
        for (int j = 0; j < o.length; j++) {
          sum += w[o[j]] * s[j];
        }
        values[c] = ((1 - beta) * sum / 3 + beta * gapTerm[c]) * confidence[c];
      }
    }
  }

  /** Ranking many concepts. */
  @State(Scope.Benchmark)
  public static class Ranking extends Case {
    @Param({"1", "2", "4"})
    int scale;

    @Setup
    public void setUp() {
      build(2_500 * scale, true, PrioritisationOptions.builder().runs(1).build());
    }
  }

  /** The robustness analysis's weight samples. */
  @State(Scope.Benchmark)
  public static class Robustness extends Case {
    @Param({"1", "2", "4"})
    int scale;

    @Setup
    public void setUp() {
      build(500, true, PrioritisationOptions.builder().runs(250 * scale).build());
    }
  }

  /** The green-light proposal within a capacity. */
  @State(Scope.Benchmark)
  public static class Capacity extends Case {
    @Param({"1", "2", "4"})
    int scale;
    double capacity;

    @Setup
    public void setUp() {
      build(125 * scale, false, PrioritisationOptions.builder().runs(1).build());
      capacity = Math.rint(Arrays.stream(effort).sum() / 4);
      options = PrioritisationOptions.builder().runs(1).capacity(capacity).build();
    }
  }

  @Benchmark
  public Prioritisation rankingEngine(Ranking state) {
    return state.prioritiser.prioritise(state.transformation, state.options);
  }

  @Benchmark
  public int[] rankingLoop(Ranking state) {
    int n = state.effort.length;
    double[] values = new double[n];
    state.values(state.weights, values);
    double[] scores = new double[n];
    for (int c = 0; c < n; c++) {
      scores[c] = values[c] / state.effort[c];
    }
    Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.<Integer>comparingDouble(c -> -scores[c]).thenComparingInt(c -> c));
    // the Pareto front of value against effort: sweep by effort, keep those that beat every cheaper one
    Integer[] byEffort = IntStream.range(0, n).boxed().toArray(Integer[]::new);
    Arrays.sort(byEffort, Comparator.<Integer>comparingDouble(c -> state.effort[c]).thenComparingDouble(c -> -values[c]));
    int[] result = new int[2 * n];
    double best = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      result[i] = order[i];
      int c = byEffort[i];
      result[n + c] = values[c] > best ? 1 : 0;
      best = Math.max(best, values[c]);
    }
    return result;
  }

  @Benchmark
  public Prioritisation robustnessEngine(Robustness state) {
    return state.prioritiser.prioritise(state.transformation, state.options);
  }

  @Benchmark
  public int[] robustnessLoop(Robustness state) {
    int n = state.effort.length;
    int k = 3;
    int[] top = new int[n];
    double[] values = new double[n];
    double[] drawn = new double[state.weights.length];
    Random random = new Random(2021);
    for (int run = 0; run < state.options.runs().getAsInt(); run++) {
      double sum = 0;
      for (int j = 0; j < drawn.length; j++) {
        drawn[j] = gamma(random, 100 * state.weights[j]);
        sum += drawn[j];
      }
      for (int j = 0; j < drawn.length; j++) {
        drawn[j] /= sum;
      }
      state.values(drawn, values);
      // the top k by score, by selection
      int[] best = new int[k];
      Arrays.fill(best, -1);
      for (int c = 0; c < n; c++) {
        double score = values[c] / state.effort[c];
        for (int r = 0; r < k; r++) {
          if (best[r] < 0 || score > values[best[r]] / state.effort[best[r]]) {
            System.arraycopy(best, r, best, r + 1, k - r - 1);
            best[r] = c;
            break;
          }
        }
      }
      for (int c : best) {
        top[c]++;
      }
    }
    return top;
  }

  /** A Gamma(shape, 1) draw (Marsaglia and Tsang, with their squeeze), as a Dirichlet sample needs. */
  private static double gamma(Random random, double shape) {
    if (shape < 1) {
      return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = random.nextGaussian();
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = random.nextDouble();
      // the squeeze first, as the engine's sampler does: it spares most draws the two logarithms
      if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }

  @Benchmark
  public Prioritisation capacityEngine(Capacity state) {
    return state.prioritiser.prioritise(state.transformation, state.options);
  }

  @Benchmark
  public Set<Integer> capacityLoop(Capacity state) {
    int n = state.effort.length;
    double[] values = new double[n];
    state.values(state.weights, values);
    int units = (int) Math.round(state.capacity * 2);
    double[] best = new double[units + 1];
    boolean[][] taken = new boolean[n][units + 1];
    for (int c = 0; c < n; c++) {
      int cost = (int) Math.round(state.effort[c] * 2);
      for (int u = units; u >= cost; u--) {
        double with = best[u - cost] + values[c];
        if (with > best[u]) {
          best[u] = with;
          taken[c][u] = true;
        }
      }
    }
    Set<Integer> selected = new TreeSet<>();
    for (int c = n - 1, u = units; c >= 0; c--) {
      if (taken[c][u]) {
        selected.add(c);
        u -= (int) Math.round(state.effort[c] * 2);
      }
    }
    return selected;
  }
}
