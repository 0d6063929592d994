package dev.mom.diagnosis;

import dev.mom.model.Function;
import org.immutables.value.Value;

/**
 * The share of sampled decisions one function initiated or decided.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractFunctionShare {

  AbstractFunctionShare() {}

  /** The function. */
  public abstract Function function();

  /** Its share of the decisions, in [0, 1]. */
  public abstract double share();
}
