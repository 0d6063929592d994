package dev.mom.trace;

import dev.mom.model.Id;
import org.immutables.value.Value;

/**
 * A road-map item's link to a key result: whether the item contributes to it (counted) or supports it
 * (informational).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractKeyResultLink {

  AbstractKeyResultLink() {}

  /**
   * A contributing link to a key result.
   *
   * @param keyResult the key result's id; not null
   * @return the link
   */
  public static KeyResultLink contributes(Id keyResult) {
    return KeyResultLink.builder().keyResult(keyResult).build();
  }

  /**
   * A supporting (informational) link to a key result.
   *
   * @param keyResult the key result's id; not null
   * @return the link
   */
  public static KeyResultLink supports(Id keyResult) {
    return KeyResultLink.builder().keyResult(keyResult).kind(LinkKind.SUPPORTS).build();
  }

  /** The key result, by id. */
  public abstract Id keyResult();

  /** How the item relates to the key result; default {@link LinkKind#CONTRIBUTES}. */
  @Value.Default
  public LinkKind kind() {
    return LinkKind.CONTRIBUTES;
  }
}
