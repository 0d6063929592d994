package dev.mom.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mom.model.Id;
import dev.mom.model.InputProblem;
import dev.mom.model.Organisation;
import dev.mom.model.PairwiseJudgement;
import dev.mom.model.StrategicObjective;
import dev.mom.model.Strategy;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbooks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The prioritisation's limits (robustness runs, AHP iterations, AHP matrix order and judges), each at the
 * limit and one over, and inputs far beyond them that once overflowed the stack or the heap.
 */
class PrioritisationLimitsTest {

  static PrioritisationModel.Builder model() {
    return PrioritisationModel.builder().from(Playbooks.mom().prioritisation().orElseThrow());
  }

  static String rejection(Runnable build) {
    IllegalArgumentException thrown = catchThrowableOfType(IllegalArgumentException.class, build::run);
    assertThat(thrown).as("over the limit must be rejected").isNotNull();
    return thrown.getMessage();
  }

  @Test
  void robustnessRuns() {
    assertThat(model().runs(1_000_000).build().runs()).isEqualTo(1_000_000);
    assertThat(rejection(() -> model().runs(1_000_001).build()))
        .isEqualTo("runs must be from 1 to 1000000, was 1000001");
    assertThat(PrioritisationOptions.builder().runs(1_000_000).build().runs()).hasValue(1_000_000);
    assertThat(rejection(() -> PrioritisationOptions.builder().runs(1_000_001).build()))
        .contains("runs must be from 1 to 1000000, was 1000001");
  }

  @Test
  void ahpIterations() {
    assertThat(model().maxIterations(1_000_000).build().maxIterations()).isEqualTo(1_000_000);
    assertThat(rejection(() -> model().maxIterations(1_000_001).build()))
        .isEqualTo("maxIterations must be from 1 to 1000000, was 1000001");
  }

  static Strategy strategy(int objectives, List<PairwiseJudgement> comparisons) {
    Strategy.Builder builder = Strategy.builder().id(Id.of("strategy")).title("Strategy");
    for (int o = 0; o < objectives; o++) {
      builder.addObjective(StrategicObjective.builder().id(Id.of("o" + o)).statement("Objective " + o).build());
    }
    return builder.addAllComparisons(comparisons).build();
  }

  static PairwiseJudgement judgement(String judge, String more, String less) {
    return PairwiseJudgement.builder().judge(Id.of(judge)).more(Id.of(more)).less(Id.of(less)).value(3).build();
  }

  @Test
  void ahpMatrixOrderIsCheckedBeforeAnyMatrixIsBuilt() {
    // 100,000 objectives would need an 80 GB matrix; Saaty's table covers 15
    Strategy strategy = strategy(100_000, List.of(judgement("j", "o0", "o1")));

    assertThat(Ahp.check(strategy, RandomIndexTable.SAATY)).extracting(InputProblem::toString).containsExactly(
        new InputProblem("/strategy/objectives",
            "the saaty random-index table covers up to 15 objectives; the strategy has 100000").toString());
  }

  @Test
  void ahpJudges() {
    List<PairwiseJudgement> comparisons = new ArrayList<>();
    for (int j = 0; j < Ahp.MAX_JUDGES; j++) {
      comparisons.add(judgement("j" + j, "o0", "o1"));
    }
    assertThat(Ahp.check(strategy(2, comparisons), RandomIndexTable.SAATY)).isEmpty();

    comparisons.add(judgement("one-more", "o0", "o1"));
    assertThat(Ahp.check(strategy(2, comparisons), RandomIndexTable.SAATY)).extracting(InputProblem::toString)
        .containsExactly(new InputProblem("/strategy/comparisons",
            "the comparisons name 1001 judges; AHP aggregates at most 1000").toString());
  }

  @Test
  void aDependencyChainOfTwoHundredThousandConceptsIsCheckedWithoutOverflowingTheStack() {
    int n = 200_000;
    Transformation.Builder builder = Transformation.builder().id(Id.of("acme")).title("Acme")
        .organisation(Organisation.builder().id(Id.of("acme")).name("Acme").build());
    for (int c = 0; c < n; c++) {
      // each concept depends on the next; the last closes the cycle back to the first
      builder.addConcept(Concept.builder().id(Id.of("c" + c)).name("C" + c).problem("P")
          .addDependsOn(Id.of("c" + ((c + 1) % n))).build());
    }

    IllegalArgumentException thrown = catchThrowableOfType(IllegalArgumentException.class, builder::build);

    assertThat(thrown.getMessage()).contains("concepts[199999].dependsOn[0] 'c0' closes a dependency cycle: "
        + "c0 → c1 → c2 → c3 → c4 → c5 → … (199988 more) → c199994 → c199995 → c199996 → c199997 → c199998 → "
        + "c199999 → c0");
  }
}
