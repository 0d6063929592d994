package dev.mom.rules;

import dev.mom.internal.Checks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The signals one engine publishes, in a fixed order. The position of a signal in {@link #signals()} is
 * its index in compiled rule sets and in {@link SignalValues}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractSignalCatalogue {

  AbstractSignalCatalogue() {}

  /**
   * Returns a catalogue of the given signals, in that order.
   *
   * @param signals the signals; names must be unique
   * @return the catalogue
   * @throws IllegalArgumentException if two signals share a name
   */
  public static SignalCatalogue of(List<Signal> signals) {
    return SignalCatalogue.builder().addAllSignals(signals).build();
  }

  /** The signals, each name once, in the order that fixes their indices. */
  public abstract List<Signal> signals();

  @Value.Derived
  @Value.Auxiliary
  Map<String, Integer> indexByName() {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < signals().size(); i++) {
      index.put(signals().get(i).name(), i);
    }
    return Map.copyOf(index);
  }

  /**
   * The index of a signal.
   *
   * @param name the signal's name; not null
   * @return its position in {@link #signals()}, or empty if the catalogue has no such signal
   */
  public final OptionalInt indexOf(String name) {
    Integer index = indexByName().get(name);
    return index == null ? OptionalInt.empty() : OptionalInt.of(index);
  }

  /**
   * Finds a signal by name.
   *
   * @param name the signal's name; not null
   * @return the signal, or empty if the catalogue has no such signal
   */
  public final Optional<Signal> signal(String name) {
    OptionalInt index = indexOf(name);
    return index.isPresent() ? Optional.of(signals().get(index.getAsInt())) : Optional.empty();
  }

  /**
   * The number of signals.
   *
   * @return the size of {@link #signals()}
   */
  public final int size() {
    return signals().size();
  }

  @Value.Check
  void check() {
    Checks.unique(signals(), Signal::name, "signals", "name");
  }
}
