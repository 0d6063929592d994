package dev.mom.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.mom.model.EvidenceSource;
import dev.mom.model.Function;
import dev.mom.model.Id;
import dev.mom.model.Transformation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Anonymity of function breakdowns, with a minimum group size of 3: a group of fewer respondents is
 * withheld, and where the withheld groups and the measurements without a function together number fewer
 * than 3, the smallest shown group is withheld too, so that no small group can be worked out by subtracting
 * the shown groups from the total.
 */
class SuppressionTest {

  private static final GapScorer SCORER = GapScorer.of(GapModel.copyOf(GapScorerTest.MODEL).withMinimumGroupSize(3),
      List.of(GapScorerTest.A, GapScorerTest.B), List.of(GapScorerTest.L1, GapScorerTest.L2));

  private static List<FunctionBreakdown> breakdown(Object... groups) {
    List<Measurement> measurements = new ArrayList<>();
    int respondent = 0;
    for (int g = 0; g < groups.length; g += 2) {
      for (int i = 0; i < (Integer) groups[g + 1]; i++) {
        Measurement.Builder m = Measurement.builder().indicator(Id.of("i1")).sourceKind(EvidenceSource.SURVEY)
            .source(Id.of("p" + respondent++)).value(1 + respondent % 5);
        if (groups[g] != null) {
          m.function((Function) groups[g]);
        }
        measurements.add(m.build());
      }
    }
    Transformation t = GapScorerTest.transformation().measurements(measurements).build();
    return SCORER.score(t).indicators().get(0).functions();
  }

  /** Product (1) is below 3; engineering and sales (3 each) stay: the withheld product alone is 1 < 3. */
  @Test
  void aSmallGroupIsWithheldAndTheSmallestOtherGroupWithIt() {
    // product 1 alone could be derived as total − engineering − sales: engineering (first of the two
    // smallest by id) is withheld too, making the hidden pool 1 + 3 = 4
    assertThat(breakdown(Function.SALES, 3, Function.ENGINEERING, 3, Function.PRODUCT, 1))
        .extracting(FunctionBreakdown::function, FunctionBreakdown::n, FunctionBreakdown::suppression)
        .containsExactly(tuple(Function.ENGINEERING, 3, Suppression.COMPLEMENTARY),
            tuple(Function.PRODUCT, 1, Suppression.SMALL_GROUP), tuple(Function.SALES, 3, Suppression.NONE));
  }

  /** Two small groups of 2 together hide 4 respondents, enough: no complementary suppression. */
  @Test
  void smallGroupsThatTogetherReachTheMinimumNeedNoComplement() {
    List<FunctionBreakdown> rows = breakdown(Function.SALES, 4, Function.PRODUCT, 2, Function.EXECUTIVE, 2);

    assertThat(rows).extracting(FunctionBreakdown::function, FunctionBreakdown::suppression).containsExactly(
        tuple(Function.EXECUTIVE, Suppression.SMALL_GROUP), tuple(Function.PRODUCT, Suppression.SMALL_GROUP),
        tuple(Function.SALES, Suppression.NONE));
    assertThat(rows.get(0).current()).isEmpty();
    assertThat(rows.get(2).current()).isPresent();
  }

  /** Two measurements without a function join the hidden pool: 1 + 2 = 3, enough on their own. */
  @Test
  void measurementsWithoutAFunctionCountInTheHiddenPool() {
    assertThat(breakdown(Function.SALES, 3, Function.ENGINEERING, 3, Function.PRODUCT, 1, null, 2))
        .extracting(FunctionBreakdown::suppression)
        .containsExactly(Suppression.NONE, Suppression.SMALL_GROUP, Suppression.NONE);
  }

  /** The smallest shown group is chosen, not the first: sales 3 is withheld rather than engineering 5. */
  @Test
  void theSmallestShownGroupIsTheComplement() {
    assertThat(breakdown(Function.ENGINEERING, 5, Function.SALES, 3, Function.PRODUCT, 1))
        .extracting(FunctionBreakdown::function, FunctionBreakdown::suppression)
        .containsExactly(tuple(Function.ENGINEERING, Suppression.NONE), tuple(Function.PRODUCT, Suppression.SMALL_GROUP),
            tuple(Function.SALES, Suppression.COMPLEMENTARY));
  }

  /** Large groups only: everything is shown. */
  @Test
  void nothingIsWithheldWithoutASmallGroup() {
    assertThat(breakdown(Function.SALES, 3, Function.ENGINEERING, 4)).extracting(FunctionBreakdown::suppression)
        .containsOnly(Suppression.NONE);
  }
}
