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
import static dev.mom.rules.Fixtures.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mom.model.Id;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Evaluation of compiled rule sets: operators, ties, missing signals, traces and order. */
class EvaluationTest {

  /** Compiles {@code when} as the one rule of a set and evaluates it with {@code sales = observed}. */
  private static RuleOutcome<String> onSales(Condition when, double observed) {
    CompiledRuleSet<String> compiled = RuleCompiler.compile(rules(rule("r", when)), CATALOGUE);
    return compiled.evaluate(values().value(SALES, observed).build()).outcomes().get(0);
  }

  @ParameterizedTest(name = "{0} {1} with sales = {2}: {3}")
  @CsvSource({
    // threshold 0.4, observed just below, equal, just above: ties hold for gte/lte, not for gt/lt
    "gt, 0.4, 0.39, false", "gt, 0.4, 0.4, false", "gt, 0.4, 0.41, true",
    "gte, 0.4, 0.39, false", "gte, 0.4, 0.4, true", "gte, 0.4, 0.41, true",
    "lt, 0.4, 0.39, true", "lt, 0.4, 0.4, false", "lt, 0.4, 0.41, false",
    "lte, 0.4, 0.39, true", "lte, 0.4, 0.4, true", "lte, 0.4, 0.41, false",
    // eq holds within 1e-9: 0.4 + 0.9e-9 holds, 0.4 +- 1.1e-9 do not
    "eq, 0.4, 0.4, true", "eq, 0.4, 0.4000000009, true", "eq, 0.4, 0.3999999991, true",
    "eq, 0.4, 0.4000000011, false", "eq, 0.4, 0.3999999989, false"
  })
  void operators(String operator, double threshold, double observed, boolean holds) {
    Compare compare = new Compare(SALES, Operator.valueOf(operator.toUpperCase(java.util.Locale.ROOT)),
        threshold, threshold);
    RuleOutcome<String> outcome = onSales(compare, observed);
    assertThat(outcome.truth()).isEqualTo(Truth.of(holds));
    assertThat(outcome.fired()).isEqualTo(holds);
  }

  @Test
  void eqToleratesRoundingThatDefeatsGte() {
    // 0.7 - 0.3 is 0.39999999999999997 in binary floating point: not >= 0.4, but = 0.4 within 1e-9
    double share = 0.7 - 0.3;
    assertThat(share).isLessThan(0.4);
    assertThat(onSales(signal(SALES).gte(0.4), share).truth()).isEqualTo(Truth.FALSE);
    assertThat(onSales(signal(SALES).eq(0.4), share).truth()).isEqualTo(Truth.TRUE);
    // 2 of 5 decisions: exactly the double nearest 0.4
    assertThat(onSales(signal(SALES).eq(0.4), 2.0 / 5.0).truth()).isEqualTo(Truth.TRUE);
  }

  @ParameterizedTest(name = "sales in [0.2, 0.5] with sales = {0}: {1}")
  @CsvSource({"0.19999, false", "0.2, true", "0.35, true", "0.5, true", "0.50001, false"})
  void betweenIncludesBothEnds(double observed, boolean holds) {
    assertThat(onSales(signal(SALES).between(0.2, 0.5), observed).truth()).isEqualTo(Truth.of(holds));
  }

  @Test
  void aComparisonOnAMissingSignalIsUnknownAndDoesNotFire() {
    CompiledRuleSet<String> compiled = RuleCompiler.compile(rules(
        rule("sales", signal(SALES).gte(0.4)),
        rule("not-sales", not(signal(SALES).gte(0.4)))), CATALOGUE);

    Evaluation<String> evaluation = compiled.evaluate(values().missing(SALES).build());

    RuleOutcome<String> sales = evaluation.outcomes().get(0);
    assertThat(sales.truth()).isEqualTo(Truth.UNKNOWN);
    assertThat(sales.fired()).isFalse();
    assertThat(sales.trace().observed()).isEmpty();
    // not keeps UNKNOWN: a missing value is neither evidence for nor against
    assertThat(evaluation.outcomes().get(1).truth()).isEqualTo(Truth.UNKNOWN);
    assertThat(evaluation.fired()).isEmpty();
    assertThat(evaluation.describe()).isEqualTo(String.join("\n",
        "sales: not fired (unknown)",
        "  decisions.decidedBy.sales >= 0.4: no value → unknown",
        "not-sales: not fired (unknown)",
        "  not → unknown",
        "    decisions.decidedBy.sales >= 0.4: no value → unknown"));
  }

  @ParameterizedTest(name = "{0}(sales missing, tech {1}) = {2}")
  @CsvSource({
    // all: a FALSE child decides; else the missing one leaves it UNKNOWN
    "all, 0.1, FALSE", "all, 0.9, UNKNOWN",
    // any: a TRUE child decides; else the missing one leaves it UNKNOWN
    "any, 0.9, TRUE", "any, 0.1, UNKNOWN"
  })
  void aMissingSignalIsDecidedAroundWhenItCanBe(String node, double tech, Truth expected) {
    Condition missingSales = signal(SALES).gte(0.4);
    Condition techHigh = signal(TECH).gte(0.5);
    Condition when = node.equals("all") ? all(missingSales, techHigh) : any(missingSales, techHigh);
    CompiledRuleSet<String> compiled = RuleCompiler.compile(rules(rule("r", when)), CATALOGUE);

    assertThat(compiled.evaluate(values().value(TECH, tech).build()).outcomes().get(0).truth())
        .isEqualTo(expected);
  }

