package dev.mom.trace;

import java.util.Locale;

/** How a road-map item relates to a key result. In JSON written by {@link #id()}. */
public enum LinkKind {
  /** The item is meant to move the key result: the link counts toward coverage and forms the chain. */
  CONTRIBUTES,
  /** The item helps the key result indirectly; informational: shown in the matrix and the key result's trace, counted nowhere else. */
  SUPPORTS;

  /**
   * The id as written in documents: the name in lowercase, words joined by {@code -}.
   *
   * @return e.g. {@code contributes}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
