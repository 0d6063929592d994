package dev.mom.rules;

import static dev.mom.rules.Condition.all;
import static dev.mom.rules.Condition.any;
import static dev.mom.rules.Condition.not;
import static dev.mom.rules.Condition.signal;
import static dev.mom.rules.Fixtures.CATALOGUE;
import static dev.mom.rules.Fixtures.COUNT;
import static dev.mom.rules.Fixtures.SALES;
import static dev.mom.rules.Fixtures.SURVEY;
import static dev.mom.rules.Fixtures.TECH;
import static dev.mom.rules.Fixtures.rule;
import static dev.mom.rules.Fixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mom.model.Id;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleCompilerTest {

  private static List<String> problems(RuleSet<String> ruleSet) {
    RuleSetException e = catchThrowableOfType(RuleSetException.class,
        () -> RuleCompiler.compile(ruleSet, CATALOGUE));
    assertThat(e).as("compile should fail").isNotNull();
    return e.problems().stream().map(RuleProblem::toString).collect(java.util.stream.Collectors.toList());
  }

  private static List<String> warnings(RuleSet<String> ruleSet) {
    return RuleCompiler.compile(ruleSet, CATALOGUE).warnings().stream().map(RuleProblem::toString)
        .collect(java.util.stream.Collectors.toList());
  }

  @Test
  void reportsEveryProblemAtOnceInDocumentOrder() {
    RuleSet<String> ruleSet = rules(
        // a typo in a signal name
        rule("sales-decides", all(signal("decisions.decidedBy.sale").gte(0.4), signal(COUNT).gte(5))),
        // a share above 1 and an empty all
        rule("tech-decides", any(signal(TECH).gt(1), all())),
        // the id again, and an all that no share satisfies (>= 0.5 and < 0.3)
        rule("sales-decides", all(signal(SALES).gte(0.5), signal(COUNT).gte(1), signal(SALES).lt(0.3))),
        // every survey mean is >= 1, so the not never holds
        rule("no-survey", not(signal(SURVEY).gte(1))),
        // nothing close to survey.avg (survey.mean is 4 edits away)
        rule("average", signal("survey.avg").gt(3)));

    RuleSetException e = catchThrowableOfType(RuleSetException.class,
        () -> RuleCompiler.compile(ruleSet, CATALOGUE));

    assertThat(e.getMessage()).isEqualTo(String.join("\n",
        "7 problems in the rule set:",
        "rules[0] (sales-decides).when.all[0]: unknown signal 'decisions.decidedBy.sale'; "
            + "did you mean 'decisions.decidedBy.sales'?",
        "rules[1] (tech-decides).when.any[0]: decisions.decidedBy.tech > 1 can never hold: "
            + "the signal's range is [0, 1]",
        "rules[1] (tech-decides).when.any[1]: empty 'all': it would always hold; give it at least one condition",
        "rules[2] (sales-decides).id: duplicate rule id 'sales-decides', already used by rules[0]",
        "rules[2] (sales-decides).when: contradictory 'all': decisions.decidedBy.sales >= 0.5 (all[0]) and "
            + "decisions.decidedBy.sales < 0.3 (all[2]) cannot both hold",
        "rules[3] (no-survey).when: 'not' can never hold: the condition inside it holds whenever its signals "
            + "have values",
        "rules[4] (average).when: unknown signal 'survey.avg': the engine publishes no signal of that name"));
    assertThat(e.problems()).extracting(RuleProblem::pointer).containsExactly(
        "/rules/0/when/all/0", "/rules/1/when/any/0", "/rules/1/when/any/1", "/rules/2/id", "/rules/2/when",
        "/rules/3/when", "/rules/4/when");
    assertThat(e.problems()).extracting(RuleProblem::ruleId).containsExactly(
        Optional.of(Id.of("sales-decides")), Optional.of(Id.of("tech-decides")), Optional.of(Id.of("tech-decides")),
        Optional.of(Id.of("sales-decides")), Optional.of(Id.of("sales-decides")), Optional.of(Id.of("no-survey")),
        Optional.of(Id.of("average")));
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> e.problems().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void oneProblemIsSingular() {
    assertThatThrownBy(() -> RuleCompiler.compile(rules(rule("r", any())), CATALOGUE))
        .isInstanceOf(RuleSetException.class)
        .hasMessage("1 problem in the rule set:\n"
            + "rules[0] (r).when: empty 'any': it would never hold; give it at least one condition");
  }

  @Test
  void aThirdUseOfAnIdNamesTheFirst() {
    Condition c = signal(SALES).gte(0.5);
    assertThat(problems(rules(rule("a", c), rule("b", c), rule("a", c), rule("a", c)))).containsExactly(
        "rules[2] (a).id: duplicate rule id 'a', already used by rules[0]",
        "rules[3] (a).id: duplicate rule id 'a', already used by rules[0]");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    // another case
    "decisions.decidedby.sales, decisions.decidedBy.sales",
    // two letters swapped: 2 edits, and 25 characters allow min(3, 25 / 4) = 3
    "decisions.decidedBy.saels, decisions.decidedBy.sales",
    // the leading segment left out
    "decidedBy.sales, decisions.decidedBy.sales",
    "count, decisions.count",
    // one edit from survey.mean
    "survey.meen, survey.mean"
  })
  void suggestsACloseName(String unknown, String suggested) {
    assertThat(RuleCompiler.suggest(unknown, CATALOGUE)).contains(suggested);
    assertThat(problems(rules(rule("r", signal(unknown).gt(0.5))))).containsExactly(
        "rules[0] (r).when: unknown signal '" + unknown + "'; did you mean '" + suggested + "'?");
  }

  @ParameterizedTest
  @CsvSource({"survey.avg", "x", "decisions.by.sales.share"})
  void suggestsNothingWhenNothingIsClose(String unknown) {
    assertThat(RuleCompiler.suggest(unknown, CATALOGUE)).isEmpty();
  }

  @Test
  void aTieInEditDistanceSuggestsTheEarlierSignal() {
    SignalCatalogue catalogue = SignalCatalogue.of(List.of(
        Signal.of("team.b1", "first", 0, 1), Signal.of("team.b2", "second", 0, 1)));
    // team.b3 is one edit from both; 7 characters allow max(1, 7 / 4) = 1
    assertThat(RuleCompiler.suggest("team.b3", catalogue)).contains("team.b1");
  }

  @Test
  void contradictionsAreFoundThroughNestedAllsAndReportedOnce() {
    assertThat(problems(rules(rule("r", all(signal(SALES).gte(0.5), all(signal(COUNT).gte(1), signal(SALES).lt(0.3)))))))
        .containsExactly("rules[0] (r).when: contradictory 'all': decisions.decidedBy.sales >= 0.5 (all[0]) and "
            + "decisions.decidedBy.sales < 0.3 (all[1].all[1]) cannot both hold");
  }

  @Test
  void contradictionsAreReportedPerSignalWithTheFirstConflictingPair() {
    // sales: [0.5, 1] meets [0.6, 0.8]; (.., 0.3) meets neither, and the first it misses is all[0]
    // tech: = 0.2 holds on [0.2 - 1e-9, 0.2 + 1e-9], which meets > 0.2 (at 0.2 + 0.5e-9, say) but not > 0.3
    assertThat(problems(rules(rule("r", all(signal(SALES).gte(0.5), signal(SALES).between(0.6, 0.8),
        signal(SALES).lt(0.3), signal(TECH).eq(0.2), signal(TECH).gt(0.2), signal(TECH).gt(0.3), signal(SALES).lt(0.1)))))).containsExactly(
        "rules[0] (r).when: contradictory 'all': decisions.decidedBy.sales >= 0.5 (all[0]) and "
            + "decisions.decidedBy.sales < 0.3 (all[2]) cannot both hold",
        "rules[0] (r).when: contradictory 'all': decisions.decidedBy.tech = 0.2 (all[3]) and "
            + "decisions.decidedBy.tech > 0.3 (all[5]) cannot both hold");
  }

  @Test
  void comparisonsThatMeetAtOnePointOrSitUnderAnyAreNotContradictory() {
    // x >= 0.5 and x <= 0.5 hold together at 0.5; under any (or not) the comparisons need not hold together
    assertThat(warnings(rules(
        rule("point", all(signal(SALES).gte(0.5), signal(SALES).lte(0.5))),
        rule("any", all(signal(SALES).gte(0.5), any(signal(SALES).lt(0.3), signal(TECH).gt(0.1)))),
        rule("not", all(signal(SALES).gte(0.5), not(signal(SALES).gte(0.3))))))).isEmpty();
    assertThat(problems(rules(rule("open", all(signal(SALES).gt(0.5), signal(SALES).lte(0.5)))))).containsExactly(
        "rules[0] (open).when: contradictory 'all': decisions.decidedBy.sales > 0.5 (all[0]) and "
            + "decisions.decidedBy.sales <= 0.5 (all[1]) cannot both hold");
  }

  @Test
  void thresholdsOutsideTheRangeCanNeverHold() {
    assertThat(problems(rules(rule("r", any(
        signal(SALES).gt(1), // (1, ∞) misses [0, 1]
        signal(SALES).lt(0), // (-∞, 0) misses [0, 1]
        signal(SURVEY).between(0, 0.99), // wholly below [1, 5]
        signal(SURVEY).eq(5.5), // [5.5 - 1e-9, 5.5 + 1e-9] misses [1, 5]
        signal(COUNT).lte(-1),
        signal(SALES).gte(1), // reachable: 1
        signal(SALES).lte(0), // reachable: 0
        signal(SURVEY).between(0, 1)))))) // reachable: 1
        .containsExactly(
            "rules[0] (r).when.any[0]: decisions.decidedBy.sales > 1 can never hold: the signal's range is [0, 1]",
            "rules[0] (r).when.any[1]: decisions.decidedBy.sales < 0 can never hold: the signal's range is [0, 1]",
            "rules[0] (r).when.any[2]: survey.mean in [0, 0.99] can never hold: the signal's range is [1, 5]",
            "rules[0] (r).when.any[3]: survey.mean = 5.5 can never hold: the signal's range is [1, 5]",
            "rules[0] (r).when.any[4]: decisions.count <= -1 can never hold: the signal's range is [0, 1000]");
  }

  @Test
  void aNotAroundSomethingThatAlwaysHoldsCanNeverHold() {
    assertThat(problems(rules(rule("r", all(signal(SALES).gte(0.5),
        not(any(signal(TECH).lte(0.5), signal(COUNT).lte(1000)))))))).containsExactly(
        "rules[0] (r).when.all[1]: 'not' can never hold: the condition inside it holds whenever its signals "
            + "have values");
  }

  @Test
  void oneMistakeIsReportedOnceNotAgainByTheNodesAboveIt() {
    // the empty all would make the not unable to hold, but the empty all is the mistake to fix
    assertThat(problems(rules(rule("r", not(all())), rule("s", not(not(signal(SALES).gt(1)))))))
        .containsExactly(
            "rules[0] (r).when.not: empty 'all': it would always hold; give it at least one condition",
            "rules[1] (s).when.not.not: decisions.decidedBy.sales > 1 can never hold: the signal's range is [0, 1]");
  }

  @Test
  void warnsAboutComparisonsThatHoldOnTheWholeRange() {
    CompiledRuleSet<String> compiled = RuleCompiler.compile(rules(
        rule("sales-decides", all(signal(SALES).gte(0.4), signal(COUNT).gte(0))),
        rule("survey", all(signal(SURVEY).between(0, 10), signal(TECH).lt(0.5))),
        rule("known", signal(SALES).lte(1))), CATALOGUE);

    assertThat(compiled.warnings()).extracting(RuleProblem::toString).containsExactly(
        "rules[0] (sales-decides).when.all[1]: decisions.count >= 0 holds on the signal's whole range [0, 1000], "
            + "so it only tests that the signal has a value",
        "rules[1] (survey).when.all[0]: survey.mean in [0, 10] holds on the signal's whole range [1, 5], "
            + "so it only tests that the signal has a value",
        // a lone comparison: the comparison's warning says it all
        "rules[2] (known).when: decisions.decidedBy.sales <= 1 holds on the signal's whole range [0, 1], "
            + "so it only tests that the signal has a value");
    assertThat(compiled.warnings().get(0).pointer()).isEqualTo("/rules/0/when/all/1");
    assertThat(compiled).hasToString("CompiledRuleSet[3 rules over 4 signals, 3 warnings]");
  }

  @Test
  void warnsAboutARuleWhoseConditionAlwaysHolds() {
    // any(sales >= 0.4, sales <= 1): the second holds for every share, so the rule fires whenever sales has
    // a value; the rule's warning comes before the warning inside it
    assertThat(warnings(rules(rule("always", any(signal(SALES).gte(0.4), signal(SALES).lte(1)))))).containsExactly(
        "rules[0] (always).when: the condition holds whenever its signals have values, so the rule fires on "
            + "every input that has them",
        "rules[0] (always).when.any[1]: decisions.decidedBy.sales <= 1 holds on the signal's whole range [0, 1], "
            + "so it only tests that the signal has a value");
  }

  @Test
  void aDegenerateRangeMakesEveryReachableComparisonAlwaysHold() {
    SignalCatalogue fixed = SignalCatalogue.of(List.of(Signal.of("team.size", "Fixed team size", 3, 3)));
    CompiledRuleSet<String> compiled = RuleCompiler.compile(rules(rule("r", signal("team.size").eq(3))), fixed);
    assertThat(compiled.warnings()).extracting(RuleProblem::toString).containsExactly(
        "rules[0] (r).when: team.size = 3 holds on the signal's whole range [3, 3], so it only tests that "
            + "the signal has a value");
    assertThatThrownBy(() -> RuleCompiler.compile(rules(rule("r", signal("team.size").gt(3))), fixed))
        .hasMessageEndingWith("team.size > 3 can never hold: the signal's range is [3, 3]");
  }

  @Test
  void aCleanRuleSetHasNoWarnings() {
    CompiledRuleSet<String> compiled = RuleCompiler.compile(rules(
        rule("sales-decides", all(signal(SALES).gte(0.4), signal(COUNT).gte(5)))), CATALOGUE);
    assertThat(compiled.warnings()).isEmpty();
    assertThat(compiled.catalogue()).isSameAs(CATALOGUE);
    assertThat(compiled.ruleSet().rules()).hasSize(1);
  }

  @Test
  void problemsValidateTheirParts() {
    assertThat(new RuleProblem("rules[0] (r).when", "/rules/0/when", Optional.of(Id.of("r")), "bad"))
        .hasToString("rules[0] (r).when: bad");
    assertThatThrownBy(() -> new RuleProblem(" ", "", Optional.empty(), "bad"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("location must not be blank");
    assertThatThrownBy(() -> new RuleProblem("rules", "rules/0", Optional.empty(), "bad"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pointer must be empty or start with '/', was 'rules/0'");
    assertThatThrownBy(() -> new RuleSetException(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
