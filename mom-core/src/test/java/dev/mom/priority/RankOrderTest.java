package dev.mom.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link ConceptPrioritiser#first}, the top k of a weight sample, is the first k of the whole ranking. */
class RankOrderTest {

  @Test
  void example() {
    // scores 2, 3, 3, 1, 3: the three 3s tie on score; values 5, 4, 6, 1, 6 put index 2 and 4 (6) before 1 (4);
    // 2 and 4 tie on value too, and efforts 1 and 0.5 put 4 (less effort) first: 4, 2, 1, then 0, 3
    double[] scores = {2, 3, 3, 1, 3};
    double[] values = {5, 4, 6, 1, 6};
    double[] efforts = {1, 1, 1, 1, 0.5};
    assertThat(ConceptPrioritiser.rank(scores, values, efforts)).containsExactly(4, 2, 1, 0, 3);
    assertThat(ConceptPrioritiser.first(3, scores, values, efforts)).containsExactly(4, 2, 1);
    assertThat(ConceptPrioritiser.first(0, scores, values, efforts)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void firstIsThePrefixOfTheRanking(long seed) {
    Random random = new Random(seed);
    int n = 1 + random.nextInt(80);
    double[] scores = new double[n];
    double[] values = new double[n];
    double[] efforts = new double[n];
    for (int c = 0; c < n; c++) {
      // few distinct numbers, so that ties on score, value and effort (and efforts without a number) occur
      scores[c] = random.nextInt(4);
      values[c] = random.nextInt(3);
      efforts[c] = random.nextInt(5) == 0 ? Double.NaN : 1 + random.nextInt(2);
    }
    int[] ranking = ConceptPrioritiser.rank(scores, values, efforts);
    int k = random.nextInt(n + 1); // up to n: both the insertion (k ≤ 32) and the whole ranking (k > 32)
    assertThat(ConceptPrioritiser.first(k, scores, values, efforts)).as("seed %d, k %d", seed, k)
        .containsExactly(Arrays.copyOf(ranking, k));
  }
}
