package dev.mom.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person on a {@link Team}, identified by an id (keep it pseudonymous where people should not be named)
 * and the function they come from.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractMember {

  AbstractMember() {}

  /**
   * Returns a member with an id and a function and no title.
   *
   * @param id the member's id; not null
   * @param function the function the member comes from; not null
   * @return the member
   */
  public static Member of(Id id, Function function) {
    return Member.builder().id(id).function(function).build();
  }

  /** The member's id, unique within the transformation. */
  public abstract Id id();

  /** The function the member comes from. */
  public abstract Function function();

  /** The member's title or role, e.g. "Support team lead". */
  public abstract Optional<String> title();
}