  @Test
  void emptyJunctionsAreTheIdentities() {
    // the compiler rejects them in rule sets; evaluated by hand they are all([]) = TRUE, any([]) = FALSE
    SignalValues none = values().build();
    assertThat(Reference.compiled(all(), none).truth()).isEqualTo(Truth.TRUE);
    assertThat(Reference.compiled(any(), none).truth()).isEqualTo(Truth.FALSE);
    assertThat(Reference.compiled(not(any()), none).truth()).isEqualTo(Truth.TRUE);
  }

  @Test
  void theTraceSaysWhichSubConditionFailed() {
    CompiledRuleSet<String> compiled = RuleCompiler.compile(rules(
        rule("sales-decides", all(signal(SALES).gte(0.4), signal(COUNT).gte(5))),
        rule("tech-decides", any(signal(TECH).gt(0.5), not(signal(SURVEY).between(1.5, 2.5))))), CATALOGUE);
    SignalValues values = values().value(SALES, 0.25).value(TECH, 0.75).value(COUNT, 12).value(SURVEY, 2.5)
        .build();

    Evaluation<String> evaluation = compiled.evaluate(values);

    // sales-decides: 0.25 >= 0.4 is false, 12 >= 5 is true, so all is false
    // tech-decides: 0.75 > 0.5 is true; 2.5 is in [1.5, 2.5] (ends included), so not is false; any is true
    RuleOutcome<String> salesDecides = evaluation.outcome(Id.of("sales-decides")).orElseThrow();
    ConditionTrace failed = salesDecides.trace().children().get(0);
    assertThat(failed.describe()).isEqualTo("decisions.decidedBy.sales >= 0.4: observed 0.25 → false");
    assertThat(failed.path()).isEqualTo("when.all[0]");
    assertThat(failed.kind()).isEqualTo(ConditionTrace.Kind.COMPARE);
    assertThat(failed.compare()).contains(signal(SALES).gte(0.4));
    assertThat(failed.observed()).isEqualTo(OptionalDouble.of(0.25));
    assertThat(salesDecides.trace().leaves()).extracting(ConditionTrace::truth)
        .containsExactly(Truth.FALSE, Truth.TRUE);
    assertThat(evaluation.describe()).isEqualTo(String.join("\n",
        "sales-decides: not fired (false)",
        "  all → false",
        "    decisions.decidedBy.sales >= 0.4: observed 0.25 → false",
        "    decisions.count >= 5: observed 12 → true",
        "tech-decides: fired",
        "  any → true",
        "    decisions.decidedBy.tech > 0.5: observed 0.75 → true",
        "    not → false",
        "      survey.mean in [1.5, 2.5]: observed 2.5 → true"));
    assertThat(evaluation.fired()).extracting(Rule::id).containsExactly(Id.of("tech-decides"));
    assertThat(evaluation.effects()).containsExactly("effect of tech-decides");
    assertThat(evaluation.values()).isSameAs(values);
  }

  @Test
  void rulesAreReportedInDeclaredOrder() {
    // three rules, the first and third fire: fired() and effects() keep declared order (the tie-break)
    CompiledRuleSet<String> compiled = RuleCompiler.compile(rules(
        rule("z-first", signal(SALES).gte(0.5)),
        rule("a-second", signal(SALES).lt(0.5)),
        rule("m-third", signal(TECH).lte(0.5))), CATALOGUE);

    Evaluation<String> evaluation = compiled.evaluate(values().value(SALES, 0.5).value(TECH, 0.5).build());

    assertThat(evaluation.outcomes()).extracting(RuleOutcome::index).containsExactly(0, 1, 2);
    assertThat(evaluation.fired()).extracting(Rule::id).containsExactly(Id.of("z-first"), Id.of("m-third"));
    assertThat(evaluation.effects()).containsExactly("effect of z-first", "effect of m-third");
    assertThat(evaluation.outcome(Id.of("a-second")).orElseThrow().index()).isEqualTo(1);
    assertThat(evaluation.outcome(Id.of("absent"))).isEmpty();
  }

  @Test
  void valuesOfAnotherCatalogueAreRejected() {
    CompiledRuleSet<String> compiled = RuleCompiler.compile(rules(rule("r", signal(SALES).gte(0.4))), CATALOGUE);
    SignalCatalogue fewer = SignalCatalogue.of(List.of(Signal.of(SALES, "Share decided by sales", 0, 1)));
    SignalCatalogue rescaled = SignalCatalogue.of(List.of(
        Signal.of(SALES, "Share of sampled decisions decided by sales", 0, 100),
        CATALOGUE.signals().get(1), CATALOGUE.signals().get(2), CATALOGUE.signals().get(3)));

    assertThatThrownBy(() -> compiled.evaluate(SignalValues.builder(fewer).value(SALES, 0.5).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the signal values are for another signal catalogue than the one this rule set was "
            + "compiled against (signals decisions.decidedBy.sales instead of signals decisions.decidedBy.sales, "
            + "decisions.decidedBy.tech, decisions.count, survey.mean)");
    assertThatThrownBy(() -> compiled.evaluate(SignalValues.builder(rescaled).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("(the same names with other meanings or ranges)");
    // an equal catalogue built separately is the same catalogue
    SignalCatalogue equal = SignalCatalogue.of(List.copyOf(CATALOGUE.signals()));
    assertThat(compiled.evaluate(SignalValues.builder(equal).value(SALES, 0.5).build()).fired()).hasSize(1);
  }

  @Test
  void anEmptyRuleSetEvaluatesToNothing() {
    CompiledRuleSet<String> compiled = RuleCompiler.compile(RuleSet.<String>builder().build(), CATALOGUE);
    Evaluation<String> evaluation = compiled.evaluate(values().build());
    assertThat(evaluation.outcomes()).isEmpty();
    assertThat(evaluation.describe()).isEmpty();
    assertThat(compiled).hasToString("CompiledRuleSet[0 rules over 4 signals, 0 warnings]");
  }
}
