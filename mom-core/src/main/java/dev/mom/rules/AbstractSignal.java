package dev.mom.rules;

import dev.mom.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A named number an engine derives from its input, that rules can test: the share of decisions decided by
 * sales, the mean answer to a survey item, the share of interviews carrying a code. Each engine publishes
 * its signals in a {@link SignalCatalogue} with their meaning and range.
 *
 * <p>A signal name is one or more segments joined by {@code .}; a segment starts with a letter and
 * continues with letters, digits, {@code -} or {@code _}; at most {@value #MAX_NAME_LENGTH} characters,
 * e.g. {@code decisions.decidedBy.sales}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractSignal {

  /** The longest signal name, in characters. */
  public static final int MAX_NAME_LENGTH = 128;

  /** The pattern every signal name matches, as a regular expression. */
  public static final String NAME_PATTERN = "[A-Za-z][A-Za-z0-9_-]*(\\.[A-Za-z0-9][A-Za-z0-9_-]*)*";

  private static final java.util.regex.Pattern COMPILED = java.util.regex.Pattern.compile(NAME_PATTERN);

  AbstractSignal() {}

  /**
   * Returns a signal with the given name, meaning and range.
   *
   * @param name the name; see the class comment for its form
   * @param meaning what the number means, in a sentence
   * @param min the lowest value the engine can derive
   * @param max the highest value the engine can derive, not below {@code min}
   * @return the signal
   * @throws IllegalArgumentException if the name is invalid, the meaning blank, or the range empty
   */
  public static Signal of(String name, String meaning, double min, double max) {
    return Signal.builder().name(name).meaning(meaning).min(min).max(max).build();
  }

  /**
   * Checks the form of a signal name.
   *
   * @param name the name; not null
   * @throws IllegalArgumentException naming the rejected text if the form is wrong
   */
  static void checkName(String name) {
    Objects.requireNonNull(name, "signal");
    if (name.length() > MAX_NAME_LENGTH || !COMPILED.matcher(name).matches()) {
      String shown = name.length() > 80 ? name.substring(0, 80) + "…" : name;
      throw new IllegalArgumentException("invalid signal name '" + shown + "': use segments joined by '.', "
          + "each starting with a letter or digit (the first with a letter) and continuing with letters, "
          + "digits, '-' or '_', at most " + MAX_NAME_LENGTH + " characters");
    }
  }

  /** The signal's name, e.g. {@code decisions.decidedBy.sales}. */
  @Pattern(regexp = NAME_PATTERN)
  public abstract String name();

  /** What the number means, e.g. "Share of sampled decisions decided by sales". */
  @NotBlank
  public abstract String meaning();

  /** The lowest value the engine can derive. */
  public abstract double min();

  /** The highest value the engine can derive; not below {@link #min()}. */
  public abstract double max();

  @Value.Check
  void check() {
    checkName(name());
    Checks.notBlank(meaning(), "meaning");
    Checks.finite(min(), "min");
    Checks.finite(max(), "max");
    if (max() < min()) {
      throw new IllegalArgumentException("signal " + name() + " has min " + min() + " above max " + max());
    }
  }
}
