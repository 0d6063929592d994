package dev.mom.rules;

import dev.mom.model.Id;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of evaluating a compiled rule set on one input: for every rule, in declared order, whether
 * it fired and the trace of its condition.
 *
 * <p><b>Order and ties.</b> Rules are evaluated independently of each other (no rule sees another's
 * effect), and every list here is in the rules' declared order. That order is the stable tie-break
 * engines rely on: when an engine must choose between effects that are otherwise equal (two archetypes
 * with the same points, say), the effect of the earlier-declared rule comes first.
 *
 * <p>Created by {@link CompiledRuleSet#evaluate(SignalValues)}. Immutable and thread-safe (as long as the
 * effect type is); equal when the values and all outcomes are equal.
 *
 * @param <E> the engine's effect type
 */
public final class Evaluation<E> {

  private final SignalValues values;
  private final List<RuleOutcome<E>> outcomes;
  private final Map<Id, Integer> indexById;

  Evaluation(SignalValues values, List<RuleOutcome<E>> outcomes, Map<Id, Integer> indexById) {
    this.values = values;
    this.outcomes = outcomes;
    this.indexById = indexById;
  }

  /**
   * The signal values the rules were evaluated on.
   *
   * @return the values
   */
  public SignalValues values() {
    return values;
  }

  /**
   * The outcome of every rule, fired or not, in declared order.
   *
   * @return the immutable list of outcomes, one per rule
   */
  public List<RuleOutcome<E>> outcomes() {
    return outcomes;
  }

  /**
   * The rules that fired, in declared order.
   *
   * @return an immutable list
   */
  public List<Rule<E>> fired() {
    List<Rule<E>> fired = new ArrayList<>();
    for (RuleOutcome<E> outcome : outcomes) {
      if (outcome.fired()) {
        fired.add(outcome.rule());
      }
    }
    return List.copyOf(fired);
  }

  /**
   * The effects of the rules that fired, in declared order: the order in which engines apply them and
   * break ties.
   *
   * @return an immutable list
   */
  public List<E> effects() {
    List<E> effects = new ArrayList<>();
    for (RuleOutcome<E> outcome : outcomes) {
      if (outcome.fired()) {
        effects.add(outcome.rule().effect());
      }
    }
    return List.copyOf(effects);
  }

  /**
   * The outcome of one rule.
   *
   * @param id the rule's id; not null
   * @return the outcome, or empty if the rule set has no rule with that id
   */
  public Optional<RuleOutcome<E>> outcome(Id id) {
    Integer index = indexById.get(Objects.requireNonNull(id, "id"));
    return index == null ? Optional.empty() : Optional.of(outcomes.get(index));
  }

  /**
   * Every outcome as text ({@link RuleOutcome#describe()}), in declared order, one after the other.
   *
   * @return the text, without a final line break; empty for an empty rule set
   */
  public String describe() {
    StringBuilder text = new StringBuilder();
    for (RuleOutcome<E> outcome : outcomes) {
      if (text.length() > 0) {
        text.append('\n');
      }
      outcome.describe(text);
    }
    return text.toString();
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Evaluation)) {
      return false;
    }
    Evaluation<?> that = (Evaluation<?>) other;
    return values.equals(that.values) && outcomes.equals(that.outcomes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(values, outcomes);
  }

  /**
   * The same text as {@link #describe()}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return describe();
  }
}
