package dev.mom.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.mom.model.Id;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz test for the rule compiler: rule sets whose ids, condition trees (up to 80 levels, past
 * {@link RuleCompiler#MAX_CONDITION_DEPTH}), signal names, operators and thresholds come from the fuzzer.
 * Building a comparison may refuse its values with an {@link IllegalArgumentException}; compiling ends in a
 * {@link CompiledRuleSet} or a {@link RuleSetException}; a compiled rule set evaluates any values of its
 * catalogue without throwing, and its trace agrees with what fired. No other exception, no
 * {@link StackOverflowError}.
 *
 * <p>In the normal build this runs once per seed in
 * {@code src/test/resources/dev/mom/rules/RuleCompilerFuzzTestInputs/compileAndEvaluate/}; {@code JAZZER_FUZZ=1}
 * makes it fuzz (see the README).
 */
class RuleCompilerFuzzTest {

  /** Two signals with ranges of different shapes, and a degenerate one. */
  static final SignalCatalogue CATALOGUE = SignalCatalogue.of(List.of(
      Signal.of("decisions.decidedBy.sales", "Share of decisions by sales", 0, 1),
      Signal.of("survey.mean", "Mean survey answer", 1, 5),
      Signal.of("okr.count", "Number of key results", 3, 3)));

  static final String[] NAMES = {"decisions.decidedBy.sales", "survey.mean", "okr.count", "decisions.decidedBy.sale"};

  @FuzzTest(maxDuration = "5m")
  void compileAndEvaluate(FuzzedDataProvider data) {
    RuleSet.Builder<String> builder = RuleSet.builder();
    int rules = data.consumeInt(0, 6);
    try {
      for (int r = 0; r < rules; r++) {
        String id = data.consumeBoolean() ? "r" + r : "r" + data.consumeInt(0, 2);
        builder.addRule(Rule.<String>builder().id(Id.of(id)).description("Rule " + r)
            .when(condition(data, data.consumeInt(0, 80))).effect("effect " + r).build());
      }
    } catch (IllegalArgumentException refused) {
      return; // a comparison or rule set refused the fuzzer's values, naming them: the declared outcome
    }
    CompiledRuleSet<String> compiled;
    try {
      compiled = RuleCompiler.compile(builder.build(), CATALOGUE);
    } catch (RuleSetException rejected) {
      assertThat(rejected.problems()).isNotEmpty();
      return;
    }
    SignalValues.Builder values = SignalValues.builder(CATALOGUE);
    for (Signal signal : CATALOGUE.signals()) {
      if (data.consumeBoolean()) {
        values.missing(signal.name());
      } else {
        values.value(signal.name(), signal.min() + (signal.max() - signal.min()) * data.consumeProbabilityDouble());
      }
    }
    Evaluation<String> evaluation = compiled.evaluate(values.build());
    assertThat(evaluation.fired()).hasSizeLessThanOrEqualTo(rules);
  }

  /** A condition at most {@code depth} levels of all, any and not deep, shaped by the fuzzer. */
  static Condition condition(FuzzedDataProvider data, int depth) {
    int kind = depth <= 0 ? 3 : data.consumeInt(0, 3);
    switch (kind) {
      case 0:
      case 1: {
        List<Condition> children = new ArrayList<>();
        int count = data.consumeInt(0, 3);
        for (int c = 0; c < count; c++) {
          children.add(condition(data, depth - 1));
        }
        return kind == 0 ? new Condition.All(children) : new Condition.Any(children);
      }
      case 2:
        return Condition.not(condition(data, depth - 1));
      default: {
        Operator operator = data.pickValue(Operator.values());
        double low = data.consumeDouble();
        double high = operator == Operator.BETWEEN ? data.consumeDouble() : low;
        return new Compare(data.pickValue(NAMES), operator, low, high);
      }
    }
  }
}
