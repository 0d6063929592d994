package dev.mom.json;

import dev.mom.CaseExpectation;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The kinds of top-level MOM document. Every document starts with {@code "kind"} and
 * {@code "schemaVersion"}, e.g. {@code {"kind": "mom/transformation", "schemaVersion": 1, ...}}; a reader
 * rejects an unknown kind and a schema version newer than it knows, rather than guessing.
 *
 * <p>Each kind has a JSON Schema (draft 2020-12), {@link #schema()}, that describes exactly what
 * {@link MomJson} reads and writes, so that editors can complete and check consultants' files.
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
   * The JSON Schema (draft 2020-12) of this kind's documents: every property with its type, constraints and
   * description, generated from MOM's types and their Jakarta constraints and shipped in mom-json as
   * {@code dev/mom/json/schema/}{@link #schemaFileName()}. It checks the form of a document (names, types,
   * required properties, ranges, ids); {@link MomJson} checks more (invariants across values, rules against
   * signal catalogues), so a document the schema accepts may still have problems, but one it rejects is
   * never read.
   *
   * @return the schema as JSON text; never null
   * @throws IllegalStateException if the schema is missing from the library's resources (a broken build)
   */
  public String schema() {
    try (InputStream in = DocumentKind.class.getResourceAsStream("schema/" + schemaFileName())) {
      if (in == null) {
        throw new IllegalStateException("the JSON Schema of " + id + " is missing from mom-json's resources: "
            + "dev/mom/json/schema/" + schemaFileName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the JSON Schema of " + id, e);
    }
  }

  /**
   * The file name of this kind's JSON Schema: the kind's id with {@code /} written {@code -}, e.g.
   * {@code mom-transformation.schema.json}.
   *
   * @return the file name
   */
  public String schemaFileName() {
    return id.replace('/', '-') + ".schema.json";
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
