package dev.mom.model;

import dev.mom.internal.Checks;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A level of the Theory of Change. Levels are ordered by {@link #rank()}: each builds on the one before,
 * so an organisation reaches a level only when it also holds the levels below it. The set is defined by
 * the playbook; the MOM case used the four in {@link ChangeLevels}.
 *
 * <p>Immutable and thread-safe; equality is by value.
 */
@Value.Immutable
public abstract class AbstractChangeLevel {

  AbstractChangeLevel() {}

  /**
   * Returns a level with the given id, name and rank and no description.
   *
   * @param id the id; not null
   * @param name the display name; not blank
   * @param rank the position, 1 for the lowest level
   * @return the level
   * @throws IllegalArgumentException if {@code rank} is below 1 or {@code name} is blank
   */
  public static ChangeLevel of(Id id, String name, int rank) {
    return ChangeLevel.builder().id(id).name(name).rank(rank).build();
  }

  /** The id by which indicators and outcomes refer to this level. */
  public abstract Id id();

  /** The display name, e.g. "Understanding the customer". */
  @NotBlank
  public abstract String name();

  /** The position in the Theory of Change: 1 for the lowest level, higher levels build on lower ones. */
  @Min(1)
  public abstract int rank();

  /** What reaching this level means, for reports and guides. */
  public abstract Optional<String> description();

  @Value.Check
  void check() {
    Checks.notBlank(name(), "name");
    if (rank() < 1) {
      throw new IllegalArgumentException("rank must be 1 or more, was " + rank());
    }
  }
}
