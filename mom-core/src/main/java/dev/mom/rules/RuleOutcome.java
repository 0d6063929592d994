package dev.mom.rules;

import java.util.Objects;

/**
 * How one rule came out for one input: the rule, whether it fired, and the trace of its condition.
 *
 * <p>A rule fires exactly when its condition is {@link Truth#TRUE}; {@code FALSE} and {@code UNKNOWN}
 * (a signal it needs has no value) both leave it silent, and the trace says which.
 *
 * <p>Created by {@link CompiledRuleSet#evaluate(SignalValues)}. Immutable and thread-safe (as long as the
 * effect type is); equal when index, rule and trace are equal.
 *
 * @param <E> the engine's effect type
 */
public final class RuleOutcome<E> {

  private final int index;
  private final Rule<E> rule;
  private final ConditionTrace trace;

  RuleOutcome(int index, Rule<E> rule, ConditionTrace trace) {
    this.index = index;
    this.rule = rule;
    this.trace = trace;
  }

  /**
   * The rule's position in its rule set, which is also its place in the order of evaluation.
   *
   * @return the index in {@link RuleSet#rules()}
   */
  public int index() {
    return index;
  }

  /**
   * The rule.
   *
   * @return the rule, as in the rule set
   */
  public Rule<E> rule() {
    return rule;
  }

  /**
   * What the rule's condition came out as.
   *
   * @return the truth of {@link Rule#when()} for the input
   */
  public Truth truth() {
    return trace.truth();
  }

  /**
   * Whether the rule fired, i.e. its condition is {@link Truth#TRUE}.
   *
   * @return {@code truth() == TRUE}
   */
  public boolean fired() {
    return trace.truth().isTrue();
  }

  /**
   * The trace of the rule's condition, node for node.
   *
   * @return the trace of {@link Rule#when()}, whose path is {@code when}
   */
  public ConditionTrace trace() {
    return trace;
  }

  /**
   * The outcome as text: a heading {@code sales-decides: fired}, {@code sales-decides: not fired (false)}
   * or {@code sales-decides: not fired (unknown)}, then the {@link ConditionTrace#describe() trace} indented
   * by two spaces.
   *
   * @return the text, without a final line break
   */
  public String describe() {
    StringBuilder text = new StringBuilder();
    describe(text);
    return text.toString();
  }

  void describe(StringBuilder text) {
    text.append(rule.id()).append(": ").append(fired() ? "fired" : "not fired (" + truth().id() + ")").append('\n');
    trace.describe(text, 1);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof RuleOutcome)) {
      return false;
    }
    RuleOutcome<?> that = (RuleOutcome<?>) other;
    return index == that.index && rule.equals(that.rule) && trace.equals(that.trace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, rule, trace);
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
