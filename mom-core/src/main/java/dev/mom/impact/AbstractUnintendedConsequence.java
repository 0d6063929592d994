package dev.mom.impact;

import dev.mom.internal.Checks;
import dev.mom.model.Id;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.immutables.value.Value;

/**
 * An effect of the transformation that was not planned at the start, as the MOM case reports the redesign
 * of OKRs, new customer performance indicators and redefined company principles: what it is, at which
 * Theory-of-Change level, whether it helps or hurts, which concepts it came from, and the evidence for it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractUnintendedConsequence {

  AbstractUnintendedConsequence() {}

  /** The consequence's id, unique among the transformation's unintended consequences. */
  public abstract Id id();

  /** What happened, e.g. "The OKRs were redesigned around customer outcomes". */
  @NotBlank
  public abstract String statement();

  /** The Theory-of-Change level it shows at, by the id of one of the playbook's change levels. */
  public abstract Id level();

  /** Whether it helps or hurts. */
  public abstract Valence valence();

  /** The concepts or prototypes it came from, by id, each once; empty if it came from the project as a whole. */
  public abstract List<Id> concepts();

  /** The evidence that it happened. */
  public abstract List<@Valid ConsequenceEvidence> evidence();

  @Value.Check
  void check() {
    Checks.notBlank(statement(), "statement");
    Checks.unique(concepts(), c -> c, "concepts", "");
  }
}
