package dev.mom.trace;

import dev.mom.model.Id;
import org.immutables.value.Value;

/**
 * One filled cell of the item × key-result matrix.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractMatrixCell {

  AbstractMatrixCell() {}

  /** The road-map item (the row). */
  public abstract Id item();

  /** The key result (the column). */
  public abstract Id keyResult();

  /** The link. */
  public abstract LinkKind kind();
}
