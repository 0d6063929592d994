package dev.mom.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The compiler's limits: rules per rule set and condition depth, each at the limit and one over, and a
 * condition built in Java far deeper than the limit reported as a problem instead of overflowing the stack.
 */
class RuleCompilerLimitsTest {

  static Condition notChain(int depth) {
    Condition condition = new Compare(Fixtures.SALES, Operator.GTE, 0.4, 0.4);
    for (int level = 0; level < depth; level++) {
      condition = Condition.not(condition);
    }
    return condition;
  }

  static List<String> problems(RuleSet<String> rules) {
    RuleSetException thrown = catchThrowableOfType(RuleSetException.class,
        () -> RuleCompiler.compile(rules, Fixtures.CATALOGUE));
    assertThat(thrown).as("over the limit must be rejected").isNotNull();
    return thrown.problems().stream().map(p -> p.pointer() + ": " + p.message()).toList();
  }

  @Test
  void conditionDepthAtTheLimitCompiles() {
    // 64 nots: an even number, so the condition is sales >= 0.4 again
    CompiledRuleSet<String> compiled =
        RuleCompiler.compile(Fixtures.rules(Fixtures.rule("deep", notChain(64))), Fixtures.CATALOGUE);

    assertThat(compiled.ruleSet().rules()).hasSize(1);
  }

  @Test
  void conditionDepthOverTheLimitIsAProblemAtTheCondition() {
    assertThat(problems(Fixtures.rules(Fixtures.rule("deep", notChain(65)))))
        .containsExactly("/rules/0/when: the condition nests all, any and not more than 64 levels deep");
  }

  @Test
  void aConditionAHundredThousandLevelsDeepIsAProblemNotAStackOverflow() {
    assertThat(problems(Fixtures.rules(Fixtures.rule("deep", notChain(100_000)))))
        .containsExactly("/rules/0/when: the condition nests all, any and not more than 64 levels deep");
  }

  @Test
  void rulesPerRuleSet() {
    List<Rule<String>> rules = new ArrayList<>();
    for (int r = 0; r < RuleCompiler.MAX_RULES; r++) {
      rules.add(Fixtures.rule("r" + r, new Compare(Fixtures.SALES, Operator.GTE, 0.4, 0.4)));
    }
    assertThat(RuleCompiler.compile(RuleSet.<String>builder().addAllRules(rules).build(), Fixtures.CATALOGUE).ruleSet().rules())
        .hasSize(10_000);

    rules.add(Fixtures.rule("one-more", new Compare(Fixtures.SALES, Operator.GTE, 0.4, 0.4)));
    assertThat(problems(RuleSet.<String>builder().addAllRules(rules).build()))
        .containsExactly("/rules: a rule set holds at most 10000 rules; this one has 10001");
  }
}
