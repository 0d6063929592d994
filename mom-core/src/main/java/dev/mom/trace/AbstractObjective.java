package dev.mom.trace;

import dev.mom.internal.Checks;
import dev.mom.model.Id;
import dev.mom.model.Period;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An OKR objective with its key results, e.g. "Partners love working with us" for 2021. It hangs under a
 * parent objective (a team objective under a company one) or under a {@link dev.mom.model.StrategicObjective
 * strategic objective} of the transformation's strategy; one that does neither, directly or through its
 * parents, is unanchored. The case's unplanned outcomes included redesigned OKRs (seed 001).
 *
 * <p>Invariants, checked when built: the statement is not blank; an objective names a parent or a strategic
 * objective, not both. References to other objectives, strategic objectives and key-result ids are checked by
 * the {@link RoadmapTracer} and reported as findings.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractObjective {

  AbstractObjective() {}

  /** The objective's id, unique among the transformation's OKR objectives. */
  public abstract Id id();

  /** What the organisation means to achieve, e.g. "Partners love working with us". */
  @NotBlank
  public abstract String statement();

  /** When the objective is to be met, e.g. 2021-Q3; also the period of key results that give none. */
  public abstract Optional<@Valid Period> period();

  /** The OKR objective this one serves, by id; its anchor to the strategy is the parent's. */
  public abstract Optional<Id> parent();

  /** The objective of the transformation's strategy this one serves, by id. */
  public abstract Optional<Id> strategicObjective();

  /** Committed or aspirational; default {@link Commitment#COMMITTED}. */
  @Value.Default
  public Commitment commitment() {
    return Commitment.COMMITTED;
  }

  /** The key results that say when the objective is met, in the order they are reported. */
  public abstract List<@Valid KeyResult> keyResults();

  @Value.Check
  void check() {
    Checks.notBlank(statement(), "statement");
    if (parent().isPresent() && strategicObjective().isPresent()) {
      throw new IllegalArgumentException("strategicObjective '" + strategicObjective().get()
          + "' is given beside parent '" + parent().get() + "'; an objective hangs under a parent objective or "
          + "a strategic objective, not both (a child inherits its parent's anchor)");
    }
  }
}
