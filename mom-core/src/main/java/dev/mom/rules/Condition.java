package dev.mom.rules;

import java.util.List;

/**
 * When a rule holds: a tree of {@link All all}, {@link Any any} and {@link Not not} nodes over
 * {@link Compare comparisons} of named signals with numbers.
 *
 * <p>In JSON a condition is written {@code {"all": [...]}}, {@code {"any": [...]}}, {@code {"not": {...}}}
 * or {@code {"signal": "decisions.decidedBy.sales", "gte": 0.4}} (operators {@code gt}, {@code gte},
 * {@code lt}, {@code lte}, {@code eq}, {@code between: [low, high]}).
 *
 * <p>Semantics (three-valued, so that a signal without a value never silently counts as false):
 * <ul>
 *   <li>a comparison is {@code TRUE} or {@code FALSE} on an observed value, and {@code UNKNOWN} when the
 *       signal has no value for this input (for example the share of decisions decided by sales when the
 *       decision log is empty);
 *   <li>{@code not} swaps {@code TRUE} and {@code FALSE} and keeps {@code UNKNOWN};
 *   <li>{@code all} is {@code FALSE} if any child is, else {@code UNKNOWN} if any child is, else
 *       {@code TRUE}; so {@code all([])} is {@code TRUE};
 *   <li>{@code any} is {@code TRUE} if any child is, else {@code UNKNOWN} if any child is, else
 *       {@code FALSE}; so {@code any([])} is {@code FALSE};
 *   <li>a rule fires only when its condition is {@code TRUE}.
 * </ul>
 * These are Kleene's rules (see {@link Truth}); double negation and De Morgan's laws hold for them. The compiler rejects
 * empty {@code all}/{@code any} nodes in rule sets, so the empty cases matter only to code that builds
 * conditions by hand.
 *
 * <p>Implementations are immutable records, safe to share between threads.
 */
public sealed interface Condition permits Condition.All, Condition.Any, Condition.Not, Compare {

  /**
   * Accepts a visitor: calls the visitor method for this node's kind.
   *
   * @param visitor the visitor; not null
   * @param <R> what the visitor returns
   * @return what the visitor returned
   */
  <R> R accept(ConditionVisitor<R> visitor);

  /**
   * Returns the condition that holds when every one of {@code conditions} holds.
   *
   * @param conditions the children, in order; not null, no null element
   * @return the {@code all} node
   */
  static All all(Condition... conditions) {
    return new All(List.of(conditions));
  }

  /**
   * Returns the condition that holds when at least one of {@code conditions} holds.
   *
   * @param conditions the children, in order; not null, no null element
   * @return the {@code any} node
   */
  static Any any(Condition... conditions) {
    return new Any(List.of(conditions));
  }

  /**
   * Returns the condition that holds when {@code condition} does not.
   *
   * @param condition the negated condition; not null
   * @return the {@code not} node
   */
  static Not not(Condition condition) {
    return new Not(condition);
  }

  /**
   * Starts a comparison on a signal: {@code Condition.signal("decisions.decidedBy.sales").gte(0.4)}.
   *
   * @param name the signal's name; see {@link Signal#name()} for the allowed form
   * @return a builder of comparisons on that signal
   * @throws IllegalArgumentException if {@code name} is not a valid signal name
   */
  static Compare.On signal(String name) {
    return new Compare.On(name);
  }

  /**
   * Holds when every child holds.
   *
   * @param conditions the children in order; copied immutably
   */
  record All(List<Condition> conditions) implements Condition {
    /**
     * Creates the node.
     *
     * @param conditions the children in order; not null, no null element
     */
    public All {
      conditions = List.copyOf(conditions);
    }

    @Override
    public <R> R accept(ConditionVisitor<R> visitor) {
      return visitor.visitAll(this);
    }
  }

  /**
   * Holds when at least one child holds.
   *
   * @param conditions the children in order; copied immutably
   */
  record Any(List<Condition> conditions) implements Condition {
    /**
     * Creates the node.
     *
     * @param conditions the children in order; not null, no null element
     */
    public Any {
      conditions = List.copyOf(conditions);
    }

    @Override
    public <R> R accept(ConditionVisitor<R> visitor) {
      return visitor.visitAny(this);
    }
  }

  /**
   * Holds when its child does not (and is unknown when its child is).
   *
   * @param condition the negated condition
   */
  record Not(Condition condition) implements Condition {
    /**
     * Creates the node.
     *
     * @param condition the negated condition; not null
     */
    public Not {
      java.util.Objects.requireNonNull(condition, "condition");
    }

    @Override
    public <R> R accept(ConditionVisitor<R> visitor) {
      return visitor.visitNot(this);
    }
  }
}
