package dev.mom.model;

import dev.mom.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A group of people with a part in the transformation: the task force, one of its sub-groups, the
 * advisory board, the MOM agents, or a product team.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractTeam {

  AbstractTeam() {}

  /** The team's id, unique within the transformation. */
  public abstract Id id();

  /** The team's name, e.g. "MOM task force". */
  @NotBlank
  public abstract String name();

  /** The part the team plays. */
  public abstract TeamRole role();

  /** The focus area the team maps, for a sub-group of the task force. */
  public abstract Optional<Id> focusArea();

  /** The team's members, each once. */
  public abstract List<@Valid Member> members();

  @Value.Check
  void check() {
    Checks.notBlank(name(), "name");
    Checks.unique(members(), Member::id, "members", "id");
  }
}
