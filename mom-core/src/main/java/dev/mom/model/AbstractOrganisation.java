package dev.mom.model;

import dev.mom.internal.Checks;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The client organisation whose product development is being transformed, e.g. Mikro: a 30-year-old
 * B2B software company with 300 partners and more than 100,000 customers, selling through dealers.
 *
 * <p>{@link #functions()} lists the functions (departments) the organisation has; evidence that names a
 * function the organisation does not have is invalid. An empty list means "not declared" and accepts
 * every function.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractOrganisation {

  AbstractOrganisation() {}

  /** The organisation's id. */
  public abstract Id id();

  /** The organisation's name, e.g. "Mikro Yazılım". */
  @NotBlank
  public abstract String name();

  /** A few sentences about the organisation, for reports. */
  public abstract Optional<String> description();

  /** The industry or sector, e.g. "B2B business software". */
  public abstract Optional<String> sector();

  /** The year the organisation was founded. */
  @Min(1000)
  @Max(9999)
  public abstract OptionalInt founded();

  /** The number of employees. */
  @Min(1)
  public abstract OptionalInt employees();

  /** The number of customers, e.g. 100,000 for Mikro. */
  @Min(0)
  public abstract OptionalInt customers();

  /** The number of sales or service partners (dealers), e.g. 300 for Mikro. */
  @Min(0)
  public abstract OptionalInt partners();

  /** The functions (departments) the organisation has, each once; empty means not declared. */
  public abstract List<Function> functions();

  /**
   * Tells whether evidence may name a function: true if the function is declared, or if no functions are.
   *
   * @param function the function; not null
   * @return whether the organisation has the function
   */
  public final boolean hasFunction(Function function) {
    return functions().isEmpty() || functions().contains(function);
  }

  @Value.Check
  void check() {
    Checks.notBlank(name(), "name");
    Checks.unique(functions(), f -> f, "functions", "");
    if (founded().isPresent() && (founded().getAsInt() < 1000 || founded().getAsInt() > 9999)) {
      throw new IllegalArgumentException("founded must be a year from 1000 to 9999, was " + founded().getAsInt());
    }
    if (employees().isPresent() && employees().getAsInt() < 1) {
      throw new IllegalArgumentException("employees must be at least 1, was " + employees().getAsInt());
    }
    if (customers().isPresent() && customers().getAsInt() < 0) {
      throw new IllegalArgumentException("customers must not be negative, was " + customers().getAsInt());
    }
    if (partners().isPresent() && partners().getAsInt() < 0) {
      throw new IllegalArgumentException("partners must not be negative, was " + partners().getAsInt());
    }
  }
}
