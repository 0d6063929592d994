package dev.mom.priority;

import dev.mom.internal.Numbers;
import dev.mom.model.Id;
import dev.mom.model.InputProblem;
import dev.mom.model.InvalidInputException;
import dev.mom.model.PairwiseJudgement;
import dev.mom.model.StrategicObjective;
import dev.mom.model.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The analytic hierarchy process over a strategy's objectives: objective weights from the board's pairwise
 * comparisons on Saaty's 1–9 scale.
 *
 * <p>How the weights are derived:
 * <ol>
 *   <li>each judge's comparisons form a reciprocal matrix: a judgement "i over j, value v" sets
 *       a<sub>ij</sub> = v and a<sub>ji</sub> = 1 ÷ v, a<sub>ii</sub> = 1. Every judge must compare every pair
 *       exactly once (a pair given twice, or in both directions, is a problem; giving it in both directions
 *       with values other than 1 is not reciprocal). Judgements without a judge form one consensus matrix;
 *   <li>a group's matrices are aggregated element by element by the geometric mean,
 *       a<sub>ij</sub> = exp(mean over judges of ln a<sub>ij</sub>), which keeps the matrix reciprocal;
 *   <li>the priorities w are the principal eigenvector, found by power iteration from the uniform vector,
 *       x ← A·x ÷ Σ(A·x), until no component changes by more than the tolerance (or the iteration limit);
 *   <li>λmax = mean over i of (A·w)<sub>i</sub> ÷ w<sub>i</sub>; CI = max(0, (λmax − n) ÷ (n − 1)) (0 for
 *       n = 1); CR = CI ÷ RI(n) with RI from the chosen {@link RandomIndexTable} (CR = 0 for n ≤ 2, where
 *       RI is 0 and every reciprocal matrix is consistent);
 *   <li>the most inconsistent judgement is the pair (i &lt; j, first in objective order on ties) whose
 *       judged ratio is furthest, as a factor, from the implied ratio w<sub>i</sub> ÷ w<sub>j</sub>.
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class Ahp {

  /**
   * The most judges whose comparisons AHP aggregates: 1,000 (each judge's matrix is held in memory). The
   * matrix size itself is limited by the random-index table: at most {@link RandomIndexTable#maxOrder()}
   * objectives.
   */
  public static final int MAX_JUDGES = 1000;

  private Ahp() {}

  /**
   * Checks that a strategy's comparisons can be turned into weights.
   *
   * @param strategy the strategy; not null
   * @param table the random-index table; not null
   * @return every problem, with JSON pointers into a transformation document
   *     ({@code /strategy/comparisons/3}); empty if {@link #derive} will succeed
   */
  public static List<InputProblem> check(Strategy strategy, RandomIndexTable table) {
    List<InputProblem> problems = new ArrayList<>();
    int n = strategy.objectives().size();
    if (n > table.maxOrder()) {
      // checked first: the judgement matrices are n × n
      problems.add(new InputProblem("/strategy/objectives", "the " + table.id() + " random-index table covers up to "
          + table.maxOrder() + " objectives; the strategy has " + n));
      return problems;
    }
    long judges = strategy.comparisons().stream().map(c -> c.judge().map(Id::value).orElse("")).distinct().count();
    if (judges > MAX_JUDGES) {
      problems.add(new InputProblem("/strategy/comparisons", "the comparisons name " + judges + " judges; AHP "
          + "aggregates at most " + MAX_JUDGES));
      return problems;
    }
    matrices(strategy, problems);
    if (strategy.comparisons().isEmpty() && n > 1) {
      problems.add(new InputProblem("/strategy/comparisons", "there are no pairwise comparisons to derive weights from"));
    }
    return problems;
  }

  /**
   * Derives the objective weights from a strategy's comparisons.
   *
   * @param strategy the strategy with its comparisons; not null
   * @param table the random-index table for CR; not null
   * @param threshold the CR above which the judgements are flagged inconsistent, e.g. 0.10
   * @param tolerance the power iteration's stopping tolerance, e.g. 1e-12
   * @param maxIterations the power iteration's limit, 1 or more
   * @return the weights with their consistency
   * @throws InvalidInputException with every problem {@link #check} finds
   */
  public static AhpResult derive(Strategy strategy, RandomIndexTable table, double threshold, double tolerance,
      int maxIterations) {
    List<InputProblem> problems = check(strategy, table);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<double[][]> judges = matrices(strategy, new ArrayList<>());
    int n = strategy.objectives().size();
    double[][] a = aggregate(judges, n);
    double[] w = new double[n];
    java.util.Arrays.fill(w, 1.0 / n);
    int iterations = 0;
    while (iterations < maxIterations) {
      iterations++;
      double[] next = multiply(a, w);
      double sum = 0;
      for (double x : next) {
        sum += x;
      }
      double change = 0;
      for (int i = 0; i < n; i++) {
        next[i] /= sum;
        change = Math.max(change, Math.abs(next[i] - w[i]));
      }
      w = next;
      if (change <= tolerance) {
        break;
      }
    }
    double[] aw = multiply(a, w);
    double lambda = 0;
    for (int i = 0; i < n; i++) {
      lambda += aw[i] / w[i];
    }
    lambda /= n;
    double ci = n > 1 ? Math.max(0, (lambda - n) / (n - 1)) : 0;
    double ri = table.randomIndex(n);
    double cr = ri == 0 ? 0 : ci / ri;
    AhpResult.Builder result = AhpResult.builder().judges(judges.size()).lambdaMax(lambda).consistencyIndex(ci)
        .randomIndex(ri).consistencyRatio(cr).threshold(threshold).consistent(cr <= threshold).iterations(iterations);
    List<StrategicObjective> objectives = strategy.objectives();
    for (int i = 0; i < n; i++) {
      result.addWeight(ObjectiveWeight.builder().objective(objectives.get(i).id()).weight(w[i]).build());
    }
    JudgementDeviation worst = null;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        boolean forward = a[i][j] >= 1;
        int more = forward ? i : j;
        int less = forward ? j : i;
        double judged = a[more][less];
        double implied = w[more] / w[less];
        double deviation = Math.max(judged / implied, implied / judged);
        if (worst == null || deviation > worst.deviation()) {
          worst = JudgementDeviation.builder().more(objectives.get(more).id()).less(objectives.get(less).id())
              .judged(judged).implied(implied).deviation(deviation).build();
        }
      }
    }
    result.mostInconsistent(Optional.ofNullable(worst));
    return result.build();
  }

  /**
   * The warning for judgements whose CR exceeds the threshold.
   *
   * @param ahp a derivation
   * @return the warning, or empty if the judgements are consistent enough
   */
  public static Optional<String> warning(AhpResult ahp) {
    if (ahp.consistent()) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder("the board's pairwise comparisons are inconsistent: consistency ratio ")
        .append(ConceptPrioritiser.display(ahp.consistencyRatio())).append(" exceeds ")
        .append(Numbers.format(ahp.threshold()));
    ahp.mostInconsistent().ifPresent(d -> text.append("; the most inconsistent judgement is '").append(d.more())
        .append("' over '").append(d.less()).append("' (judged ").append(ConceptPrioritiser.display(d.judged()))
        .append(", the derived weights imply ").append(ConceptPrioritiser.display(d.implied()))
        .append("); revisit it"));
    return Optional.of(text.toString());
  }

  private static double[] multiply(double[][] a, double[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double sum = 0;
      for (int j = 0; j < x.length; j++) {
        sum += a[i][j] * x[j];
      }
      y[i] = sum;
    }
    return y;
  }

  private static double[][] aggregate(List<double[][]> judges, int n) {
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      a[i][i] = 1;
      for (int j = i + 1; j < n; j++) {
        if (judges.size() == 1) {
          a[i][j] = judges.get(0)[i][j];
        } else {
          double logs = 0;
          for (double[][] m : judges) {
            logs += Math.log(m[i][j]);
          }
          a[i][j] = Math.exp(logs / judges.size());
        }
        a[j][i] = 1 / a[i][j];
      }
    }
    return a;
  }

  /** Each judge's matrix (judges by id, the consensus first); NaN where a pair is not judged. */
  private static List<double[][]> matrices(Strategy strategy, List<InputProblem> problems) {
    List<StrategicObjective> objectives = strategy.objectives();
    int n = objectives.size();
    Map<String, double[][]> byJudge = new TreeMap<>();
    Map<String, int[][]> where = new TreeMap<>();
    List<PairwiseJudgement> comparisons = strategy.comparisons();
    for (int c = 0; c < comparisons.size(); c++) {
      PairwiseJudgement judgement = comparisons.get(c);
      String judge = judgement.judge().map(Id::value).orElse("");
      double[][] m = byJudge.computeIfAbsent(judge, k -> unset(n));
      int[][] at = where.computeIfAbsent(judge, k -> new int[n][n]);
      int i = index(objectives, judgement.more());
      int j = index(objectives, judgement.less());
      if (i < 0 || j < 0) {
        continue; // the strategy refuses unknown objectives when it is built
      }
      if (!Double.isNaN(m[i][j])) {
        PairwiseJudgement earlier = comparisons.get(at[i][j]);
        boolean sameDirection = earlier.more().equals(judgement.more());
        String by = judge.isEmpty() ? "" : " by judge '" + judge + "'";
        String message;
        if (!sameDirection && (judgement.value() != 1 || earlier.value() != 1)) {
          message = "'" + judgement.more() + "' over '" + judgement.less() + "' " + Numbers.format(judgement.value())
              + " is not reciprocal to comparisons[" + at[i][j] + "] '" + earlier.more() + "' over '"
              + earlier.less() + "' " + Numbers.format(earlier.value()) + by + ": a pair is judged once, and its "
              + "reciprocal follows (a_ji = 1 / a_ij)";
        } else if (m[i][j] == (sameDirection ? judgement.value() : 1 / judgement.value())) {
          message = "repeats comparisons[" + at[i][j] + "]" + by + ": judge each pair once";
        } else {
          message = "'" + judgement.more() + "' over '" + judgement.less() + "' " + Numbers.format(judgement.value())
              + " contradicts comparisons[" + at[i][j] + "]" + by + ", which judged the same pair "
              + Numbers.format(earlier.value()) + ": judge each pair once";
        }
        problems.add(new InputProblem("/strategy/comparisons/" + c, message));
        continue;
      }
      m[i][j] = judgement.value();
      m[j][i] = 1 / judgement.value();
      at[i][j] = c;
      at[j][i] = c;
    }
    for (Map.Entry<String, double[][]> entry : byJudge.entrySet()) {
      double[][] m = entry.getValue();
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (Double.isNaN(m[i][j])) {
            problems.add(new InputProblem("/strategy/comparisons", (entry.getKey().isEmpty() ? "the comparisons do"
                : "judge '" + entry.getKey() + "' does") + " not compare '" + objectives.get(i).id() + "' with '"
                + objectives.get(j).id() + "': every judge compares every pair of the " + n + " objectives once ("
                + n * (n - 1) / 2 + " judgements)"));
          }
        }
      }
    }
    return new ArrayList<>(byJudge.values());
  }

  private static double[][] unset(int n) {
    double[][] m = new double[n][n];
    for (double[] row : m) {
      java.util.Arrays.fill(row, Double.NaN);
    }
    return m;
  }

  private static int index(List<StrategicObjective> objectives, Id id) {
    for (int i = 0; i < objectives.size(); i++) {
      if (objectives.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }
}
