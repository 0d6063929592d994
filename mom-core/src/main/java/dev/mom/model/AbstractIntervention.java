package dev.mom.model;

import dev.mom.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A product-culture intervention a consultant can recommend and cite: Product 2.0, a common customer
 * dictionary, insight-tool pilots, the Listen&amp;Tell dialogue ritual, road-map-to-OKR mapping, and others
 * from the MOM source texts. The catalogue is playbook data; engines point to interventions by id.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractIntervention {

  AbstractIntervention() {}

  /** The intervention's id, e.g. {@code product-2-0}. */
  public abstract Id id();

  /** Its name, e.g. "Product 2.0". */
  @NotBlank
  public abstract String name();

  /** What it is and how it is run. */
  @NotBlank
  public abstract String description();

  /** The source passage it rests on. */
  public abstract Optional<String> cites();

  @Value.Check
  void check() {
    Checks.notBlank(name(), "name");
    Checks.notBlank(description(), "description");
  }
}
