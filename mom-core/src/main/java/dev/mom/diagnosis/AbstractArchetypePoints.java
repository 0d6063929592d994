package dev.mom.diagnosis;

import dev.mom.internal.Checks;
import dev.mom.model.Id;
import jakarta.validation.constraints.Positive;
import org.immutables.value.Value;

/**
 * The effect of a diagnosis rule: when the rule fires, {@link #points()} are added to an archetype's score.
 * In JSON: {@code "effect": {"archetype": "sales-led", "points": 3}}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractArchetypePoints {

  AbstractArchetypePoints() {}

  /**
   * Returns the effect.
   *
   * @param archetype the archetype's id
   * @param points the points, positive
   * @return the effect
   */
  public static ArchetypePoints of(String archetype, double points) {
    return ArchetypePoints.builder().archetype(Id.of(archetype)).points(points).build();
  }

  /** The archetype that gains the points. */
  public abstract Id archetype();

  /** How many points: positive and finite. */
  @Positive
  public abstract double points();

  @Value.Check
  void check() {
    Checks.finite(points(), "points");
    if (points() <= 0) {
      throw new IllegalArgumentException("points must be positive, was " + points());
    }
  }
}
