package dev.mom.testing;

import dev.mom.model.Id;
import dev.mom.rules.Compare;
import dev.mom.rules.Condition;
import dev.mom.rules.Operator;
import dev.mom.rules.Rule;
import dev.mom.rules.RuleCompiler;
import dev.mom.rules.RuleSet;
import dev.mom.rules.RuleSetException;
import dev.mom.rules.Signal;
import dev.mom.rules.SignalCatalogue;
import dev.mom.rules.SignalValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random rule-language values for property tests (see {@link Seeds}): signal catalogues,
 * conditions over a catalogue, rule sets and signal values with missing ones. Every method draws only
 * from the {@link Random} it is given, so a seed reproduces the value.
 *
 * <p>Numbers are drawn from a coarse grid over each signal's range (its ends, quarters and a few points just
 * beside them) so that observed values often <em>tie</em> with thresholds and land within the tolerance of
 * {@code eq}; the boundaries are where comparison bugs live.
 */
public final class RuleGenerators {

  private static final String[] NAMES = {
    "decisions.decidedBy.sales", "decisions.decidedBy.tech", "decisions.decidedBy.customer",
    "survey.mean", "survey.count", "interviews.share.pain", "okr.count", "gap.score"
  };

  private static final double[][] RANGES = {{0, 1}, {1, 5}, {0, 20}, {-1, 1}, {3, 3}, {0, 0.5}};

  private RuleGenerators() {}

  /**
   * A catalogue of 1 to 6 signals with distinct names and assorted ranges (including a degenerate
   * {@code [3, 3]}).
   *
   * @param random the source of randomness
   * @return the catalogue
   */
  public static SignalCatalogue catalogue(Random random) {
    int size = 1 + random.nextInt(6);
    List<Signal> signals = new ArrayList<>();
    int start = random.nextInt(NAMES.length);
    for (int i = 0; i < size; i++) {
      String name = i < NAMES.length ? NAMES[(start + i) % NAMES.length] : "signal" + i;
      double[] range = RANGES[random.nextInt(RANGES.length)];
      signals.add(Signal.of(name, "Generated signal " + i, range[0], range[1]));
    }
    return SignalCatalogue.of(signals);
  }

  /**
   * A condition tree over the catalogue's signals, at most {@code maxDepth} levels of {@code all},
   * {@code any} and {@code not} above the comparisons; {@code all} and {@code any} have 1 to 3 children.
   * About one threshold in ten lies outside its signal's range.
   *
   * @param random the source of randomness
   * @param catalogue the signals to compare; not empty
   * @param maxDepth the greatest nesting of {@code all}/{@code any}/{@code not}; 0 for a single comparison
   * @return the condition
   */
  public static Condition condition(Random random, SignalCatalogue catalogue, int maxDepth) {
    if (maxDepth <= 0 || random.nextInt(3) == 0) {
      return compare(random, catalogue);
    }
    switch (random.nextInt(3)) {
      case 0:
        return new Condition.All(children(random, catalogue, maxDepth - 1));
      case 1:
        return new Condition.Any(children(random, catalogue, maxDepth - 1));
      default:
        return Condition.not(condition(random, catalogue, maxDepth - 1));
    }
  }

