package dev.mom.trace;

import dev.mom.model.Id;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What dropping or re-targeting a key result would change: the items that would become wish-list backlog,
 * the objectives that would lose a supported key result, the coverage and the objectives' roll-ups before
 * and after, and the key result's own progress before and after.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractChangeImpact {

  AbstractChangeImpact() {}

  /** The change. */
  public abstract KeyResultChange change();

  /** Road-map items that contribute to a key result before the change and to none after, in road-map order. */
  public abstract List<Id> newWishList();

  /** Objectives with fewer supported key results after the change, in document order. */
  public abstract List<Id> objectivesLosingCoverage();

  /** The coverage of each level before the change. */
  public abstract List<LevelCoverage> coverageBefore();

  /** The coverage of each level after the change. */
  public abstract List<LevelCoverage> coverageAfter();

  /** The objectives whose rolled-up progress or grade changes, in document order. */
  public abstract List<RollUpChange> rollUps();

  /** The key result's progress before the change. */
  public abstract Optional<Progress> progressBefore();

  /** The key result's progress after the change; absent when it is dropped. */
  public abstract Optional<Progress> progressAfter();
}
