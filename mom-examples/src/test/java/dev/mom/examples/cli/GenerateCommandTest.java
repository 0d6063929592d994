package dev.mom.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

  @TempDir
  Path folder;

  @Test
  void writesAValidDocumentThatIsTheSameForTheSameSeed() throws IOException {
    Path first = folder.resolve("first.json");
    Path second = folder.resolve("second.json");
    String[] counts = {"--decisions", "50", "--responses", "20", "--concepts", "8", "--items", "30",
        "--key-results", "9", "--outcomes", "3", "--respondents", "25", "--seed", "9"};

    CliRuns.Run run = CliRuns.run(concat(counts, "--out", first.toString()));
    CliRuns.run(concat(counts, "--out", second.toString()));
    CliRuns.Run printed = CliRuns.run(concat(counts));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(second)).isEqualTo(Files.readString(first)).isEqualTo(printed.out());
    CliRuns.Run validate = CliRuns.run("validate", first.toString());
    assertThat(validate.exitCode()).as(validate.out()).isZero();
    assertThat(validate.out()).contains("valid mom/transformation");
  }

  @Test
  void aNegativeCountIsInvalidInput() {
    CliRuns.Run run = CliRuns.run("generate", "--items", "-3");

    assertThat(run.exitCode()).isEqualTo(MomCommand.INVALID_INPUT);
    assertThat(run.err()).isEqualTo("mom generate: --items must be 0 or more, was -3\n");
  }

  private static String[] concat(String[] counts, String... more) {
    String[] all = new String[counts.length + more.length + 1];
    all[0] = "generate";
    System.arraycopy(counts, 0, all, 1, counts.length);
    System.arraycopy(more, 0, all, counts.length + 1, more.length);
    return all;
  }
}
