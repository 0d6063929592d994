package dev.mom.diagnosis;

import dev.mom.internal.Checks;
import dev.mom.model.Function;
import dev.mom.model.Id;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One critical product decision from the sampled decision log: who started it, who took it, who was
 * consulted, whether it was overridden and by whom, and what evidence it rested on.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractDecision {

  AbstractDecision() {}

  /** The decision's id, unique within the log. */
  public abstract Id id();

  /** What was decided, e.g. "Add e-invoice export for dealers". */
  @NotBlank
  public abstract String title();

  /** When it was decided. */
  public abstract Optional<LocalDate> date();

  /** Where in product development it was decided. */
  public abstract Optional<DecisionPhase> phase();

  /** The function that raised the decision. */
  public abstract Function initiatedBy();

  /** The function that took the decision. */
  public abstract Function decidedBy();

  /** The functions consulted before deciding, each once. */
  public abstract List<Function> consulted();

  /** The function that overrode the decision of {@link #decidedBy()}, if it was overridden. */
  public abstract Optional<Function> overriddenBy();

  /** The kinds of evidence used, by the ids of the playbook's evidence kinds, each once. */
  public abstract List<Id> evidence();

  /** Whether the decision was linked to a strategic objective. */
  public abstract boolean strategyLinked();

  /** Whether an experiment or prototype test preceded the decision. */
  public abstract boolean experimented();

  @Value.Check
  void check() {
    Checks.notBlank(title(), "title");
    Checks.unique(consulted(), f -> f, "consulted", "");
    Checks.unique(evidence(), e -> e, "evidence", "");
  }
}
