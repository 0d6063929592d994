package dev.mom.rules;

import dev.mom.internal.Numbers;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The observed values of one engine's signals for one input: for each signal of a {@link SignalCatalogue},
 * either a finite number or <em>no value</em> (the signal is missing for this input, e.g. the share of
 * decisions decided by sales when the decision log is empty). A comparison on a missing signal is
 * {@link Truth#UNKNOWN}, never silently false.
 *
 * <p>Values are stored by the signal's index in the catalogue, which is how a {@link CompiledRuleSet}
 * reads them. Every value is finite and within its signal's published {@code [min, max]} (the compiler's
 * range checks rely on that); NaN and the infinities are never stored: a missing value is explicit, not a
 * NaN. {@code -0.0} is stored as {@code 0.0}.
 *
 * <p>Built with {@link #builder(SignalCatalogue)}:
 * <pre>{@code
 * SignalValues values = SignalValues.builder(catalogue)
 *     .value("decisions.decidedBy.sales", 0.25)
 *     .missing("survey.mean")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Two instances are equal when their catalogues are equal and every signal
 * has the same value or is missing in both.
 */
public final class SignalValues {

  private final SignalCatalogue catalogue;
  /** Value per signal index; 0.0 where missing, so that equality can compare arrays. */
  private final double[] values;
  private final boolean[] present;

  private SignalValues(SignalCatalogue catalogue, double[] values, boolean[] present) {
    this.catalogue = catalogue;
    this.values = values;
    this.present = present;
  }

  /**
   * Starts values for the signals of a catalogue; every signal is missing until given a value.
   *
   * @param catalogue the engine's signal catalogue; not null
   * @return a new builder
   */
  public static Builder builder(SignalCatalogue catalogue) {
    return new Builder(Objects.requireNonNull(catalogue, "catalogue"));
  }

  /**
   * The catalogue whose signals these values are for.
   *
   * @return the catalogue
   */
  public SignalCatalogue catalogue() {
    return catalogue;
  }

  /**
   * The value of the signal at an index of the catalogue.
   *
   * @param index the signal's position in {@link SignalCatalogue#signals()}
   * @return the finite value, or empty if the signal is missing for this input
   * @throws IndexOutOfBoundsException if the catalogue has no signal at {@code index}
   */
  public OptionalDouble value(int index) {
    Objects.checkIndex(index, values.length);
    return present[index] ? OptionalDouble.of(values[index]) : OptionalDouble.empty();
  }

  /**
   * The value of a signal by name.
   *
   * @param name the signal's name; not null
   * @return the finite value, or empty if the signal is missing for this input
   * @throws IllegalArgumentException if the catalogue has no signal of that name
   */
  public OptionalDouble value(String name) {
    return value(indexOf(catalogue, name));
  }

  /** Whether the signal at {@code index} has a value; the index is valid (the compiler resolved it). */
  boolean has(int index) {
    return present[index];
  }

  /** The value at {@code index}; only meaningful if {@link #has(int)}. */
  double raw(int index) {
    return values[index];
  }

  private static int indexOf(SignalCatalogue catalogue, String name) {
    Objects.requireNonNull(name, "name");
    java.util.OptionalInt index = catalogue.indexOf(name);
    if (index.isEmpty()) {
      throw new IllegalArgumentException("unknown signal '" + name + "': the catalogue has no such signal");
    }
    return index.getAsInt();
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof SignalValues)) {
      return false;
    }
    SignalValues that = (SignalValues) other;
    return Arrays.equals(values, that.values)
        && Arrays.equals(present, that.present)
        && catalogue.equals(that.catalogue);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * catalogue.hashCode() + Arrays.hashCode(values)) + Arrays.hashCode(present);
  }

  /**
   * The values by name in catalogue order, missing ones shown as {@code —}, e.g.
   * {@code {decisions.decidedBy.sales=0.25, survey.mean=—}}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("{");
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        text.append(", ");
      }
      text.append(catalogue.signals().get(i).name()).append('=')
          .append(present[i] ? Numbers.format(values[i]) : "—");
    }
    return text.append('}').toString();
  }

  /**
   * Collects the values of one input, by signal name. Each signal is set at most once; a signal never set
   * is missing, exactly as if {@link #missing(String)} had been called for it.
   *
   * <p>Not thread-safe; use each builder from one thread.
   */
  public static final class Builder {
    private final SignalCatalogue catalogue;
    private final double[] values;
    private final boolean[] present;
    private final boolean[] set;

    private Builder(SignalCatalogue catalogue) {
      this.catalogue = catalogue;
      this.values = new double[catalogue.size()];
      this.present = new boolean[catalogue.size()];
      this.set = new boolean[catalogue.size()];
    }

    /**
     * Gives a signal its observed value.
     *
     * @param name the signal's name; not null
     * @param value the observed value; finite and within the signal's published {@code [min, max]} (a
     *     signal that cannot be computed for this input is {@link #missing(String) missing} instead)
     * @return this builder
     * @throws IllegalArgumentException if the catalogue has no such signal, or {@code value} is NaN,
     *     infinite or outside the signal's range; the message names the signal
     * @throws IllegalStateException if the signal was already set or declared missing
     */
    public Builder value(String name, double value) {
      int index = indexOf(catalogue, name);
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("signal " + name + " must be a finite number, was " + value
            + " (a signal without a value is declared missing instead)");
      }
      Signal signal = catalogue.signals().get(index);
      if (value < signal.min() || value > signal.max()) {
        throw new IllegalArgumentException("signal " + name + " is " + Numbers.format(value)
            + ", outside its published range [" + Numbers.format(signal.min()) + ", "
            + Numbers.format(signal.max()) + "]");
      }
      mark(index, name);
      values[index] = value == 0.0 ? 0.0 : value;
      present[index] = true;
      return this;
    }

    /**
     * Declares that a signal has no value for this input.
     *
     * @param name the signal's name; not null
     * @return this builder
     * @throws IllegalArgumentException if the catalogue has no such signal
     * @throws IllegalStateException if the signal was already set or declared missing
     */
    public Builder missing(String name) {
      mark(indexOf(catalogue, name), name);
      return this;
    }

    private void mark(int index, String name) {
      if (set[index]) {
        throw new IllegalStateException("signal " + name + " is already "
            + (present[index] ? "set to " + Numbers.format(values[index]) : "declared missing"));
      }
      set[index] = true;
    }

    /**
     * Returns the values collected so far; signals never set are missing. The builder may be used again
     * afterwards without affecting the returned values.
     *
     * @return the values
     */
    public SignalValues build() {
      return new SignalValues(catalogue, values.clone(), present.clone());
    }
  }
}
