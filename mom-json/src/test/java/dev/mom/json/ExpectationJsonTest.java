package dev.mom.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mom.CaseExpectation;
import dev.mom.diagnosis.Verdict;
import dev.mom.impact.ImpactVerdict;
import dev.mom.model.Id;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@code mom/expectation} documents: read strictly, written canonically with {@code "case"} for the case file. */
class ExpectationJsonTest {

  private static final MomJson JSON = MomJson.standard();

  private static final String DOCUMENT = """
      {
        "kind": "mom/expectation",
        "schemaVersion": 1,
        "case": "mikro.json",
        "description": "The Mikro case",
        "asOf": "2021-12-31",
        "verdict": "mixed",
        "dominant": "sales-led",
        "stage": "none",
        "ranking": [
          "listen-and-tell",
          "insight-tools"
        ],
        "capacity": 10.0,
        "greenLight": [
          "product-2-0",
          "listen-and-tell"
        ],
        "impact": {
          "customer-understanding": "improved",
          "direct-customer-contact": "no-detectable-change"
        }
      }
      """;

  @Test
  void readsEveryPropertyAndWritesTheSameDocument() {
    MomDocument document = JSON.readDocument(DOCUMENT);
    CaseExpectation expectation = document.value(CaseExpectation.class);

    assertThat(document.kind()).isEqualTo(DocumentKind.EXPECTATION);
    assertThat(expectation).isEqualTo(CaseExpectation.builder().caseFile("mikro.json").description("The Mikro case")
        .asOf(LocalDate.of(2021, 12, 31)).verdict(Verdict.MIXED).dominant(Id.of("sales-led"))
        .stage(Id.of(CaseExpectation.NO_STAGE)).addRanking(Id.of("listen-and-tell"), Id.of("insight-tools"))
        .capacity(10).addGreenLight(Id.of("product-2-0"), Id.of("listen-and-tell"))
        .putImpact(Id.of("customer-understanding"), ImpactVerdict.IMPROVED)
        .putImpact(Id.of("direct-customer-contact"), ImpactVerdict.NO_DETECTABLE_CHANGE).build());
    assertThat(JSON.write(expectation)).isEqualTo(DOCUMENT);
  }

  @Test
  void theKindIsCheckedLikeAnyOther() {
    MomJsonException thrown = org.assertj.core.api.Assertions.catchThrowableOfType(MomJsonException.class,
        () -> JSON.read(DOCUMENT, dev.mom.model.Transformation.class));

    assertThat(thrown.problems()).extracting(Problem::toString).containsExactly("/kind: expected a mom/transformation "
        + "document, found a mom/expectation document (rejected: mom/expectation)");
  }
}
