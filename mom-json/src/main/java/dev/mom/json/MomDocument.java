package dev.mom.json;

import java.util.Objects;

/**
 * A top-level MOM document as read: its kind, the schema version it declared, and its value.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind the document's kind; not null
 * @param schemaVersion the schema version the document declared (1 up to {@link DocumentKind#schemaVersion()})
 * @param value the value, an instance of {@link DocumentKind#type()}; not null
 */
public record MomDocument(DocumentKind kind, int schemaVersion, Object value) {

  /**
   * Creates a document.
   *
   * @param kind the document's kind; not null
   * @param schemaVersion the declared schema version
   * @param value the value; an instance of the kind's type
   * @throws IllegalArgumentException if {@code value} is not of the kind's type
   */
  public MomDocument {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    if (!kind.type().isInstance(value)) {
      throw new IllegalArgumentException("a " + kind.id() + " document holds a " + kind.type().getSimpleName()
          + ", not a " + value.getClass().getSimpleName());
    }
  }

  /**
   * The value as the type its kind holds.
   *
   * @param type the expected type; not null
   * @param <T> the type
   * @return the value
   * @throws ClassCastException if the value is not of {@code type}
   */
  public <T> T value(Class<T> type) {
    return type.cast(value);
  }
}
