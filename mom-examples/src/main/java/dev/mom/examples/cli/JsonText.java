package dev.mom.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How the commands write their own JSON output (the validation report, the signal catalogue, the case-test
 * results): two-space indentation, {@code "name": value}, empty arrays and objects as {@code []} and {@code {}},
 * and a final line break, like MOM documents. Stateless and thread-safe.
 */
final class JsonText {

  private static final ObjectMapper MAPPER = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private JsonText() {}

  /** A tree as indented text ending in a line break. */
  static String pretty(JsonNode tree) throws JsonProcessingException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    return MAPPER.writer(printer).writeValueAsString(tree) + "\n";
  }
}
