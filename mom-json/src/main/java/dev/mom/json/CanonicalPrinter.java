package dev.mom.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;

/**
 * The layout of canonical MOM JSON: two-space indentation, one property or array element per line,
 * {@code "name": value} with one space after the colon, {@code []} and {@code {}} for empty containers, and
 * {@code \n} line ends on every platform — so that consultants' files diff cleanly.
 */
final class CanonicalPrinter extends DefaultPrettyPrinter {

  private static final long serialVersionUID = 1L;

  private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

  CanonicalPrinter() {
    super(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    _objectIndenter = INDENT;
    _arrayIndenter = INDENT;
  }

  @Override
  public CanonicalPrinter createInstance() {
    return new CanonicalPrinter();
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) throws IOException {
    _nesting--;
    if (entries > 0) {
      _objectIndenter.writeIndentation(g, _nesting);
    }
    g.writeRaw('}');
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) throws IOException {
    _nesting--;
    if (values > 0) {
      _arrayIndenter.writeIndentation(g, _nesting);
    }
    g.writeRaw(']');
  }
}
