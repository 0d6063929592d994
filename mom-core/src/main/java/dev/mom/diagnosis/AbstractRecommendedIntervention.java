package dev.mom.diagnosis;

import dev.mom.model.Id;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An intervention recommended by a diagnosis, with how much of the diagnosis it addresses: the fired
 * rules of the pitfalls present (see {@link DominanceDiagnosis#pitfalls()}) whose archetype lists it. Recommendations are ranked by the number of those rules; then by
 * relevance, the best place the intervention takes in the lists of the archetypes it addresses (an
 * archetype lists its interventions most relevant first); then by the rules' points; then by the
 * catalogue's order.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractRecommendedIntervention {

  AbstractRecommendedIntervention() {}

  /** The intervention's id. */
  public abstract Id intervention();

  /** Its name. */
  public abstract String name();

  /** What it is. */
  public abstract String description();

  /** The source passage it rests on. */
  public abstract Optional<String> cites();

  /** The pitfall archetypes it addresses, in the model's order. */
  public abstract List<Id> archetypes();

  /** The fired rules it addresses, in rule order. */
  public abstract List<Id> rules();

  /** The points of those rules. */
  public abstract double points();
}
