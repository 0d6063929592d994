package dev.mom.model;

import dev.mom.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A focus area of the current-situation mapping: one part of the organisation that a sub-group of the
 * task force maps, and by which gaps are presented. The set is defined by the playbook; the MOM case used
 * the four constants below.
 *
 * <p>Build with {@code FocusArea.builder()} or {@link FocusArea#of(Id, String)}. Immutable and
 * thread-safe; equality is by value.
 */
@Value.Immutable
public abstract class AbstractFocusArea {

  /** How the organisation finds, shares and uses data about its customers. */
  public static final FocusArea DATA_ACCESS_AND_USE =
      FocusArea.of(Id.of("data-access-and-use"), "Data access and use");
  /** How departments cooperate, and the working culture around customers. */
  public static final FocusArea COOPERATION_AND_WORKING_CULTURE =
      FocusArea.of(Id.of("cooperation-and-working-culture"), "Cooperation and working culture");
  /** How products are managed and developed, from idea to release. */
  public static final FocusArea PRODUCT_MANAGEMENT_AND_DEVELOPMENT =
      FocusArea.of(Id.of("product-management-and-development"), "Product management and development");
  /** The corporate strategy and how it reaches plans and decisions. */
  public static final FocusArea CORPORATE_STRATEGY =
      FocusArea.of(Id.of("corporate-strategy"), "Corporate strategy");

  AbstractFocusArea() {}

  /**
   * The four focus areas of the MOM case, in the order the case presents them.
   *
   * @return an immutable list
   */
  public static List<FocusArea> defaults() {
    return List.of(DATA_ACCESS_AND_USE, COOPERATION_AND_WORKING_CULTURE,
        PRODUCT_MANAGEMENT_AND_DEVELOPMENT, CORPORATE_STRATEGY);
  }

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
