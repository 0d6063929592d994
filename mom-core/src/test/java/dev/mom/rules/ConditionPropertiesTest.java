package dev.mom.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.mom.testing.RuleGenerators;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded properties of the three-valued semantics and of the compiled evaluator. */
class ConditionPropertiesTest {

  private static final String SEEDS = "dev.mom.testing.Seeds#seeds";

  @ParameterizedTest
  @MethodSource(SEEDS)
  void doubleNegationIsIdentity(long seed) {
    Random random = new Random(seed);
    SignalCatalogue catalogue = RuleGenerators.catalogue(random);
    Condition c = RuleGenerators.condition(random, catalogue, 3);
    SignalValues values = RuleGenerators.values(random, catalogue);

    assertThat(Reference.compiled(Condition.not(Condition.not(c)), values).truth())
        .as("seed %d: not(not(%s)) on %s", seed, c, values)
        .isEqualTo(Reference.compiled(c, values).truth());
  }

  @ParameterizedTest
  @MethodSource(SEEDS)
  void deMorganHolds(long seed) {
    Random random = new Random(seed);
    SignalCatalogue catalogue = RuleGenerators.catalogue(random);
    Condition a = RuleGenerators.condition(random, catalogue, 2);
    Condition b = RuleGenerators.condition(random, catalogue, 2);
    SignalValues values = RuleGenerators.values(random, catalogue);

    assertThat(Reference.compiled(Condition.not(Condition.all(a, b)), values).truth())
        .as("seed %d: not(all(a, b)) = any(not a, not b) for a=%s, b=%s on %s", seed, a, b, values)
        .isEqualTo(Reference.compiled(Condition.any(Condition.not(a), Condition.not(b)), values).truth());
    assertThat(Reference.compiled(Condition.not(Condition.any(a, b)), values).truth())
        .as("seed %d: not(any(a, b)) = all(not a, not b) for a=%s, b=%s on %s", seed, a, b, values)
        .isEqualTo(Reference.compiled(Condition.all(Condition.not(a), Condition.not(b)), values).truth());
  }

  @ParameterizedTest
  @MethodSource(SEEDS)
  void orderOfChildrenDoesNotMatter(long seed) {
    Random random = new Random(seed);
    SignalCatalogue catalogue = RuleGenerators.catalogue(random);
    List<Condition> children = new ArrayList<>();
    int count = 1 + random.nextInt(5);
    for (int i = 0; i < count; i++) {
      children.add(RuleGenerators.condition(random, catalogue, 2));
    }
    List<Condition> shuffled = new ArrayList<>(children);
    Collections.shuffle(shuffled, random);
    SignalValues values = RuleGenerators.values(random, catalogue);

    assertThat(Reference.compiled(new Condition.All(shuffled), values).truth())
        .as("seed %d: all of %s shuffled to %s on %s", seed, children, shuffled, values)
        .isEqualTo(Reference.compiled(new Condition.All(children), values).truth());
    assertThat(Reference.compiled(new Condition.Any(shuffled), values).truth())
        .as("seed %d: any of %s shuffled to %s on %s", seed, children, shuffled, values)
        .isEqualTo(Reference.compiled(new Condition.Any(children), values).truth());
  }

  @ParameterizedTest
  @MethodSource(SEEDS)
  void everyTraceNodeAgreesWithTheReference(long seed) {
    Random random = new Random(seed);
    SignalCatalogue catalogue = RuleGenerators.catalogue(random);
    Condition c = RuleGenerators.condition(random, catalogue, 4);
    SignalValues values = RuleGenerators.values(random, catalogue);

    checkNode(Reference.compiled(c, values), c, "when", values, seed);
  }

  /** The trace mirrors the condition node for node, with the reference's truth at every node. */
  private static void checkNode(ConditionTrace trace, Condition c, String path, SignalValues values, long seed) {
    String context = "seed " + seed + ": " + path + " = " + c + " on " + values;
    assertThat(trace.condition()).as(context).isSameAs(c);
    assertThat(trace.path()).as(context).isEqualTo(path);
    assertThat(trace.truth()).as(context).isEqualTo(Reference.truth(c, values));
    if (c instanceof Compare) {
      Compare compare = (Compare) c;
      OptionalDouble expected = values.value(compare.signal());
      assertThat(trace.kind()).as(context).isEqualTo(ConditionTrace.Kind.COMPARE);
      assertThat(trace.observed()).as(context).isEqualTo(expected);
      assertThat(trace.compare()).as(context).contains(compare);
      assertThat(trace.children()).as(context).isEmpty();
    } else if (c instanceof Condition.Not) {
      assertThat(trace.kind()).as(context).isEqualTo(ConditionTrace.Kind.NOT);
      assertThat(trace.children()).as(context).hasSize(1);
      checkNode(trace.children().get(0), ((Condition.Not) c).condition(), path + ".not", values, seed);
    } else {
      boolean all = c instanceof Condition.All;
      List<Condition> children = all ? ((Condition.All) c).conditions() : ((Condition.Any) c).conditions();
      assertThat(trace.kind()).as(context).isEqualTo(all ? ConditionTrace.Kind.ALL : ConditionTrace.Kind.ANY);
      assertThat(trace.children()).as(context).hasSize(children.size());
      for (int i = 0; i < children.size(); i++) {
        checkNode(trace.children().get(i), children.get(i), path + (all ? ".all[" : ".any[") + i + "]", values,
            seed);
      }
    }
  }

