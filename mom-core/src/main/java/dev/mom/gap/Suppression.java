package dev.mom.gap;

import java.util.Locale;

/**
 * Whether a function's figures are shown or withheld to protect respondents' anonymity. In JSON each
 * constant is written by its {@link #id()}.
 */
public enum Suppression {
  /** Shown: the group has at least the playbook's minimum group size and withholding it is not needed. */
  NONE,
  /** Withheld because the group has fewer respondents than the playbook's minimum group size. */
  SMALL_GROUP,
  /**
   * Withheld although large enough, so that a small group's figures cannot be worked out by subtracting the
   * shown groups from the total.
   */
  COMPLEMENTARY;

  /**
   * The id as written in documents: lowercase, words joined by {@code -}.
   *
   * @return e.g. {@code small-group}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
