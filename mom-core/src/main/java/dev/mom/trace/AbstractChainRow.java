package dev.mom.trace;

import dev.mom.model.Id;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thread of the chain gap → concept → road-map item → key result → objective → strategic objective.
 * Missing links are absent; {@link #breaks()} classifies each broken hop in chain order.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractChainRow {

  AbstractChainRow() {}

  /** The gap (indicator or focus-area id) the concept addresses. */
  public abstract Optional<Id> gap();

  /** The concept the item realises. */
  public abstract Optional<Id> concept();

  /** The road-map item. */
  public abstract Optional<Id> item();

  /** The key result the item contributes to. */
  public abstract Optional<Id> keyResult();

  /** The OKR objective the key result belongs to. */
  public abstract Optional<Id> objective();

  /** The strategic objective the OKR objective is anchored to, directly or through its parents. */
  public abstract Optional<Id> strategicObjective();

  /** The broken hops, classified, in chain order (gap end first); empty for a complete row from item to strategy. */
  public abstract List<ChainBreak> breaks();

  /**
   * The first broken hop in chain order.
   *
   * @return the first break, or empty if there is none
   */
  public final Optional<ChainBreak> firstBreak() {
    return breaks().isEmpty() ? Optional.empty() : Optional.of(breaks().get(0));
  }

  /**
   * Whether the row is a full chain: every level from gap to strategic objective is present.
   *
   * @return true if no link is missing
   */
  public final boolean isComplete() {
    return gap().isPresent() && concept().isPresent() && item().isPresent() && keyResult().isPresent()
        && objective().isPresent() && strategicObjective().isPresent();
  }
}
