package dev.mom.examples.cli;

import static dev.mom.examples.cli.CliRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mom.examples.cli.CliRuns.Run;
import dev.mom.json.MomJson;
import dev.mom.playbook.Playbooks;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No data loss: {@code --out} never names an input, and a failed write leaves the previous report whole. */
class OutputFileTest {

  @TempDir
  Path folder;

  @Test
  void outNamingTheCaseFileIsInvalidInputAndTheCaseIsUntouched() throws IOException {
    Path mikro = CliRuns.mikroFile(folder);
    byte[] before = Files.readAllBytes(mikro);

    Run run = run("diagnose", mikro.toString(), "--out", mikro.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("cannot write " + mikro + ": it is the input file " + mikro
        + ", which the report would replace; choose another --out file");
    assertThat(Files.readAllBytes(mikro)).isEqualTo(before);
  }

  @Test
  void outNamingThePlaybookByAnotherSpellingIsInvalidInput() throws IOException {
    Path mikro = CliRuns.mikroFile(folder);
    Path playbook = CliRuns.write(folder, "client-playbook.json", MomJson.standard().write(Playbooks.mom()));
    byte[] before = Files.readAllBytes(playbook);
    Path sameFile = folder.resolve(".").resolve("client-playbook.json");

    Run report = run("report", mikro.toString(), "--playbook", playbook.toString(), "--out", sameFile.toString());
    Run gaps = run("gaps", mikro.toString(), "--playbook", playbook.toString(), "--out", sameFile.toString());

    assertThat(report.exitCode()).isEqualTo(2);
    assertThat(gaps.exitCode()).isEqualTo(2);
    assertThat(report.err()).contains("it is the input file " + playbook);
    assertThat(Files.readAllBytes(playbook)).isEqualTo(before);
  }

  @Test
  void aWriteThatFailsHalfWayLeavesThePreviousReportWholeAndNoTemporaryFile() throws IOException {
    Path report = CliRuns.write(folder, "report.txt", "the previous report\n");
    // an unpaired surrogate cannot be encoded as UTF-8: writing fails after the temporary file was created
    String unwritable = "a new report that breaks off here: \uD800 and never ends";

    IOException thrown = catchThrowableOfType(IOException.class, () -> OutputFile.write(report, unwritable));

    assertThat(thrown).isNotNull();
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo("the previous report\n");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(report);
    }
  }

  @Test
  void aWrittenReportReplacesThePreviousOneWhole() throws IOException {
    Path report = CliRuns.write(folder, "report.txt", "the previous report\n");

    OutputFile.writeOrPrint(report, "the new report\n", new PrintWriter(new StringWriter()));

    assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo("the new report\n");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(report);
    }
  }
}
