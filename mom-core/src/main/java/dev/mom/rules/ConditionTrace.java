package dev.mom.rules;

import dev.mom.internal.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How one node of a rule's condition came out for one input: a tree that mirrors the {@link Condition}
 * node for node, so that "which sub-condition failed?" is always answered by the result.
 *
 * <p>Every node has its {@link #kind() kind}, its {@link #truth() truth} and its {@link #path() path} in the
 * rule ({@code when}, {@code when.all[1]}, {@code when.not}, with the names used in JSON and in
 * {@link RuleProblem} locations). A comparison ({@link Kind#COMPARE}) also has the {@link #compare()
 * comparison} it tested (signal name, operator and threshold or thresholds) and the {@link #observed()
 * observed value}, or none when the signal is missing for this input; its truth is then
 * {@link Truth#UNKNOWN}. Every child is evaluated (no short-circuit), so the trace shows every comparison.
 *
 * <p>{@link #describe()} prints the tree, one node a line, indented by depth:
 * <pre>
 * all → false
 *   decisions.decidedBy.sales &gt;= 0.4: observed 0.25 → false
 *   decisions.count &gt;= 5: observed 12 → true
 * </pre>
 *
 * <p>Created by {@link CompiledRuleSet#evaluate(SignalValues)}. Immutable and thread-safe; equal when kind,
 * condition, path, truth, observed value and children are equal.
 */
public final class ConditionTrace {

  /** The kind of a condition node, named as in JSON. */
  public enum Kind {
    /** An {@link Condition.All all} node. */
    ALL,
    /** An {@link Condition.Any any} node. */
    ANY,
    /** A {@link Condition.Not not} node. */
    NOT,
    /** A {@link Compare comparison} of a signal with a threshold. */
    COMPARE;

    /**
     * The kind as written in traces: {@code all}, {@code any}, {@code not} or {@code compare}.
     *
     * @return the lowercase name
     */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Kind kind;
  private final Condition condition;
  private final String path;
  private final Truth truth;
  private final List<ConditionTrace> children;
  private final OptionalDouble observed;

  ConditionTrace(
      Kind kind,
      Condition condition,
      String path,
      Truth truth,
      List<ConditionTrace> children,
      OptionalDouble observed) {
    this.kind = kind;
    this.condition = condition;
    this.path = path;
    this.truth = truth;
    this.children = children;
    this.observed = observed;
  }

  /**
   * The kind of this node.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The condition node this trace is about.
   *
   * @return the node, as written in the rule
   */
  public Condition condition() {
    return condition;
  }

  /**
   * Where this node is in its rule: {@code when} for the rule's whole condition, then {@code .all[i]},
   * {@code .any[i]} and {@code .not} down the tree, e.g. {@code when.all[1]}.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * What this node came out as for the input.
   *
   * @return the truth
   */
  public Truth truth() {
    return truth;
  }

  /**
   * The traces of this node's children, in the order of the condition's children; a {@code not} has one,
   * a comparison none.
   *
   * @return the immutable list of child traces
   */
  public List<ConditionTrace> children() {
    return children;
  }

  /**
   * The comparison this node tested, for {@link Kind#COMPARE} nodes: the signal's name, the operator and
   * the threshold (or the ends of a {@code between}).
   *
   * @return the comparison, or empty for {@code all}, {@code any} and {@code not} nodes
   */
  public Optional<Compare> compare() {
    return condition instanceof Compare ? Optional.of((Compare) condition) : Optional.empty();
  }

  /**
   * The signal's observed value, for {@link Kind#COMPARE} nodes.
   *
   * @return the finite value, or empty if the signal is missing for this input or this is not a comparison
   */
  public OptionalDouble observed() {
    return observed;
  }

  /**
   * The comparisons under (or at) this node, in document order.
   *
   * @return the leaf traces; an immutable list
   */
  public List<ConditionTrace> leaves() {
    List<ConditionTrace> leaves = new ArrayList<>();
    collectLeaves(leaves);
    return List.copyOf(leaves);
  }

  private void collectLeaves(List<ConditionTrace> leaves) {
    if (kind == Kind.COMPARE) {
      leaves.add(this);
    }
    for (ConditionTrace child : children) {
      child.collectLeaves(leaves);
    }
  }

  /**
   * This node and everything under it as text, one node a line, children indented by two spaces more than
   * their parent. A comparison reads {@code decisions.decidedBy.sales >= 0.4: observed 0.25 → false}, or
   * {@code ...: no value → unknown} for a missing signal; other nodes read {@code all → false}. Numbers are
   * printed exactly (shortest form that reads back as the same double; whole numbers without a fraction).
   *
   * @return the text, without a final line break
   */
  public String describe() {
    StringBuilder text = new StringBuilder();
    describe(text, 0);
    return text.toString();
  }

  void describe(StringBuilder text, int depth) {
    text.append("  ".repeat(depth));
    if (kind == Kind.COMPARE) {
      text.append(condition).append(": ")
          .append(observed.isPresent() ? "observed " + Numbers.format(observed.getAsDouble()) : "no value");
    } else {
      text.append(kind.id());
    }
    text.append(" → ").append(truth.id());
    for (ConditionTrace child : children) {
      text.append('\n');
      child.describe(text, depth + 1);
    }
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ConditionTrace)) {
      return false;
    }
    ConditionTrace that = (ConditionTrace) other;
    return kind == that.kind
        && truth == that.truth
        && path.equals(that.path)
        && observed.equals(that.observed)
        && condition.equals(that.condition)
        && children.equals(that.children);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, truth, path, observed, condition, children);
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
