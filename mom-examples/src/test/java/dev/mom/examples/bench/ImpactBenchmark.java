package dev.mom.examples.bench;

import dev.mom.examples.generate.SyntheticCase;
import dev.mom.impact.ImpactAssessment;
import dev.mom.impact.ImpactAssessor;
import dev.mom.impact.Outcome;
import dev.mom.impact.OutcomeMeasurement;
import dev.mom.impact.StudyDesign;
import dev.mom.model.Id;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.Playbooks;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.statistics.distribution.TDistribution;
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
 * Impact assessment of 20 outcomes measured in 2 waves on 2,500 × scale respondents (scale 4: the 10,000 of
 * issue #11; half the outcomes paired t tests on a panel, half Welch t tests), against a loop that pairs the
 * units, computes means, standard deviations, t statistics, p-values, effect sizes and Holm's adjustment.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
public class ImpactBenchmark {

  static final int OUTCOMES = 20;

  @Param({"1", "2", "4"})
  int scale;

  Transformation transformation;
  ImpactAssessor assessor;

  @Setup
  public void setUp() {
    Playbook playbook = Playbooks.mom();
    transformation = SyntheticCase.builder().seed(11).outcomes(OUTCOMES).respondents(2_500 * scale).concepts(0)
        .decisions(0).responses(0).measurements(0).keyResults(0).items(0).build().transformation();
    assessor = ImpactAssessor.of(playbook.impact().orElseThrow(), playbook.changeLevels());
  }

  @Benchmark
  public ImpactAssessment engine() {
    return assessor.assess(transformation);
  }

  @Benchmark
  public double[] handWrittenLoop() {
    List<Outcome> outcomes = transformation.outcomes();
    Map<Id, Integer> index = new HashMap<>();
    for (int o = 0; o < outcomes.size(); o++) {
      index.put(outcomes.get(o).id(), o);
    }
    int m = outcomes.size();
    // the baseline wave by outcome and unit, for pairing; sums for the independent outcomes
    List<Map<Id, Double>> baseline = new java.util.ArrayList<>();
    for (int o = 0; o < m; o++) {
      baseline.add(new HashMap<>());
    }
    double[][] sums = new double[2][m];
    double[][] squares = new double[2][m];
    double[][] counts = new double[2][m];
    double[] pairedSum = new double[m];
    double[] pairedSquares = new double[m];
    double[] pairs = new double[m];
    for (int w = 0; w < 2; w++) {
      for (OutcomeMeasurement measurement : transformation.waves().get(w).measurements()) {
        int o = index.get(measurement.outcome());
        double v = measurement.value();
        sums[w][o] += v;
        squares[w][o] += v * v;
        counts[w][o]++;
        if (outcomes.get(o).design() == StudyDesign.PAIRED) {
          if (w == 0) {
            baseline.get(o).put(measurement.unit(), v);
          } else {
            Double before = baseline.get(o).get(measurement.unit());
            if (before != null) {
              double d = v - before;
              pairedSum[o] += d;
              pairedSquares[o] += d * d;
              pairs[o]++;
            }
          }
        }
      }
    }
    double[] p = new double[m];
    double[] effect = new double[m];
    for (int o = 0; o < m; o++) {
      double t;
      double df;
      if (outcomes.get(o).design() == StudyDesign.PAIRED) {
        double n = pairs[o];
        double mean = pairedSum[o] / n;
        double sd = Math.sqrt((pairedSquares[o] - n * mean * mean) / (n - 1));
        t = mean / (sd / Math.sqrt(n));
        df = n - 1;
        effect[o] = mean / sd;
      } else {
        double n0 = counts[0][o];
        double n1 = counts[1][o];
        double mean0 = sums[0][o] / n0;
        double mean1 = sums[1][o] / n1;
        double v0 = (squares[0][o] - n0 * mean0 * mean0) / (n0 - 1);
        double v1 = (squares[1][o] - n1 * mean1 * mean1) / (n1 - 1);
        double se2 = v0 / n0 + v1 / n1;
        t = (mean1 - mean0) / Math.sqrt(se2);
        df = se2 * se2 / (v0 * v0 / (n0 * n0 * (n0 - 1)) + v1 * v1 / (n1 * n1 * (n1 - 1)));
        effect[o] = (mean1 - mean0) / Math.sqrt(((n0 - 1) * v0 + (n1 - 1) * v1) / (n0 + n1 - 2));
      }
      p[o] = 2 * TDistribution.of(df).survivalProbability(Math.abs(t));
    }
    // Holm's step-down adjustment
    Integer[] order = new Integer[m];
    for (int o = 0; o < m; o++) {
      order[o] = o;
    }
    Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
    double[] adjusted = new double[2 * m];
    double running = 0;
    for (int r = 0; r < m; r++) {
      running = Math.max(running, Math.min(1, (m - r) * p[order[r]]));
      adjusted[order[r]] = running;
      adjusted[m + order[r]] = effect[order[r]];
    }
    return adjusted;
  }
}
