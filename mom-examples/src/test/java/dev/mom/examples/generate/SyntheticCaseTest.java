package dev.mom.examples.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mom.Mom;
import dev.mom.TransformationReport;
import dev.mom.diagnosis.Verdict;
import dev.mom.impact.ImpactVerdict;
import dev.mom.impact.OutcomeImpact;
import dev.mom.json.MomJson;
import dev.mom.model.Function;
import dev.mom.model.Id;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbooks;
import dev.mom.trace.Finding;
import dev.mom.trace.FindingKind;
import dev.mom.trace.KeyResultLink;
import dev.mom.trace.Objective;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticCaseTest {

  private static SyntheticCase.Builder small(long seed) {
    return SyntheticCase.builder().seed(seed).decisions(120).responses(60).measurements(160).concepts(30)
        .keyResults(22).items(90).outcomes(6).respondents(50);
  }

  private static byte[] bytes(SyntheticCase synthetic) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    synthetic.writeTo(out);
    return out.toByteArray();
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedOtherBytes() throws IOException {
    byte[] first = bytes(small(42).build());
    byte[] again = bytes(small(42).build());
    byte[] other = bytes(small(43).build());

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, -7, 2021})
  void theStreamedDocumentIsTheCanonicalTextOfTheCaseInMemory(long seed) throws IOException {
    SyntheticCase synthetic = small(seed).build();
    Transformation inMemory = synthetic.transformation();

    String streamed = new String(bytes(synthetic), StandardCharsets.UTF_8);

    assertThat(streamed).as("seed %d", seed).isEqualTo(MomJson.standard().write(inMemory));
    assertThat(MomJson.standard().read(streamed, Transformation.class)).as("seed %d", seed).isEqualTo(inMemory);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, -7, 2021})
  void theRequestedCountsAreExactAndEveryEngineRuns(long seed) throws IOException {
    Transformation transformation = MomJson.standard().read(bytes(small(seed).build()), Transformation.class);

    assertThat(transformation.decisions()).as("seed %d", seed).hasSize(120);
    assertThat(transformation.surveyResponses()).as("seed %d", seed).hasSize(60);
    assertThat(transformation.measurements()).as("seed %d", seed).hasSize(160);
    assertThat(transformation.concepts()).as("seed %d", seed).hasSize(30);
    assertThat(transformation.outcomes()).as("seed %d", seed).hasSize(6);
    assertThat(transformation.objectives().stream().mapToInt(o -> o.keyResults().size()).sum())
        .as("seed %d", seed).isEqualTo(22);
    assertThat(transformation.roadmap().orElseThrow().items()).as("seed %d", seed).hasSize(90);
    // paired outcomes (even indices) have all 50 respondents in both waves
    assertThat(transformation.waves()).as("seed %d", seed).hasSize(2);
    assertThat(transformation.waves().get(1).measurements().stream()
        .filter(m -> m.outcome().equals(Id.of("outcome-01")))).as("seed %d", seed).hasSize(50);

    assertThat(Mom.of(Playbooks.mom()).check(transformation)).as("seed %d", seed).isEmpty();
    TransformationReport report = Mom.analyze(transformation, Playbooks.mom());
    assertThat(report.diagnosis()).as("seed %d", seed).isPresent();
    assertThat(report.gaps()).as("seed %d", seed).isPresent();
    assertThat(report.prioritisation()).as("seed %d", seed).isPresent();
    assertThat(report.traceability()).as("seed %d", seed).isPresent();
    assertThat(report.impact()).as("seed %d", seed).isPresent();
  }

  @Test
  void aLargeCaseHasItsDominantFunctionDiagnosedAndItsRealEffectsFound() {
    // 2,000 decisions of which about half plus an eighth of the rest go to the dominant function, and 300
    // outcome respondents per wave: enough for the diagnosis to name sales-led alone and for a 0.6-point
    // effect (about 0.5 standard deviations) to be significant on every moving outcome
    for (Function dominant : List.of(Function.SALES, Function.ENGINEERING, Function.EXECUTIVE)) {
      Transformation transformation = SyntheticCase.builder().seed(11).dominant(dominant).decisions(2_000)
          .responses(300).outcomes(6).respondents(300).build().transformation();

      TransformationReport report = Mom.analyze(transformation, Playbooks.mom());

      String archetype = Map.of(Function.SALES, "sales-led", Function.ENGINEERING, "engineering-led",
          Function.EXECUTIVE, "executive-led").get(dominant);
      assertThat(report.diagnosis().orElseThrow().leaders()).as("%s", dominant).first().isEqualTo(Id.of(archetype));
      assertThat(report.diagnosis().orElseThrow().verdict()).as("%s", dominant).isNotEqualTo(Verdict.INCONCLUSIVE);
      for (OutcomeImpact outcome : report.impact().orElseThrow().outcomes()) {
        // outcomes 1, 2, 4, 5 move by 0.6; outcomes 3 and 6 do not move
        int number = Integer.parseInt(outcome.outcome().value().substring("outcome-".length()));
        assertThat(outcome.verdict()).as("%s %s", dominant, outcome.outcome())
            .isEqualTo(number % 3 == 0 ? ImpactVerdict.NO_DETECTABLE_CHANGE : ImpactVerdict.IMPROVED);
      }
    }
  }

  @Test
  void theRoadMapHasOrphansExemptItemsAndUncoveredKeyResults() {
    Transformation transformation = SyntheticCase.builder().seed(5).keyResults(200).items(2_000).build()
        .transformation();

    long orphans = transformation.roadmap().orElseThrow().items().stream()
        .filter(i -> i.links().isEmpty() && i.exemption().isEmpty()).count();
    long exempt = transformation.roadmap().orElseThrow().items().stream()
        .filter(i -> i.exemption().isPresent()).count();
    // 4% of 2,000 items are orphans and 3% exempt: about 80 and 60
    assertThat(orphans).isBetween(50L, 110L);
    assertThat(exempt).isBetween(35L, 85L);
    // the last 10 of 200 key results (1/20) are never linked
    Set<Id> linked = transformation.roadmap().orElseThrow().items().stream()
        .flatMap(i -> i.links().stream()).map(KeyResultLink::keyResult).collect(Collectors.toSet());
    assertThat(linked).hasSizeGreaterThan(150)
        .noneMatch(k -> Integer.parseInt(k.value().substring("kr-".length())) > 190);
    assertThat(Mom.analyze(transformation, Playbooks.mom()).traceability().orElseThrow().findings())
        .extracting(Finding::kind).contains(FindingKind.WISH_LIST, FindingKind.UNSUPPORTED);
    assertThat(transformation.objectives()).extracting(Objective::id).hasSize(50);
  }

  @Test
  void aNegativeCountIsRefusedWithItsName() {
    assertThatThrownBy(() -> SyntheticCase.builder().items(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("items must be 0 or more, was -1");
  }

  @Test
  void anEmptyCaseIsStillAValidDocument() throws IOException {
    SyntheticCase synthetic = SyntheticCase.builder().decisions(0).responses(0).measurements(0).concepts(0)
        .keyResults(0).items(0).outcomes(0).build();

    String json = new String(bytes(synthetic), StandardCharsets.UTF_8);

    assertThat(json).isEqualTo(MomJson.standard().write(synthetic.transformation()));
    assertThat(MomJson.standard().read(json, Transformation.class).decisions()).isEmpty();
  }
}
