package dev.mom.examples.generate;

import dev.mom.json.MomJson;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;

/**
 * Writes a large document piece by piece in MOM's canonical layout: small values are written whole by
 * {@link MomJson#write(Object)} and re-indented to their depth, long lists element by element, so that the
 * whole document never has to be in memory and the result is byte for byte what {@code MomJson.write} would
 * write for the whole value. Canonical text never holds a raw line break inside a string (JSON escapes it), so
 * re-indenting after each line break is safe.
 */
final class CanonicalSections {

  private static final String SPACES = " ".repeat(64);

  private final MomJson json;
  private final Writer out;

  CanonicalSections(MomJson json, Writer out) {
    this.json = json;
    this.out = out;
  }

  /** Writes text as it is. */
  void raw(String text) throws IOException {
    out.write(text);
  }

  /** Writes a value whose first line continues the current line and whose other lines are indented. */
  void value(Object value, int indent) throws IOException {
    String text = json.write(value);
    indented(text, 0, text.length() - 1, indent);
  }

  /**
   * Writes an object value without its closing line, so that the caller can add properties after its last
   * one and then close it with {@link #close(int)}.
   */
  void open(Object value, int indent) throws IOException {
    String text = json.write(value);
    int end = text.length() - 1; // the final line break
    if (!text.startsWith("{\n") || !text.endsWith("\n}\n")) {
      throw new IllegalStateException("expected an object with properties, got " + text);
    }
    indented(text, 0, end - 2, indent);
  }

  /** Closes an object opened with {@link #open(Object, int)}. */
  void close(int indent) throws IOException {
    out.write('\n');
    out.write(SPACES, 0, indent);
    out.write('}');
  }

  /**
   * Writes a list property after earlier properties of an open object; an empty list is left out, as the
   * canonical writer does.
   */
  void list(String name, Iterator<?> elements, int indent) throws IOException {
    if (!elements.hasNext()) {
      return;
    }
    property(name, indent);
    out.write('[');
    boolean first = true;
    while (elements.hasNext()) {
      out.write(first ? "\n" : ",\n");
      out.write(SPACES, 0, indent + 2);
      value(elements.next(), indent + 2);
      first = false;
    }
    out.write('\n');
    out.write(SPACES, 0, indent);
    out.write(']');
  }

  /** Starts a property after earlier properties of an open object: {@code ,\n  "name": }. */
  void property(String name, int indent) throws IOException {
    out.write(",\n");
    out.write(SPACES, 0, indent);
    out.write('"');
    out.write(name);
    out.write("\": ");
  }

  private void indented(String text, int from, int to, int indent) throws IOException {
    int start = from;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        out.write(text, start, i + 1 - start);
        out.write(SPACES, 0, indent);
        start = i + 1;
      }
    }
    out.write(text, start, to - start);
  }
}
