package dev.mom.trace;

import dev.mom.model.Id;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * What the analysis says about one OKR objective: its anchor in the strategy, its key results, their
 * rolled-up progress with its grade and pace, and its customer metrics.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractObjectiveTrace {

  AbstractObjectiveTrace() {}

  /** The objective, by id. */
  public abstract Id objective();

  /** Committed or aspirational. */
  public abstract Commitment commitment();

  /** The strategic objective it is anchored to, directly or through its parents; absent when unanchored. */
  public abstract Optional<Id> anchor();

  /** Its key results, in order (duplicates of an earlier id left out). */
  public abstract List<Id> keyResults();

  /** How many of its key results a road-map item contributes to. */
  public abstract int supportedKeyResults();

  /** The roll-up used. */
  public abstract RollUp rollUp();

  /** The key results the roll-up counted: those with progress (and, weighted, a weight above 0). */
  public abstract List<Id> counted();

  /** The rolled-up progress; absent when no key result counts. */
  public abstract OptionalDouble progress();

  /** The grade of {@link #progress()}. */
  public abstract Optional<Grade> grade();

  /** The share of its period elapsed on the as-of day, in [0, 1]; absent without an as-of day or a period. */
  public abstract OptionalDouble expected();

  /** Its progress against {@link #expected()}. */
  public abstract Optional<Pace> pace();

  /** Whether one of its key results names customer behaviour. */
  public abstract boolean customerKeyResult();

  /** Whether it has key results and all are output-style. */
  public abstract boolean allOutputs();
}
