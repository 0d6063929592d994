package dev.mom.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * The tool's own JSON reports ({@code validate --format json}, {@code playbook diff --format json}) as text: two-space
 * indentation, {@code "name": value}, {@code \n} line ends and a final newline, like MOM's canonical documents.
 */
final class JsonText {

  private JsonText() {}

  /** A JSON tree as indented text ending with a newline. */
  static String pretty(JsonNode tree) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    return new ObjectMapper()
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writer(printer)
        .writeValueAsString(tree) + "\n";
  }
}
