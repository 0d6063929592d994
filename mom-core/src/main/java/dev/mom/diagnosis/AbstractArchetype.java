package dev.mom.diagnosis;

import dev.mom.internal.Checks;
import dev.mom.model.Id;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.immutables.value.Value;

/**
 * Who drives product decisions: one of the four pitfalls of product culture (engineering-led, sales-led,
 * executive-led, product-led without customer insight), their counterpoint (customer-driven, the
 * {@linkplain #ideal() ideal}), or an archetype a consultant adds (e.g. marketing-led). Playbook data.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractArchetype {

  AbstractArchetype() {}

  /** The archetype's id, e.g. {@code sales-led}. */
  public abstract Id id();

  /** Its label for reports, e.g. "Sales-led". */
  @NotBlank
  public abstract String label();

  /** What happens in an organisation of this archetype. */
  @NotBlank
  public abstract String description();

  /** The consequence for the product, e.g. "the road map drifts outside strategy and real customer needs". */
  @NotBlank
  public abstract String consequence();

  /** Whether this is the ideal the transformation aims at (customer-driven) rather than a pitfall. */
  public abstract boolean ideal();

  /** The interventions that address this archetype, by id, most relevant first. */
  public abstract List<Id> interventions();

  @Value.Check
  void check() {
    Checks.notBlank(label(), "label");
    Checks.notBlank(description(), "description");
    Checks.notBlank(consequence(), "consequence");
    Checks.unique(interventions(), i -> i, "interventions", "");
  }
}