  @ParameterizedTest
  @MethodSource(SEEDS)
  void compiledRuleSetAgreesWithTheReference(long seed) {
    Random random = new Random(seed);
    SignalCatalogue catalogue = RuleGenerators.catalogue(random);
    RuleSet<String> ruleSet = RuleGenerators.compilableRuleSet(random, catalogue);
    SignalValues values = RuleGenerators.values(random, catalogue);

    CompiledRuleSet<String> compiled = RuleCompiler.compile(ruleSet, catalogue);
    Evaluation<String> evaluation = compiled.evaluate(values);
    assertThat(evaluation.outcomes()).as("seed %d", seed).hasSize(ruleSet.rules().size());
    List<String> expectedEffects = new ArrayList<>();
    for (int i = 0; i < ruleSet.rules().size(); i++) {
      Rule<String> rule = ruleSet.rules().get(i);
      RuleOutcome<String> outcome = evaluation.outcomes().get(i);
      Truth expected = Reference.truth(rule.when(), values);
      assertThat(outcome.truth()).as("seed %d: rule %s on %s", seed, rule.when(), values).isEqualTo(expected);
      assertThat(outcome.fired()).as("seed %d: rule %s", seed, rule.id()).isEqualTo(expected == Truth.TRUE);
      assertThat(outcome.rule()).as("seed %d", seed).isSameAs(rule);
      assertThat(evaluation.outcome(rule.id())).as("seed %d", seed).containsSame(outcome);
      if (expected == Truth.TRUE) {
        expectedEffects.add(rule.effect());
      }
    }
    assertThat(evaluation.effects()).as("seed %d: effects in declared order", seed).isEqualTo(expectedEffects);
  }

  @ParameterizedTest
  @MethodSource(SEEDS)
  void evaluationIsDeterministic(long seed) {
    Random random = new Random(seed);
    SignalCatalogue catalogue = RuleGenerators.catalogue(random);
    RuleSet<String> ruleSet = RuleGenerators.compilableRuleSet(random, catalogue);
    SignalValues values = RuleGenerators.values(random, catalogue);
    CompiledRuleSet<String> compiled = RuleCompiler.compile(ruleSet, catalogue);

    Evaluation<String> first = compiled.evaluate(values);
    Evaluation<String> again = compiled.evaluate(values);
    Evaluation<String> recompiled = RuleCompiler.compile(ruleSet, catalogue).evaluate(copy(values));

    assertThat(again).as("seed %d", seed).isEqualTo(first).hasSameHashCodeAs(first);
    assertThat(recompiled).as("seed %d", seed).isEqualTo(first).hasSameHashCodeAs(first);
    assertThat(recompiled.describe()).as("seed %d", seed).isEqualTo(first.describe());
  }

  private static SignalValues copy(SignalValues values) {
    SignalValues.Builder builder = SignalValues.builder(values.catalogue());
    for (int i = 0; i < values.catalogue().size(); i++) {
      String name = values.catalogue().signals().get(i).name();
      OptionalDouble value = values.value(i);
      if (value.isPresent()) {
        builder.value(name, value.getAsDouble());
      } else {
        builder.missing(name);
      }
    }
    return builder.build();
  }

