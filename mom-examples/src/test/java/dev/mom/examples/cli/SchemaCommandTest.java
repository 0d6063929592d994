package dev.mom.examples.cli;

import static dev.mom.examples.cli.CliRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mom.examples.cli.CliRuns.Run;
import dev.mom.json.DocumentKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code mom schema KIND [--out F]}: the shipped JSON Schemas, by short or full kind name. */
class SchemaCommandTest {

  @TempDir
  Path folder;

  @ParameterizedTest
  @CsvSource({
      "transformation, TRANSFORMATION",
      "mom/transformation, TRANSFORMATION",
      "playbook, PLAYBOOK",
      "mom/playbook, PLAYBOOK"})
  void printsTheSchemaOfAKindByEitherName(String name, DocumentKind kind) {
    Run run = run("schema", name);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(kind.schema())
        .startsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n")
        .contains("\"const\": \"" + kind.id() + "\"")
        .endsWith("}\n");
  }

  @Test
  void writesTheSchemaToAFile() throws Exception {
    Path out = folder.resolve("playbook.schema.json");

    Run run = run("schema", "playbook", "--out", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(DocumentKind.PLAYBOOK.schema());
  }

  @Test
  void anUnknownKindIsInvalidInputWithASuggestion() {
    Run run = run("schema", "playbok");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("mom schema: unknown kind 'playbok' (did you mean 'playbook'?); "
        + "known kinds: transformation, playbook, expectation\n");
  }

  @Test
  void anUnknownKindWithNothingCloseNamesTheKinds() {
    Run run = run("schema", "organisation");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("mom schema: unknown kind 'organisation'; known kinds: transformation, playbook, expectation\n");
  }

  @Test
  void withoutAKindItIsAUsageError() {
    Run run = run("schema");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("Missing required parameter: 'KIND'\n");
  }

  @Test
  void helpListsTheKinds() {
    Run run = run("schema", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: mom schema [-hV] [--debug] [--out=FILE] KIND\n")
        .contains("      KIND         The kind of document: transformation, playbook, expectation\n"
            + "                     (or mom/ and the short name).\n");
  }
}
