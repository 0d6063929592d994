package dev.mom.model;

import dev.mom.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A focus area of the current-situation mapping: one part of the organisation that a sub-group of the
 * task force maps, and by which gaps are presented. The set is defined by the playbook; the MOM case used
 * the four in {@link FocusAreas}.
 *
 * <p>Build with {@code FocusArea.builder()} or {@link FocusArea#of(Id, String)}. Immutable and
 * thread-safe; equality is by value.
 */
@Value.Immutable
public abstract class AbstractFocusArea {

  AbstractFocusArea() {}

  /**
   * Returns a focus area with the given id and name and no description.
   *
   * @param id the id; not null
   * @param name the display name; not blank
   * @return the focus area
   */
  public static FocusArea of(Id id, String name) {
    return FocusArea.builder().id(id).name(name).build();
  }

  /** The id by which indicators, concepts and gaps refer to this area. */
  public abstract Id id();

  /** The display name, e.g. "Data access and use". */
  @NotBlank
  public abstract String name();

  /** What the area covers, for reports and guides. */
  public abstract Optional<String> description();

  @Value.Check
  void check() {
    Checks.notBlank(name(), "name");
  }
}
