package dev.mom.trace;

import dev.mom.model.Id;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Customer metrics in the OKRs (seed 003: customer metrics belong in goal setting and OKRs at every level):
 * how many objectives with key results have one naming customer behaviour, how many key results do, and
 * which objectives have only outputs.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractCustomerMetricCoverage {

  AbstractCustomerMetricCoverage() {}

  /** The objectives that have key results. */
  public abstract int objectives();

  /** Of those, the objectives with a key result naming customer behaviour. */
  public abstract int objectivesWithCustomerKeyResult();

  /** objectivesWithCustomerKeyResult ÷ objectives, in [0, 1]; absent when no objective has key results. */
  public abstract OptionalDouble objectiveRatio();

  /** The key results. */
  public abstract int keyResults();

  /** Of those, the key results naming customer behaviour. */
  public abstract int customerKeyResults();

  /** customerKeyResults ÷ keyResults, in [0, 1]; absent without key results. */
  public abstract OptionalDouble keyResultRatio();

  /** Of the key results, those that are not output-style. */
  public abstract int outcomeKeyResults();

  /** How many key results are tagged with each customer metric, by metric id in id order. */
  public abstract Map<Id, Integer> byMetric();

  /** The objectives with key results none of which names customer behaviour, in document order. */
  public abstract List<Id> withoutCustomerKeyResult();

  /** The objectives whose key results are all output-style, in document order. */
  public abstract List<Id> allOutputs();
}
