package dev.mom.json;

import dev.mom.CaseExpectation;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import java.util.Optional;

/**
 * The kinds of top-level MOM document. Every document starts with {@code "kind"} and
 * {@code "schemaVersion"}, e.g. {@code {"kind": "mom/transformation", "schemaVersion": 1, ...}}; a reader
 * rejects an unknown kind and a schema version newer than it knows, rather than guessing.
 */
public enum DocumentKind {
  /** One client's whole case: {@link Transformation}. */
  TRANSFORMATION("mom/transformation", Transformation.class, 1),
  /** A methodology's rules and models: {@link Playbook}. */
  PLAYBOOK("mom/playbook", Playbook.class, 1),
  /** A golden case's expected results, run by {@code mom playbook test}: {@link CaseExpectation}. */
  EXPECTATION("mom/expectation", CaseExpectation.class, 1);

  private final String id;
  private final Class<?> type;
  private final int schemaVersion;

  DocumentKind(String id, Class<?> type, int schemaVersion) {
    this.id = id;
    this.type = type;
    this.schemaVersion = schemaVersion;
  }

  /**
   * The kind as written in documents, e.g. {@code mom/transformation}.
   *
   * @return the kind's id
   */
  public String id() {
    return id;
  }

  /**
   * The Java type a document of this kind holds.
   *
   * @return the type, e.g. {@code Transformation.class}
   */
  public Class<?> type() {
    return type;
  }

  /**
   * The schema version this library writes, and the newest it reads.
   *
   * @return the current schema version, 1 or more
   */
  public int schemaVersion() {
    return schemaVersion;
  }

  /**
   * Finds a kind by its id.
   *
   * @param id the id as written in a document; not null
   * @return the kind, or empty if no kind has that id
   */
  public static Optional<DocumentKind> byId(String id) {
    for (DocumentKind kind : values()) {
      if (kind.id.equals(id)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the kind whose documents hold values of a type.
   *
   * @param type a Java type; not null
   * @return the kind, or empty if values of that type are not top-level documents
   */
  public static Optional<DocumentKind> forType(Class<?> type) {
    for (DocumentKind kind : values()) {
      if (kind.type.equals(type)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
