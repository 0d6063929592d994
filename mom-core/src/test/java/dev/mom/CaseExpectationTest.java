package dev.mom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.mom.diagnosis.Verdict;
import dev.mom.impact.ImpactVerdict;
import dev.mom.model.Id;
import dev.mom.model.InvalidValueException;
import org.junit.jupiter.api.Test;

class CaseExpectationTest {

  private static CaseExpectation.Builder expecting() {
    return CaseExpectation.builder().caseFile("client.json");
  }

  @Test
  void anExpectationNamesItsCaseAndAtLeastOneResult() {
    CaseExpectation expectation = expecting().verdict(Verdict.MIXED).putImpact(Id.of("nps"), ImpactVerdict.IMPROVED)
        .build();

    assertThat(expectation.caseFile()).isEqualTo("client.json");
    assertThat(expectation.impact()).containsEntry(Id.of("nps"), ImpactVerdict.IMPROVED);
    assertThatIllegalArgumentException().isThrownBy(() -> expecting().build())
        .withMessage("the expectation expects nothing; give at least one of verdict, dominant, stage, ranking, "
            + "greenLight or impact");
  }

  @Test
  void theCaseIsAPlainFileNameSoItNeverLeavesTheFolder() {
    for (String name : new String[] {"../client.json", "cases/client.json", "..", "c:\\client.json"}) {
      assertThatIllegalArgumentException().as(name)
          .isThrownBy(() -> CaseExpectation.builder().caseFile(name).verdict(Verdict.MIXED).build())
          .withMessage("case '" + name + "' must be a plain file name in the expectation's folder, without a "
              + "folder");
    }
  }

  @Test
  void greenLightNeedsACapacityAndACapacityNeedsAGreenLight() {
    InvalidValueException both = (InvalidValueException) org.assertj.core.api.Assertions.catchThrowable(
        () -> expecting().addGreenLight(Id.of("a")).build());
    assertThat(both.violations()).containsExactly(
        "capacity is required with greenLight: the green-light proposal is made within an effort capacity");
    assertThatIllegalArgumentException().isThrownBy(() -> expecting().verdict(Verdict.MIXED).capacity(5).build())
        .withMessage("capacity is used only with greenLight; leave it out or give the expected greenLight");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> expecting().addGreenLight(Id.of("a")).capacity(0).build())
        .withMessage("capacity must be more than 0, was 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> expecting().addRanking(Id.of("a"), Id.of("b"), Id.of("a")).build())
        .withMessage("ranking[2] 'a' is already used by ranking[0]");
  }

  @Test
  void mismatchesReadAsTestFailures() {
    ExpectationMismatch mismatch = new ExpectationMismatch("stage", "'l2'", "no level reached",
        "/gaps/stage/explanation");

    assertThat(mismatch).hasToString("stage: expected 'l2', got no level reached (see /gaps/stage/explanation)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ExpectationMismatch("stage", "'l2'", "'l1'", "gaps/stage"))
        .withMessage("explanation must start with '/', was 'gaps/stage'");
  }
}
