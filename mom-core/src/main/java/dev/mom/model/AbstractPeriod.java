package dev.mom.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A span of calendar days, both ends included: a strategy year, an OKR quarter, a survey wave.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractPeriod {

  AbstractPeriod() {}

  /**
   * Returns the period from {@code start} to {@code end}, both included, without a label.
   *
   * @param start the first day; not null
   * @param end the last day, not before {@code start}; not null
   * @return the period
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public static Period of(LocalDate start, LocalDate end) {
    return Period.builder().start(start).end(end).build();
  }

  /**
   * Returns the calendar year {@code year}, labelled with its number (e.g. "2021").
   *
   * @param year the year, e.g. 2021
   * @return 1 January to 31 December of that year
   */
  public static Period year(int year) {
    return Period.builder().start(LocalDate.of(year, 1, 1)).end(LocalDate.of(year, 12, 31))
        .label(Integer.toString(year)).build();
  }

  /** The first day of the period. */
  public abstract LocalDate start();

  /** The last day of the period; not before {@link #start()}. */
  public abstract LocalDate end();

  /** A short name for reports, e.g. "2021" or "2021-Q3". */
  public abstract Optional<String> label();

  /**
   * Tells whether a day falls within this period, both ends included.
   *
   * @param day the day; not null
   * @return true if {@code start <= day <= end}
   */
  public final boolean contains(LocalDate day) {
    return !day.isBefore(start()) && !day.isAfter(end());
  }

  /**
   * Tells whether this period lies wholly within another.
   *
   * @param other the enclosing period; not null
   * @return true if both ends of this period are in {@code other}
   */
  public final boolean isWithin(Period other) {
    return other.contains(start()) && other.contains(end());
  }

  @Value.Check
  void check() {
    if (end().isBefore(start())) {
      throw new IllegalArgumentException("end " + end() + " is before start " + start());
    }
    if (label().isPresent() && label().get().isBlank()) {
      throw new IllegalArgumentException("label must not be blank when given");
    }
  }
}
