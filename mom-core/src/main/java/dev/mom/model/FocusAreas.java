package dev.mom.model;

import java.util.List;

/**
 * The four focus areas in which the MOM case mapped the current situation and presented its gaps.
 *
 * <p>The constants are immutable values; this class holds them apart from {@link FocusArea} itself so that
 * initialising them can never deadlock with another thread building a {@code FocusArea}.
 */
public final class FocusAreas {

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

  private FocusAreas() {}

  /**
   * The four focus areas of the MOM case, in the order the case presents them.
   *
   * @return an immutable list
   */
  public static List<FocusArea> defaults() {
    return List.of(DATA_ACCESS_AND_USE, COOPERATION_AND_WORKING_CULTURE,
        PRODUCT_MANAGEMENT_AND_DEVELOPMENT, CORPORATE_STRATEGY);
  }
}
