package dev.mom.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.mom.diagnosis.ArchetypePoints;
import dev.mom.diagnosis.DominanceModel;
import dev.mom.gap.Dimension;
import dev.mom.gap.GapModel;
import dev.mom.gap.Indicator;
import dev.mom.model.Id;
import dev.mom.model.Scale;
import dev.mom.priority.Criterion;
import dev.mom.priority.PrioritisationModel;
import dev.mom.priority.ScoringModel;
import dev.mom.priority.ScoringModelKind;
import dev.mom.rules.Condition;
import dev.mom.rules.Rule;
import dev.mom.testing.DiagnosisGenerators;
import dev.mom.testing.GapGenerators;
import dev.mom.trace.TraceabilityModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlaybookCheckTest {

  private final Playbook mom = Playbooks.mom();

  private static PlaybookFinding warning(String path, String pointer, String message) {
    return new PlaybookFinding(PlaybookFinding.Severity.WARNING, path, pointer, message);
  }

  private static Rule<ArchetypePoints> rule(String id, Condition when, String archetype) {
    return Rule.<ArchetypePoints>builder().id(Id.of(id)).description("Rule " + id).when(when)
        .effect(ArchetypePoints.of(archetype, 1)).build();
  }

  @Test
  void theDefaultPlaybookHasNothingToSay() {
    assertThat(PlaybookCheck.of(mom)).isEmpty();
  }

  @Test
  void archetypesNoRuleScoresAndConditionsThatAlwaysHoldOrReachOffTheRange() {
    DominanceModel model = DominanceModel.copyOf(mom.diagnosis().orElseThrow()).withRules(
        rule("sales", Condition.signal("decisions.decidedBy.sales").gte(0.4), "sales-led"),
        rule("always", Condition.any(Condition.signal("decisions.decidedBy.sales").gte(0.4),
            Condition.signal("decisions.strategyLinked").lte(1)), "engineering-led"),
        rule("wide", Condition.signal("decisions.customerInsight").between(0.5, 2), "customer-driven"),
        rule("low", Condition.not(Condition.signal("decisions.noEvidence").between(-1, 0.2)), "product-led"));

    List<PlaybookFinding> findings = PlaybookCheck.of(mom.withDiagnosis(model));

    // archetypes in the default order: engineering-led, sales-led, executive-led, product-led, customer-driven;
    // only executive-led gets no points
    assertThat(findings).containsExactly(
        warning("diagnosis.archetypes[2]", "/diagnosis/archetypes/2",
            "no rule gives points to archetype 'executive-led', so its share is always 0"),
        warning("diagnosis.rules[1] (always).when", "/diagnosis/rules/1/when",
            "the condition holds whenever its signals have values, so the rule fires on every input that has them"),
        warning("diagnosis.rules[1] (always).when.any[1]", "/diagnosis/rules/1/when/any/1",
            "decisions.strategyLinked <= 1 holds on the signal's whole range [0, 1], so it only tests that the "
                + "signal has a value"),
        warning("diagnosis.rules[2] (wide).when", "/diagnosis/rules/2/when",
            "decisions.customerInsight in [0.5, 2]: the upper end 2 is off the signal's range [0, 1]; use 1 or a "
                + "one-sided comparison"),
        warning("diagnosis.rules[3] (low).when.not", "/diagnosis/rules/3/when/not",
            "decisions.noEvidence in [-1, 0.2]: the lower end -1 is off the signal's range [0, 1]; use 0 or a "
                + "one-sided comparison"));
    assertThat(findings).allMatch(PlaybookFinding::isWarning);
    assertThat(findings.get(0)).hasToString("warning /diagnosis/archetypes/2: no rule gives points to archetype "
        + "'executive-led', so its share is always 0");
  }

  @Test
  void aBetweenCoveringTheWholeRangeIsTheCompilersWarningNotAlsoOffRange() {
    DominanceModel model = DominanceModel.copyOf(mom.diagnosis().orElseThrow()).withRules(
        mom.diagnosis().orElseThrow().rules().stream()
            .map(r -> r.id().value().equals("sales-decides")
                ? Rule.<ArchetypePoints>copyOf(r).withWhen(Condition.signal("decisions.decidedBy.sales").between(-1, 2)) : r)
            .toList());

    List<PlaybookFinding> findings = PlaybookCheck.of(mom.withDiagnosis(model));

    assertThat(findings).extracting(PlaybookFinding::message).noneMatch(m -> m.contains("is off the signal's range"));
  }

  @Test
  void weightsThatCannotMatter() {
    GapModel gaps = mom.gaps().orElseThrow();
    List<Indicator> indicators = new ArrayList<>(gaps.indicators());
    indicators.set(2, Indicator.copyOf(indicators.get(2)).withWeight(0));
    PrioritisationModel prioritisation = PrioritisationModel.builder()
        .addScoringModels(ScoringModel.builder().id(Id.of("fit")).type(ScoringModelKind.STRATEGIC_FIT).gapWeight(0)
            .assumedGapSeverity(0.4).build())
        .addScoringModels(ScoringModel.builder().id(Id.of("alignment")).type(ScoringModelKind.STRATEGIC_FIT)
            .gapWeight(1).build())
        .addScoringModels(ScoringModel.builder().id(Id.of("board")).type(ScoringModelKind.WEIGHTED)
            .addCriteria(Criterion.builder().id(Id.of("value")).name("Value").scale(Scale.of(1, 5)).weight(2).build())
            .build())
        .defaultModel(Id.of("fit")).build();

    List<PlaybookFinding> findings = PlaybookCheck.of(
        mom.withGaps(GapModel.copyOf(gaps).withIndicators(indicators)).withPrioritisation(prioritisation));

    assertThat(findings).containsExactly(
        warning("gaps.indicators[2].weight", "/gaps/indicators/2/weight", "weight 0: indicator '"
            + indicators.get(2).id() + "' is scored but counts in no roll-up and not in the stage reached"),
        warning("prioritisation.scoringModels[0].gapWeight", "/prioritisation/scoringModels/0/gapWeight",
            "gapWeight 0: the gaps a concept closes never change its score, so assumedGapSeverity cannot matter "
                + "either"),
        warning("prioritisation.scoringModels[1].gapWeight", "/prioritisation/scoringModels/1/gapWeight",
            "gapWeight 1: a concept's alignment to the strategy never changes its score"),
        warning("prioritisation.scoringModels[2].criteria[0].weight",
            "/prioritisation/scoringModels/2/criteria/0/weight",
            "the only criterion's weight cannot matter: weights are normalised to sum to 1"));
  }

  @Test
  void dimensionsWithoutIndicatorsAndWordsInBothLists() {
    GapModel gaps = mom.gaps().orElseThrow();
    TraceabilityModel traceability = mom.traceability().orElseThrow();
    String customerWord = traceability.customerWords().get(1);

    List<PlaybookFinding> findings = PlaybookCheck.of(mom
        .withGaps(GapModel.copyOf(gaps).withDimensions(concat(gaps.dimensions(), Dimension.of("unused", "U"))))
        .withTraceability(TraceabilityModel.copyOf(traceability)
            .withOutputWords(List.of("ship", " " + customerWord.toUpperCase(java.util.Locale.ROOT)))));

    // the default indicators are in four dimensions; a fifth, "unused", has none
    assertThat(findings).containsExactly(
        warning("gaps.dimensions[4]", "/gaps/dimensions/4",
            "no indicator is in dimension 'unused', so its roll-up is always empty"),
        warning("traceability.outputWords[1]", "/traceability/outputWords/1", "' " + customerWord.toUpperCase(
            java.util.Locale.ROOT) + "' is also customerWords[1]: a key result with it counts as output-style and "
            + "as a customer metric at once"));
  }

  private static List<Dimension> concat(List<Dimension> dimensions, Dimension extra) {
    List<Dimension> all = new ArrayList<>(dimensions);
    all.add(extra);
    return all;
  }

  @Test
  void aPlaybookWithoutSectionsHasNothingToSay() {
    Playbook bare = Playbook.builder().id(Id.of("bare")).version("1").title("Bare")
        .addAllFocusAreas(mom.focusAreas()).addAllChangeLevels(mom.changeLevels()).build();

    assertThat(PlaybookCheck.of(bare)).isEmpty();
    assertThatNullPointerException().isThrownBy(() -> PlaybookCheck.of(null));
  }

  /**
   * For generated playbooks (a generated gap model and diagnosis): exactly the archetypes no rule names are
   * reported, every path and pointer name the same place, and the check gives the same findings on every call
   * and from several threads at once.
   */
  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void generatedPlaybooks(long seed) {
    Random random = new Random(seed);
    Playbook playbook = GapGenerators.playbook(random).withDiagnosis(DiagnosisGenerators.model(random));
    DominanceModel model = playbook.diagnosis().orElseThrow();

    List<PlaybookFinding> findings = PlaybookCheck.of(playbook);

    Set<Id> scored = model.rules().stream().map(r -> r.effect().archetype()).collect(Collectors.toSet());
    List<String> unscored = IntStream.range(0, model.archetypes().size())
        .filter(a -> !scored.contains(model.archetypes().get(a).id())).mapToObj(a -> "/diagnosis/archetypes/" + a)
        .toList();
    assertThat(findings).as("seed %d", seed).filteredOn(f -> f.path().matches("diagnosis\\.archetypes\\[\\d+]"))
        .extracting(PlaybookFinding::pointer).containsExactlyElementsOf(unscored);
    for (PlaybookFinding finding : findings) {
      String fromPath = "/" + finding.path().replaceAll(" \\([^)]*\\)", "").replaceAll("\\[(\\d+)]", ".$1")
          .replace('.', '/');
      assertThat(finding.pointer()).as("seed %d: %s", seed, finding).isEqualTo(fromPath);
      assertThat(finding.isWarning()).as("seed %d: %s", seed, finding).isTrue();
    }
    List<List<PlaybookFinding>> again = IntStream.range(0, 4).parallel().mapToObj(i -> PlaybookCheck.of(playbook))
        .toList();
    assertThat(again).as("seed %d", seed).allSatisfy(f -> assertThat(f).isEqualTo(findings));
  }
}
