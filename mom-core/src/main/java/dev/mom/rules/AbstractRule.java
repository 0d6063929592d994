package dev.mom.rules;

import dev.mom.internal.Checks;
import dev.mom.model.Id;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One piece of an engine's knowledge as data: <em>when</em> a condition over signals holds, an
 * <em>effect</em> follows. The effect's type belongs to the engine that uses the rule (the diagnosis
 * engine's rules add points to archetypes, for example).
 *
 * <p>In JSON: {@code {"id": "sales-decides", "description": "...", "when": {...}, "effect": {...},
 * "cites": "000: sales decide what to build ..."}}.
 *
 * <p>Immutable and thread-safe (as long as the effect type is).
 *
 * @param <E> the engine's effect type
 */
@Value.Immutable
public abstract class AbstractRule<E> {

  AbstractRule() {}

  /** The rule's id, unique within its rule set; traces and overrides refer to it. */
  public abstract Id id();

  /** What the rule says, in a sentence a consultant would write. */
  @NotBlank
  public abstract String description();

  /** When the rule fires. */
  public abstract Condition when();

  /** What follows when the rule fires; its meaning is defined by the engine using the rule. */
  public abstract E effect();

  /** The source passage the rule rests on, e.g. a seed file and quotation. */
  public abstract Optional<String> cites();

  @Value.Check
  void check() {
    Checks.notBlank(description(), "description");
    if (cites().isPresent()) {
      Checks.notBlank(cites().get(), "cites");
    }
  }
}
