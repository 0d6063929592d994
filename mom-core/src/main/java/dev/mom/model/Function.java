package dev.mom.model;

import java.util.List;
import java.util.Objects;

/**
 * A function of the organisation (a department or role family) that takes part in product decisions:
 * engineering, sales, executives, product management and so on.
 *
 * <p>The set is open: an organisation declares the functions it has, and any valid {@link Id} text
 * names one ({@code Function.of("dealer-network")}). The well-known functions of the MOM source texts are
 * constants. Equality is by id. Immutable and thread-safe.
 *
 * <p>Not to be confused with {@link java.util.function.Function}; import one of the two by its full name
 * where both are needed.
 */
public final class Function implements Comparable<Function> {

  /** Software development / engineering. */
  public static final Function ENGINEERING = new Function(Id.of("engineering"));
  /** Sales, including partner and dealer sales. */
  public static final Function SALES = new Function(Id.of("sales"));
  /** Senior leadership, the executives (the advisory board in the MOM case). */
  public static final Function EXECUTIVE = new Function(Id.of("executive"));
  /** Product management and product teams. */
  public static final Function PRODUCT = new Function(Id.of("product"));
  /** Marketing. */
  public static final Function MARKETING = new Function(Id.of("marketing"));
  /** Customer service: the people who hear customers' stories first. */
  public static final Function CUSTOMER_SERVICE = new Function(Id.of("customer-service"));
  /** Technical support. */
  public static final Function SUPPORT = new Function(Id.of("support"));
  /** Human resources. */
  public static final Function HR = new Function(Id.of("hr"));
  /** Data and analytics. */
  public static final Function DATA = new Function(Id.of("data"));

  private static final List<Function> WELL_KNOWN =
      List.of(ENGINEERING, SALES, EXECUTIVE, PRODUCT, MARKETING, CUSTOMER_SERVICE, SUPPORT, HR, DATA);

  private final Id id;

  private Function(Id id) {
    this.id = id;
  }

  /**
   * Returns the function with the given id; a well-known id returns its constant.
   *
   * @param id the function's id; not null
   * @return the function
   */
  public static Function of(Id id) {
    Objects.requireNonNull(id, "id");
    for (Function known : WELL_KNOWN) {
      if (known.id.equals(id)) {
        return known;
      }
    }
    return new Function(id);
  }

  /**
   * Returns the function with the given id text.
   *
   * @param id the function's id text; not null
   * @return the function
   * @throws IllegalArgumentException if {@code id} is not a valid {@link Id}
   */
  public static Function of(String id) {
    return of(Id.of(id));
  }

  /**
   * The functions named in the MOM source texts, in a fixed order: engineering, sales, executive,
   * product, marketing, customer-service, support, hr, data.
   *
   * @return an immutable list of the well-known functions
   */
  public static List<Function> wellKnown() {
    return WELL_KNOWN;
  }

  /**
   * The id of this function, e.g. {@code sales}.
   *
   * @return the id; never null
   */
  public Id id() {
    return id;
  }

  @Override
  public int compareTo(Function other) {
    return id.compareTo(other.id);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Function && ((Function) other).id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** Returns the id text of this function. */
  @Override
  public String toString() {
    return id.value();
  }
}
