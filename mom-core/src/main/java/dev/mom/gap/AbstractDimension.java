package dev.mom.gap;

import dev.mom.internal.Checks;
import dev.mom.model.Id;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A group of gap indicators that belong together across focus areas and levels, e.g. "Leadership and
 * strategy" or "Measurement and incentives"; gaps are also rolled up per dimension.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractDimension {

  AbstractDimension() {}

  /**
   * Returns a dimension with an id and a name and no description.
   *
   * @param id the id text; a valid {@link Id}
   * @param name the display name; not blank
   * @return the dimension
   */
  public static Dimension of(String id, String name) {
    return Dimension.builder().id(Id.of(id)).name(name).build();
  }

  /** The id by which indicators name the dimension. */
  public abstract Id id();

  /** The display name. */
  @NotBlank
  public abstract String name();

  /** What the dimension covers. */
  public abstract Optional<String> description();

  @Value.Check
  void check() {
    Checks.notBlank(name(), "name");
  }
}
