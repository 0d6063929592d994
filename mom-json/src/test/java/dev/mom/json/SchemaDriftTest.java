package dev.mom.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The committed JSON Schemas are what the types generate today: a change to a type, a constraint or a
 * Javadoc line that the schema shows fails here until the schemas are regenerated and the change reviewed.
 * Regenerate with {@value #UPDATE_COMMAND}.
 */
class SchemaDriftTest {

  static final String UPDATE_COMMAND = "./mvnw -B -pl mom-json -am test -Dtest=SchemaDriftTest "
      + "-Dsurefire.failIfNoSpecifiedTests=false -Dmom.schema.update=true";

  private static final Path COMMITTED = Path.of("src", "main", "resources", "dev", "mom", "json", "schema");

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void committedSchemaIsWhatTheTypesGenerate(DocumentKind kind) throws Exception {
    String generated = DocumentSchemas.generate(kind);
    Path committed = COMMITTED.resolve(kind.schemaFileName());
    if (Boolean.getBoolean("mom.schema.update")) {
      Files.createDirectories(COMMITTED);
      Files.writeString(committed, generated, StandardCharsets.UTF_8);
      return;
    }
    String stale = "the committed schema " + committed + " differs from what the types generate; review the "
        + "change and regenerate with: " + UPDATE_COMMAND;
    assertThat(committed).as(stale).exists();
    assertThat(Files.readString(committed, StandardCharsets.UTF_8)).as(stale).isEqualTo(generated);
    assertThat(kind.schema()).as("the schema on the classpath, " + kind.schemaFileName()).isEqualTo(generated);
  }
}
