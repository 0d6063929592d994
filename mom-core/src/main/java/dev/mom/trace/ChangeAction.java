package dev.mom.trace;

import java.util.Locale;

/** What a what-if change does to a key result. In JSON written by {@link #id()}. */
public enum ChangeAction {
  /** The key result is removed from its objective. */
  DROP,
  /** The key result's target is replaced by the change's target. */
  RETARGET;

  /**
   * The id as written in documents: the name in lowercase, words joined by {@code -}.
   *
   * @return e.g. {@code retarget}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
