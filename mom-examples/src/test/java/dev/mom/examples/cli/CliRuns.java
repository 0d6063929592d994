package dev.mom.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mom.examples.mikro.MikroCase;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Runs the {@code mom} tool in-process for the command tests, and reads the golden files and the bundled Mikro
 * case they compare against.
 */
final class CliRuns {

  private CliRuns() {}

  /** What one run of the tool produced: its exit code and everything it printed on each stream. */
  record Run(int exitCode, String out, String err) {}

  /** Runs {@code mom} with the given arguments. */
  static Run run(String... args) {
    return run(MomCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())),
        args);
  }

  /** Runs a prepared command line (e.g. one with an extra test-only subcommand). */
  static Run run(CommandLine commandLine, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  /** Writes a UTF-8 file in a folder. */
  static Path write(Path folder, String name, String content) throws IOException {
    return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
  }

  /** Copies the bundled Mikro case to {@code mikro.json} in a folder. */
  static Path mikroFile(Path folder) throws IOException {
    try (InputStream in = MikroCase.class.getResourceAsStream(MikroCase.RESOURCE)) {
      Path file = folder.resolve("mikro.json");
      Files.write(file, in.readAllBytes());
      return file;
    }
  }

  /** A golden file from this package's test resources. */
  static String golden(String name) throws IOException {
    try (InputStream in = CliRuns.class.getResourceAsStream(name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