  /** Kleene's logic is monotone: giving a missing signal a value never changes a TRUE or FALSE. */
  @ParameterizedTest
  @MethodSource(SEEDS)
  void fillingInMissingValuesOnlyResolvesUnknowns(long seed) {
    Random random = new Random(seed);
    SignalCatalogue catalogue = RuleGenerators.catalogue(random);
    Condition c = RuleGenerators.condition(random, catalogue, 3);
    SignalValues partial = RuleGenerators.values(random, catalogue);
    SignalValues.Builder fuller = SignalValues.builder(catalogue);
    for (Signal signal : catalogue.signals()) {
      OptionalDouble value = partial.value(signal.name());
      fuller.value(signal.name(), value.isPresent() ? value.getAsDouble() : RuleGenerators.value(random, signal));
    }
    SignalValues complete = fuller.build();

    Truth before = Reference.compiled(c, partial).truth();
    Truth after = Reference.compiled(c, complete).truth();
    assertThat(after).as("seed %d: %s on %s then %s", seed, c, partial, complete).isNotEqualTo(Truth.UNKNOWN);
    if (before != Truth.UNKNOWN) {
      assertThat(after).as("seed %d: %s on %s then %s", seed, c, partial, complete).isEqualTo(before);
    }
  }

  /** Any rule set either compiles or fails with located problems; nothing else is thrown. */
  @ParameterizedTest
  @MethodSource(SEEDS)
  void compilingFailsOnlyWithLocatedProblems(long seed) {
    Random random = new Random(seed);
    SignalCatalogue catalogue = RuleGenerators.catalogue(random);
    RuleSet<String> ruleSet = RuleGenerators.ruleSet(random, catalogue);
    String located = "rules\\[(\\d+)\\] \\((r\\1)\\)\\.when.*";
    assertThatCode(() -> {
      try {
        CompiledRuleSet<String> compiled = RuleCompiler.compile(ruleSet, catalogue);
        assertThat(compiled.warnings()).as("seed %d", seed)
            .allSatisfy(w -> assertThat(w.location()).matches(located));
      } catch (RuleSetException e) {
        assertThat(e.problems()).as("seed %d: %s", seed, e.getMessage()).isNotEmpty()
            .allSatisfy(p -> assertThat(p.location()).matches(located))
            .allSatisfy(p -> assertThat(p.pointer()).matches("/rules/\\d+/when(/(all|any)/\\d+|/not)*"));
        assertThat(e.getMessage().split("\n")).as("seed %d", seed).hasSize(e.problems().size() + 1);
      }
    }).as("seed %d: %s", seed, ruleSet).doesNotThrowAnyException();
  }

  /**
   * The compiler's interval reasoning is sound: a comparison it calls unreachable never holds on the
   * signal's range, one it calls always-holding always does, and two it calls contradictory never hold
   * together.
   */
  @ParameterizedTest
  @MethodSource(SEEDS)
  void intervalReasoningIsSound(long seed) {
    Random random = new Random(seed);
    SignalCatalogue catalogue = RuleGenerators.catalogue(random);
    Signal signal = catalogue.signals().get(0);
    SignalCatalogue one = SignalCatalogue.of(List.of(signal));
    Compare a = RuleGenerators.compare(random, one);
    Compare b = RuleGenerators.compare(random, one);
    Interval range = Interval.range(signal);
    for (int i = 0; i < 20; i++) {
      double x = RuleGenerators.value(random, signal);
      String context = "seed " + seed + ": " + a + ", " + b + " at " + x;
      if (!Interval.where(a).meets(range)) {
        assertThat(a.test(x)).as(context).isFalse();
      }
      if (Interval.where(a).contains(range)) {
        assertThat(a.test(x)).as(context).isTrue();
      }
      if (!Interval.where(a).meets(Interval.where(b))) {
        assertThat(a.test(x) && b.test(x)).as(context).isFalse();
      }
    }
  }

  /** A rule the compiler warns always fires does fire on every input that gives all signals a value. */
  @ParameterizedTest
  @MethodSource(SEEDS)
  void alwaysHoldsWarningsAreSound(long seed) {
    Random random = new Random(seed);
    SignalCatalogue catalogue = RuleGenerators.catalogue(random);
    RuleSet<String> ruleSet = RuleGenerators.compilableRuleSet(random, catalogue);
    CompiledRuleSet<String> compiled = RuleCompiler.compile(ruleSet, catalogue);
    SignalValues.Builder builder = SignalValues.builder(catalogue);
    for (Signal signal : catalogue.signals()) {
      builder.value(signal.name(), RuleGenerators.value(random, signal));
    }
    Evaluation<String> evaluation = compiled.evaluate(builder.build());
    for (RuleProblem warning : compiled.warnings()) {
      if (warning.pointer().endsWith("/when")) {
        RuleOutcome<String> outcome = evaluation.outcome(warning.ruleId().orElseThrow()).orElseThrow();
        assertThat(outcome.fired()).as("seed %d: %s\n%s", seed, warning, outcome).isTrue();
      }
    }
  }
}
