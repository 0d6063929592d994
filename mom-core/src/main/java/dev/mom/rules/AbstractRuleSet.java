package dev.mom.rules;

import dev.mom.model.Id;
import java.util.List;
import org.immutables.value.Value;

/**
 * The rules of one engine, in the order they are evaluated and their effects applied. Rule ids must be
 * unique; {@link RuleCompiler} reports a repeated id together with every other problem, so a consultant's
 * file with several mistakes is fixed in one pass.
 *
 * <p>Immutable and thread-safe (as long as the effect type is).
 *
 * @param <E> the engine's effect type
 */
@Value.Immutable
public abstract class AbstractRuleSet<E> {

  AbstractRuleSet() {}

  /** The rules in evaluation order. */
  public abstract List<Rule<E>> rules();

  /**
   * Finds a rule by id.
   *
   * @param id the rule's id; not null
   * @return the first rule with that id, or empty
   */
  public final java.util.Optional<Rule<E>> rule(Id id) {
    return rules().stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
