package dev.mom.model;

import java.util.List;

/**
 * The four levels of the MOM case's Theory of Change, lowest first.
 *
 * <p>The constants are immutable values; this class holds them apart from {@link ChangeLevel} itself so that
 * initialising them can never deadlock with another thread building a {@code ChangeLevel}.
 */
public final class ChangeLevels {

  /** Level 1: daily actions rest on customer data, not assumptions. */
  public static final ChangeLevel UNDERSTANDING_THE_CUSTOMER =
      ChangeLevel.of(Id.of("understanding-the-customer"), "Understanding the customer", 1);
  /** Level 2: customers' needs are heard continuously and products follow. */
  public static final ChangeLevel CUSTOMER_CENTRIC_PRODUCT_DEVELOPMENT =
      ChangeLevel.of(Id.of("customer-centric-product-development"), "Customer-centric product development", 2);
  /** Level 3: future needs are anticipated and answered proactively. */
  public static final ChangeLevel CUSTOMER_CENTRIC_INNOVATION =
      ChangeLevel.of(Id.of("customer-centric-innovation"), "Customer-centric innovation", 3);
  /** Level 4: the customer outlook is part of every process. */
  public static final ChangeLevel CUSTOMER_CENTRIC_ORGANISATION =
      ChangeLevel.of(Id.of("customer-centric-organisation"), "Customer-centric organisation", 4);

  private ChangeLevels() {}

  /**
   * The four Theory-of-Change levels of the MOM case, lowest first.
   *
   * @return an immutable list ordered by rank
   */
  public static List<ChangeLevel> defaults() {
    return List.of(UNDERSTANDING_THE_CUSTOMER, CUSTOMER_CENTRIC_PRODUCT_DEVELOPMENT,
        CUSTOMER_CENTRIC_INNOVATION, CUSTOMER_CENTRIC_ORGANISATION);
  }
}
