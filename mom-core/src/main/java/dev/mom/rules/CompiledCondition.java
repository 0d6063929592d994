package dev.mom.rules;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A condition node with its signal resolved to an index of the catalogue, so that evaluation reads an
 * array and never looks a name up. Immutable and thread-safe; evaluation keeps its state on the stack.
 */
abstract class CompiledCondition {

  final Condition source;
  /** The node's path in its rule, e.g. {@code when.all[1]}; computed once at compile time. */
  final String path;

  CompiledCondition(Condition source, String path) {
    this.source = source;
    this.path = path;
  }

  /**
   * Evaluates this node and every node under it (no short-circuit, so the trace is complete).
   *
   * @param values values of the catalogue this node was compiled against
   * @return the trace of this node
   */
  abstract ConditionTrace evaluate(SignalValues values);

  /** A comparison of the signal at {@code index} with the source's threshold(s). */
  static final class CompareNode extends CompiledCondition {
    private final Compare compare;
    private final int index;

    CompareNode(Compare compare, String path, int index) {
      super(compare, path);
      this.compare = compare;
      this.index = index;
    }

    @Override
    ConditionTrace evaluate(SignalValues values) {
      if (!values.has(index)) {
        return new ConditionTrace(
            ConditionTrace.Kind.COMPARE, source, path, Truth.UNKNOWN, List.of(), OptionalDouble.empty());
      }
      double observed = values.raw(index);
      return new ConditionTrace(ConditionTrace.Kind.COMPARE, source, path, Truth.of(compare.test(observed)),
          List.of(), OptionalDouble.of(observed));
    }
  }

  /** Kleene negation of one child. */
  static final class NotNode extends CompiledCondition {
    private final CompiledCondition child;

    NotNode(Condition.Not source, String path, CompiledCondition child) {
      super(source, path);
      this.child = child;
    }

    @Override
    ConditionTrace evaluate(SignalValues values) {
      ConditionTrace inner = child.evaluate(values);
      return new ConditionTrace(ConditionTrace.Kind.NOT, source, path, inner.truth().not(), List.of(inner),
          OptionalDouble.empty());
    }
  }

  /** Kleene conjunction ({@code all}) or disjunction ({@code any}) of the children, in order. */
  static final class JunctionNode extends CompiledCondition {
    private final boolean conjunction;
    private final CompiledCondition[] children;

    JunctionNode(Condition source, String path, boolean conjunction, CompiledCondition[] children) {
      super(source, path);
      this.conjunction = conjunction;
      this.children = children;
    }

    @Override
    ConditionTrace evaluate(SignalValues values) {
      ConditionTrace[] traces = new ConditionTrace[children.length];
      // identities: all([]) is TRUE, any([]) is FALSE
      Truth truth = conjunction ? Truth.TRUE : Truth.FALSE;
      for (int i = 0; i < children.length; i++) {
        traces[i] = children[i].evaluate(values);
        truth = conjunction ? truth.and(traces[i].truth()) : truth.or(traces[i].truth());
      }
      return new ConditionTrace(conjunction ? ConditionTrace.Kind.ALL : ConditionTrace.Kind.ANY, source, path,
          truth, List.of(traces), OptionalDouble.empty());
    }
  }
}
