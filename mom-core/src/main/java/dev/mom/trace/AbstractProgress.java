package dev.mom.trace;

import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A key result's progress, how it was computed, and its grade.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractProgress {

  AbstractProgress() {}

  /** How it was computed. */
  public abstract ProgressMethod method();

  /** The progress, after clamping when the policy clamps; finite. */
  public abstract double value();

  /** The progress before clamping; present only when clamping changed it. */
  public abstract OptionalDouble unclamped();

  /** The grade of {@link #value()} by the playbook's bands. */
  public abstract Grade grade();

  /** The computation in words and numbers (rounded to three decimals), e.g. {@code (45 − 30) ÷ (50 − 30) = 0.75}. */
  public abstract String explanation();
}