  private static List<Condition> children(Random random, SignalCatalogue catalogue, int maxDepth) {
    int count = 1 + random.nextInt(3);
    List<Condition> children = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      children.add(condition(random, catalogue, maxDepth));
    }
    return children;
  }

  /**
   * A comparison of one of the catalogue's signals with thresholds from the signal's grid.
   *
   * @param random the source of randomness
   * @param catalogue the signals; not empty
   * @return the comparison
   */
  public static Compare compare(Random random, SignalCatalogue catalogue) {
    Signal signal = catalogue.signals().get(random.nextInt(catalogue.size()));
    Operator operator = Operator.values()[random.nextInt(Operator.values().length)];
    double value = threshold(random, signal);
    double upper = value;
    if (operator == Operator.BETWEEN) {
      double other = threshold(random, signal);
      upper = Math.max(value, other);
      value = Math.min(value, other);
    }
    return new Compare(signal.name(), operator, value, upper);
  }

  /**
   * A threshold for a signal: one of {@code min + k (max - min) / 4} for {@code k = 0..4}, or (one time in
   * ten) a point a quarter of the range, or 1 if the range is a point, beyond either end.
   *
   * @param random the source of randomness
   * @param signal the signal
   * @return a finite threshold
   */
  public static double threshold(Random random, Signal signal) {
    double width = signal.max() - signal.min();
    if (random.nextInt(10) == 0) {
      double step = width > 0 ? width / 4 : 1;
      return random.nextBoolean() ? signal.min() - step : signal.max() + step;
    }
    return signal.min() + random.nextInt(5) * width / 4;
  }

  /**
   * Values for every signal of the catalogue: about one in four missing; the others a grid point of the
   * range, a grid point moved by half of {@link Compare#EQ_TOLERANCE} (kept in the range), or uniform in
   * the range.
   *
   * @param random the source of randomness
   * @param catalogue the signals
   * @return the values
   */
  public static SignalValues values(Random random, SignalCatalogue catalogue) {
    SignalValues.Builder builder = SignalValues.builder(catalogue);
    for (Signal signal : catalogue.signals()) {
      if (random.nextInt(4) == 0) {
        builder.missing(signal.name());
      } else {
        builder.value(signal.name(), value(random, signal));
      }
    }
    return builder.build();
  }

  /**
   * A value in a signal's range, often on a grid point (a tie with generated thresholds) or just beside one.
   *
   * @param random the source of randomness
   * @param signal the signal
   * @return a finite value in {@code [min, max]}
   */
  public static double value(Random random, Signal signal) {
    double width = signal.max() - signal.min();
    double grid = signal.min() + random.nextInt(5) * width / 4;
    switch (random.nextInt(3)) {
      case 0:
        return grid;
      case 1:
        double nudged = grid + (random.nextBoolean() ? 0.5 : -0.5) * Compare.EQ_TOLERANCE;
        return Math.min(signal.max(), Math.max(signal.min(), nudged));
      default:
        return Math.min(signal.max(), signal.min() + random.nextDouble() * width);
    }
  }

  /**
   * A rule set of 0 to 5 rules with distinct ids {@code r0, r1, ...}, conditions up to three levels deep,
   * and the rule's id as its effect. It may not compile: thresholds may lie outside the range and
   * {@code all}s may contradict themselves.
   *
   * @param random the source of randomness
   * @param catalogue the signals the conditions compare
   * @return the rule set
   */
  public static RuleSet<String> ruleSet(Random random, SignalCatalogue catalogue) {
    int size = random.nextInt(6);
    RuleSet.Builder<String> builder = RuleSet.builder();
    for (int i = 0; i < size; i++) {
      builder.addRule(rule(i, condition(random, catalogue, 3)));
    }
    return builder.build();
  }

  /**
   * A rule set like {@link #ruleSet(Random, SignalCatalogue)} that {@link RuleCompiler} accepts: each
   * rule's condition is drawn again (up to 50 times, then replaced by a comparison with the signal's
   * midpoint) until the rule compiles on its own. Since rules share no problems beyond duplicate ids,
   * which are distinct here, the whole set compiles.
   *
   * @param random the source of randomness
   * @param catalogue the signals the conditions compare
   * @return a rule set that compiles against {@code catalogue}
   */
  public static RuleSet<String> compilableRuleSet(Random random, SignalCatalogue catalogue) {
    int size = random.nextInt(6);
    RuleSet.Builder<String> builder = RuleSet.builder();
    for (int i = 0; i < size; i++) {
      Rule<String> rule = null;
      for (int attempt = 0; attempt < 50 && rule == null; attempt++) {
        Rule<String> candidate = rule(i, condition(random, catalogue, 3));
        try {
          RuleCompiler.compile(RuleSet.<String>builder().addRule(candidate).build(), catalogue);
          rule = candidate;
        } catch (RuleSetException e) {
          // draw again
        }
      }
      if (rule == null) {
        Signal signal = catalogue.signals().get(0);
        rule = rule(i, Condition.signal(signal.name()).gte((signal.min() + signal.max()) / 2));
      }
      builder.addRule(rule);
    }
    return builder.build();
  }

  private static Rule<String> rule(int index, Condition when) {
    return Rule.<String>builder()
        .id(Id.of("r" + index))
        .description("Generated rule " + index)
        .when(when)
        .effect("effect of r" + index)
        .build();
  }
}
