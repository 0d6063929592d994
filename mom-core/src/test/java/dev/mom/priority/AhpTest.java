package dev.mom.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.mom.model.Id;
import dev.mom.model.InputProblem;
import dev.mom.model.InvalidInputException;
import dev.mom.model.PairwiseJudgement;
import dev.mom.model.StrategicObjective;
import dev.mom.model.Strategy;
import org.junit.jupiter.api.Test;

/** AHP on matrices checked by hand. */
class AhpTest {

  static Strategy strategy(int objectives, PairwiseJudgement... comparisons) {
    Strategy.Builder builder = Strategy.builder().id(dev.mom.model.Id.of("strategy")).title("Strategy 2021");
    for (int o = 0; o < objectives; o++) {
      builder.addObjective(StrategicObjective.builder().id(Id.of(String.valueOf((char) ('a' + o))))
          .statement("Objective " + o).build());
    }
    return builder.addComparisons(comparisons).build();
  }

  static PairwiseJudgement judge(String more, String less, double value) {
    return PairwiseJudgement.builder().more(Id.of(more)).less(Id.of(less)).value(value).build();
  }

  static PairwiseJudgement judge(String judge, String more, String less, double value) {
    return PairwiseJudgement.builder().judge(Id.of(judge)).more(Id.of(more)).less(Id.of(less)).value(value).build();
  }

  static AhpResult derive(Strategy strategy, RandomIndexTable table) {
    return Ahp.derive(strategy, table, 0.10, 1e-14, 1000);
  }

  /**
   * A = [[1, 3, 5], [1/3, 1, 3], [1/5, 1/3, 1]]. For a 3×3 reciprocal matrix the principal eigenvector is
   * the vector of row geometric means: (15^(1/3), 1, 15^(-1/3)) = (2.46621, 1, 0.40548), sum 3.87169, so
   * w = (0.63699, 0.25828, 0.10473). Its eigenvalue is λ = 1 + (b/(ac))^(1/3) + (ac/b)^(1/3) with a = 3,
   * b = 5, c = 3: 1 + (5/9)^(1/3) + (9/5)^(1/3) = 1 + 0.82207 + 1.21644 = 3.03851; CI = 0.03851 / 2 =
   * 0.019255; CR = 0.019255 / 0.58 = 0.03320: consistent.
   */
  @Test
  void threeByThreeByHand() {
    AhpResult ahp = derive(strategy(3, judge("a", "b", 3), judge("a", "c", 5), judge("b", "c", 3)),
        RandomIndexTable.SAATY);

    double g = Math.cbrt(15);
    double sum = g + 1 + 1 / g;
    assertThat(ahp.weights()).extracting(ObjectiveWeight::weight).satisfiesExactly(
        w -> assertThat(w).isCloseTo(g / sum, within(1e-12)),
        w -> assertThat(w).isCloseTo(1 / sum, within(1e-12)),
        w -> assertThat(w).isCloseTo(1 / g / sum, within(1e-12)));
    assertThat(ahp.weights().get(0).weight()).isCloseTo(0.63699, within(1e-5));
    double lambda = 1 + Math.cbrt(5.0 / 9) + Math.cbrt(9.0 / 5);
    assertThat(ahp.lambdaMax()).isCloseTo(lambda, within(1e-10)).isCloseTo(3.03851, within(1e-5));
    assertThat(ahp.consistencyIndex()).isCloseTo((lambda - 3) / 2, within(1e-10));
    assertThat(ahp.randomIndex()).isEqualTo(0.58);
    assertThat(ahp.consistencyRatio()).isCloseTo(0.03320, within(1e-5));
    assertThat(ahp.consistent()).isTrue();
    assertThat(Ahp.warning(ahp)).isEmpty();
    assertThat(ahp.judges()).isEqualTo(1);
  }

  /**
   * A consistent 4×4 from w = (0.4, 0.3, 0.2, 0.1): a_ij = w_i / w_j, so a/b 4/3, a/c 2, a/d 4, b/c 1.5, b/d 3,
   * c/d 2. Then A·w = 4·w: λ = 4, CI = 0, CR = 0, and the weights are w.
   */
  @Test
  void consistentFourByFourRecoversTheWeights() {
    AhpResult ahp = derive(strategy(4, judge("a", "b", 4.0 / 3), judge("a", "c", 2), judge("a", "d", 4),
        judge("b", "c", 1.5), judge("b", "d", 3), judge("c", "d", 2)), RandomIndexTable.SAATY);

    assertThat(ahp.weights()).extracting(ObjectiveWeight::weight).satisfiesExactly(
        w -> assertThat(w).isCloseTo(0.4, within(1e-12)), w -> assertThat(w).isCloseTo(0.3, within(1e-12)),
        w -> assertThat(w).isCloseTo(0.2, within(1e-12)), w -> assertThat(w).isCloseTo(0.1, within(1e-12)));
    assertThat(ahp.lambdaMax()).isCloseTo(4, within(1e-12));
    assertThat(ahp.consistencyRatio()).isCloseTo(0, within(1e-12));
    assertThat(ahp.mostInconsistent().get().deviation()).isCloseTo(1, within(1e-12));
  }

