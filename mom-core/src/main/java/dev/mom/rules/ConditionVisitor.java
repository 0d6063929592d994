package dev.mom.rules;

/**
 * An operation over the closed set of {@link Condition} nodes (Java 17 has no pattern {@code switch}).
 *
 * @param <R> what the operation returns
 */
public interface ConditionVisitor<R> {

  /**
   * Visits an {@code all} node.
   *
   * @param all the node; not null
   * @return the result for the node
   */
  R visitAll(Condition.All all);

  /**
   * Visits an {@code any} node.
   *
   * @param any the node; not null
   * @return the result for the node
   */
  R visitAny(Condition.Any any);

  /**
   * Visits a {@code not} node.
   *
   * @param not the node; not null
   * @return the result for the node
   */
  R visitNot(Condition.Not not);

  /**
   * Visits a comparison.
   *
   * @param compare the comparison; not null
   * @return the result for the comparison
   */
  R visitCompare(Compare compare);
}
