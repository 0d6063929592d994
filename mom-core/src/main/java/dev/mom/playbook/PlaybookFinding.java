package dev.mom.playbook;

import dev.mom.internal.Checks;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing {@link PlaybookCheck} found in a playbook: how serious it is, where it is, and what is wrong, in
 * words a consultant can act on.
 *
 * <p>The {@code path} names the place with the attribute names used in JSON, e.g.
 * {@code gaps.indicators[3].weight} or {@code diagnosis.rules[2] (sales-decides).when}; the {@code pointer}
 * is the same place as a JSON Pointer into the {@code mom/playbook} document, e.g.
 * {@code /gaps/indicators/3/weight}, for tools that mark the file.
 *
 * <p>Immutable and thread-safe. {@link #toString()} is {@code pointer + ": " + message} for an error and
 * {@code "warning " + pointer + ": " + message} for a warning.
 *
 * @param severity how serious it is; not null
 * @param path where it is, with JSON attribute names, e.g. {@code gaps.indicators[3].weight}; not blank
 * @param pointer the same place as a JSON Pointer; empty for the whole document, otherwise starting with
 *     {@code /}
 * @param message what is wrong; not blank
 */
public record PlaybookFinding(Severity severity, String path, String pointer, String message) {

  /** How serious a finding is. */
  public enum Severity {
    /** The playbook cannot be used as it is. */
    ERROR,
    /** The playbook works, but something in it cannot matter or does not do what it seems to say. */
    WARNING;

    /**
     * The severity as written in reports: {@code error} or {@code warning}.
     *
     * @return the lowercase name
     */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Creates a finding.
   *
   * @throws IllegalArgumentException if {@code path} or {@code message} is blank, or {@code pointer} is neither
   *     empty nor starts with {@code /}
   * @throws NullPointerException if an argument is null
   */
  public PlaybookFinding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
    Checks.notBlank(path, "path");
    Checks.notBlank(message, "message");
    if (!pointer.isEmpty() && !pointer.startsWith("/")) {
      throw new IllegalArgumentException("pointer must be empty or start with '/', was '" + pointer + "'");
    }
  }

  /**
   * A warning.
   *
   * @param path where it is, with JSON attribute names
   * @param pointer the same place as a JSON Pointer
   * @param message what is wrong
   * @return the finding
   */
  public static PlaybookFinding warning(String path, String pointer, String message) {
    return new PlaybookFinding(Severity.WARNING, path, pointer, message);
  }

  /**
   * Whether this is a {@link Severity#WARNING}.
   *
   * @return true for a warning
   */
  public boolean isWarning() {
    return severity == Severity.WARNING;
  }

  /**
   * The finding as one line: {@code pointer: message}, prefixed with {@code warning } for a warning.
   *
   * @return the line
   */
  @Override
  public String toString() {
    return (isWarning() ? "warning " : "") + pointer + ": " + message;
  }
}