  /**
   * A cyclic 4×4: a over b 2, b over c 2, c over d 2, d over a 2, a = c and b = d. Every row is a rotation of
   * (1, 2, 1, 1/2), so the matrix is circulant: w = (1/4, 1/4, 1/4, 1/4) and λ = the row sum 4.5.
   * CI = 0.5 / 3 = 0.16667; CR = 0.16667 / 0.90 = 0.18519 with Saaty's table (> 0.10: warned), 0.16667 /
   * 0.8815 = 0.18907 with Alonso–Lamata's. The four judgements of 2 deviate by a factor 2 from the implied 1;
   * the first in objective order is a over b.
   */
  @Test
  void inconsistentFourByFourIsWarnedNamingTheWorstJudgement() {
    Strategy cyclic = strategy(4, judge("a", "b", 2), judge("b", "c", 2), judge("c", "d", 2), judge("d", "a", 2),
        judge("a", "c", 1), judge("b", "d", 1));

    AhpResult saaty = derive(cyclic, RandomIndexTable.SAATY);
    AhpResult alonso = derive(cyclic, RandomIndexTable.ALONSO_LAMATA);

    assertThat(saaty.weights()).allSatisfy(w -> assertThat(w.weight()).isCloseTo(0.25, within(1e-12)));
    assertThat(saaty.lambdaMax()).isCloseTo(4.5, within(1e-12));
    assertThat(saaty.consistencyIndex()).isCloseTo(0.5 / 3, within(1e-12));
    assertThat(saaty.consistencyRatio()).isCloseTo(0.5 / 3 / 0.9, within(1e-12));
    assertThat(alonso.consistencyRatio()).isCloseTo(0.5 / 3 / 0.8815, within(1e-12));
    assertThat(saaty.consistent()).isFalse();
    JudgementDeviation worst = saaty.mostInconsistent().orElseThrow();
    assertThat(worst.more()).isEqualTo(Id.of("a"));
    assertThat(worst.less()).isEqualTo(Id.of("b"));
    assertThat(worst.judged()).isEqualTo(2);
    assertThat(worst.implied()).isCloseTo(1, within(1e-12));
    assertThat(Ahp.warning(saaty)).contains("the board's pairwise comparisons are inconsistent: consistency ratio "
        + "0.1852 exceeds 0.1; the most inconsistent judgement is 'a' over 'b' (judged 2, the derived weights "
        + "imply 1); revisit it");
  }

  /** Two judges say a over b 2 and 8: the geometric mean is 4, so w = (0.8, 0.2); n = 2 is always consistent. */
  @Test
  void groupJudgementsAreAggregatedByGeometricMean() {
    AhpResult ahp = derive(strategy(2, judge("ayse", "a", "b", 2), judge("mehmet", "a", "b", 8)),
        RandomIndexTable.SAATY);

    assertThat(ahp.judges()).isEqualTo(2);
    assertThat(ahp.weights().get(0).weight()).isCloseTo(0.8, within(1e-12));
    assertThat(ahp.weights().get(1).weight()).isCloseTo(0.2, within(1e-12));
    assertThat(ahp.consistencyRatio()).isZero();
    assertThat(ahp.mostInconsistent().get().judged()).isCloseTo(4, within(1e-12));
  }

  @Test
  void aPairJudgedBothWaysIsNotReciprocalAndMissingPairsAreNamed() {
    Strategy strategy = strategy(3, judge("a", "b", 3), judge("b", "a", 3), judge("a", "c", 2),
        judge("ayse", "a", "b", 1), judge("ayse", "b", "a", 1));

    InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class,
        () -> derive(strategy, RandomIndexTable.SAATY));

    assertThat(thrown.problems()).containsExactly(
        new InputProblem("/strategy/comparisons/1", "'b' over 'a' 3 is not reciprocal to comparisons[0] 'a' over "
            + "'b' 3: a pair is judged once, and its reciprocal follows (a_ji = 1 / a_ij)"),
        new InputProblem("/strategy/comparisons/4", "repeats comparisons[3] by judge 'ayse': judge each pair once"),
        new InputProblem("/strategy/comparisons", "the comparisons do not compare 'b' with 'c': every judge "
            + "compares every pair of the 3 objectives once (3 judgements)"),
        new InputProblem("/strategy/comparisons", "judge 'ayse' does not compare 'a' with 'c': every judge "
            + "compares every pair of the 3 objectives once (3 judgements)"),
        new InputProblem("/strategy/comparisons", "judge 'ayse' does not compare 'b' with 'c': every judge "
            + "compares every pair of the 3 objectives once (3 judgements)"));
  }
}
