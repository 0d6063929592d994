package dev.mom.rules;

import dev.mom.model.Id;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A {@link RuleSet} checked and compiled against a {@link SignalCatalogue} by
 * {@link RuleCompiler#compile(RuleSet, SignalCatalogue)}: every signal name is resolved to its index once,
 * so evaluation reads arrays and never looks a name up.
 *
 * <p><b>Semantics</b> of {@link #evaluate(SignalValues)} (Kleene's three-valued logic, see {@link Condition}
 * and {@link Truth}):
 * <ul>
 *   <li>a comparison on a signal without a value is {@link Truth#UNKNOWN}; {@code not} keeps
 *       {@code UNKNOWN}; {@code all} is {@code FALSE} if a child is, else {@code UNKNOWN} if a child is, else
 *       {@code TRUE}; {@code any} is {@code TRUE} if a child is, else {@code UNKNOWN} if a child is, else
 *       {@code FALSE}. An empty {@code all} would be {@code TRUE} and an empty {@code any} {@code FALSE},
 *       but the compiler rejects both;
 *   <li>ties with a threshold: an observed value equal to the threshold satisfies {@code gte}, {@code lte}
 *       and both ends of {@code between}, not {@code gt} or {@code lt}; {@code eq} holds within
 *       {@link Compare#EQ_TOLERANCE} of the threshold;
 *   <li>a rule fires only when its condition is {@code TRUE};
 *   <li>every node is evaluated (no short-circuit), so the trace shows every comparison;
 *   <li>rules are evaluated independently of each other and reported in declared order, which is the
 *       stable tie-break engines use when effects are otherwise equal (the earlier rule first).
 * </ul>
 *
 * <p>Immutable and thread-safe (as long as the effect type is): one instance may evaluate many inputs on
 * many threads at once.
 *
 * @param <E> the engine's effect type
 */
public final class CompiledRuleSet<E> {

  private final RuleSet<E> ruleSet;
  private final SignalCatalogue catalogue;
  private final CompiledCondition[] conditions;
  private final List<RuleProblem> warnings;
  private final Map<Id, Integer> indexById;

  CompiledRuleSet(RuleSet<E> ruleSet, SignalCatalogue catalogue, CompiledCondition[] conditions,
      List<RuleProblem> warnings, Map<Id, Integer> indexById) {
    this.ruleSet = ruleSet;
    this.catalogue = catalogue;
    this.conditions = conditions;
    this.warnings = warnings;
    this.indexById = indexById;
  }

  /**
   * The rule set as written.
   *
   * @return the rule set that was compiled
   */
  public RuleSet<E> ruleSet() {
    return ruleSet;
  }

  /**
   * The catalogue the rules were compiled against; {@link #evaluate(SignalValues)} takes values of this
   * catalogue only.
   *
   * @return the catalogue
   */
  public SignalCatalogue catalogue() {
    return catalogue;
  }

  /**
   * Doubtful but legal spots found while compiling (see {@link RuleCompiler}), in document order.
   *
   * @return the immutable list of warnings; empty when there are none
   */
  public List<RuleProblem> warnings() {
    return warnings;
  }

  /**
   * Evaluates every rule, in declared order, on one input's signal values.
   *
   * @param values the values of this rule set's {@linkplain #catalogue() catalogue}; not null
   * @return the outcome and trace of every rule, in declared order
   * @throws IllegalArgumentException if {@code values} belong to a catalogue that is not equal to this rule
   *     set's catalogue
   * @throws NullPointerException if {@code values} is null
   */
  public Evaluation<E> evaluate(SignalValues values) {
    SignalCatalogue theirs = values.catalogue();
    if (theirs != catalogue && !theirs.equals(catalogue)) {
      String ours = names(catalogue);
      String other = names(theirs);
      throw new IllegalArgumentException("the signal values are for another signal catalogue than the one "
          + "this rule set was compiled against (" + (other.equals(ours)
              ? "the same names with other meanings or ranges" : other + " instead of " + ours) + ")");
    }
    List<Rule<E>> rules = ruleSet.rules();
    List<RuleOutcome<E>> outcomes = new ArrayList<>(conditions.length);
    for (int i = 0; i < conditions.length; i++) {
      outcomes.add(new RuleOutcome<>(i, rules.get(i), conditions[i].evaluate(values)));
    }
    return new Evaluation<>(values, Collections.unmodifiableList(outcomes), indexById);
  }

  private static String names(SignalCatalogue catalogue) {
    StringBuilder text = new StringBuilder("signals ");
    List<Signal> signals = catalogue.signals();
    for (int i = 0; i < signals.size() && i < 5; i++) {
      text.append(i == 0 ? "" : ", ").append(signals.get(i).name());
    }
    if (signals.size() > 5) {
      text.append(", … (").append(signals.size()).append(" in all)");
    }
    return signals.isEmpty() ? "no signals" : text.toString();
  }

  /**
   * A short description, e.g. {@code CompiledRuleSet[3 rules over 5 signals, 1 warning]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "CompiledRuleSet[" + conditions.length + " rules over " + catalogue.size() + " signals, "
        + warnings.size() + (warnings.size() == 1 ? " warning]" : " warnings]");
  }
}
