package dev.mom.examples.bench;

import dev.mom.model.Id;
import dev.mom.rules.CompiledRuleSet;
import dev.mom.rules.Compare;
import dev.mom.rules.Condition;
import dev.mom.rules.Evaluation;
import dev.mom.rules.Rule;
import dev.mom.rules.RuleCompiler;
import dev.mom.rules.RuleSet;
import dev.mom.rules.Signal;
import dev.mom.rules.SignalCatalogue;
import dev.mom.rules.SignalValues;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Evaluating a compiled rule set of 25 × scale rules over 60 signals (scale 4: the 100 rules of issue #11), each
 * rule an {@code all} or {@code any} of two to four comparisons on distinct signals, one in four negated, with
 * the full trace; against a loop over flat arrays that computes the same comparison outcomes and fired rules.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
public class RulesBenchmark {

  static final int SIGNALS = 60;

  @Param({"1", "2", "4"})
  int scale;

  CompiledRuleSet<Integer> compiled;
  SignalValues values;
  /** The baseline's rules: per rule, all (true) or any, negation per comparison, signal, operator and threshold. */
  boolean[] all;
  int[][] signal;
  boolean[][] greater;
  boolean[][] negated;
  double[][] threshold;
  double[] observed;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(11);
    List<Signal> signals = new ArrayList<>();
    for (int s = 0; s < SIGNALS; s++) {
      signals.add(Signal.of("signal.s" + s, "synthetic signal " + s, 0, 1));
    }
    SignalCatalogue catalogue = SignalCatalogue.of(signals);
    int rules = 25 * scale;
    all = new boolean[rules];
    signal = new int[rules][];
    greater = new boolean[rules][];
    negated = new boolean[rules][];
    threshold = new double[rules][];
    RuleSet.Builder<Integer> ruleSet = RuleSet.builder();
    for (int r = 0; r < rules; r++) {
      int terms = 2 + random.nextInt(3);
      all[r] = random.nextBoolean();
      signal[r] = new int[terms];
      greater[r] = new boolean[terms];
      negated[r] = new boolean[terms];
      threshold[r] = new double[terms];
      Condition[] conditions = new Condition[terms];
      int first = random.nextInt(SIGNALS);
      for (int t = 0; t < terms; t++) {
        signal[r][t] = (first + t * 7) % SIGNALS;
        greater[r][t] = random.nextBoolean();
        negated[r][t] = random.nextInt(4) == 0;
        threshold[r][t] = 0.1 + 0.8 * Math.rint(random.nextDouble() * 100) / 100;
        Compare.On on = Condition.signal("signal.s" + signal[r][t]);
        Condition compare = greater[r][t] ? on.gte(threshold[r][t]) : on.lt(threshold[r][t]);
        conditions[t] = negated[r][t] ? Condition.not(compare) : compare;
      }
      ruleSet.addRule(Rule.<Integer>builder().id(Id.of("rule-" + r)).description("synthetic rule " + r)
          .when(all[r] ? Condition.all(conditions) : Condition.any(conditions)).effect(r % 3 + 1).build());
    }
    compiled = RuleCompiler.compile(ruleSet.build(), catalogue);
    SignalValues.Builder builder = SignalValues.builder(catalogue);
    observed = new double[SIGNALS];
    for (int s = 0; s < SIGNALS; s++) {
      observed[s] = Math.rint(random.nextDouble() * 1000) / 1000;
      builder.value("signal.s" + s, observed[s]);
    }
    values = builder.build();
  }

  @Benchmark
  public Evaluation<Integer> engine() {
    return compiled.evaluate(values);
  }

  @Benchmark
  public boolean[][] handWrittenLoop() {
    boolean[][] outcomes = new boolean[signal.length + 1][];
    boolean[] fired = new boolean[signal.length];
    for (int r = 0; r < signal.length; r++) {
      int terms = signal[r].length;
      boolean[] held = new boolean[terms];
      boolean result = all[r];
      for (int t = 0; t < terms; t++) {
        double v = observed[signal[r][t]];
        boolean h = greater[r][t] ? v >= threshold[r][t] : v < threshold[r][t];
        h = negated[r][t] != h;
        held[t] = h;
        result = all[r] ? result && h : result || h;
      }
      outcomes[r] = held;
      fired[r] = result;
    }
    outcomes[signal.length] = fired;
    return outcomes;
  }
}
