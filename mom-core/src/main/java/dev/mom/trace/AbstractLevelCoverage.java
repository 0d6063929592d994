package dev.mom.trace;

import dev.mom.model.Id;
import java.util.List;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * How much of one level of the chain is traced onward:
 * <ul>
 *   <li>{@link ChainLevel#GAP gaps} (the distinct gap ids of concepts not dropped): addressed by a concept
 *       that a road-map item realises;
 *   <li>{@link ChainLevel#CONCEPT concepts} not dropped: realised by a road-map item;
 *   <li>{@link ChainLevel#ITEM road-map items} not exempt: contribute to a key result;
 *   <li>{@link ChainLevel#KEY_RESULT key results}: a road-map item contributes to them;
 *   <li>{@link ChainLevel#OBJECTIVE objectives}: anchored to a strategic objective;
 *   <li>{@link ChainLevel#STRATEGIC_OBJECTIVE strategic objectives}: an objective is anchored to them.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractLevelCoverage {

  AbstractLevelCoverage() {}

  /** The level. */
  public abstract ChainLevel level();

  /** How many elements of the level are covered. */
  public abstract int covered();

  /** How many elements the level has. */
  public abstract int total();

  /** covered ÷ total, in [0, 1]; absent when the level has no elements. */
  public abstract OptionalDouble ratio();

  /** The elements not covered, in document order. */
  public abstract List<Id> uncovered();
}
