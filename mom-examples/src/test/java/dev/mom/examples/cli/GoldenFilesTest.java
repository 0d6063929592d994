package dev.mom.examples.cli;

import static dev.mom.examples.cli.CliRuns.golden;
import static dev.mom.examples.cli.CliRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mom.examples.cases.ExampleCase;
import dev.mom.examples.cli.CliRuns.Run;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden file of the {@code mom} tool: each command and format on a bundled case, compared byte for byte.
 * A change here is a deliberate change of a report or of a case's data: review the difference and update the
 * golden file in the same commit.
 */
class GoldenFilesTest {

  @TempDir
  static Path folder;

  /**
   * The command line (with {@code MIKRO}, {@code VARROW} and {@code VARROW_PLAYBOOK} standing for the files) and its
   * golden file.
   */
  static Stream<Arguments> goldenRuns() {
    return Stream.of(
        Arguments.of("demo", "demo.txt"),
        Arguments.of("demo --format markdown", "demo.md"),
        Arguments.of("demo --case varrow", "demo-varrow.txt"),
        Arguments.of("diagnose MIKRO", "diagnose-mikro.txt"),
        Arguments.of("diagnose --format markdown MIKRO", "diagnose-mikro.md"),
        Arguments.of("diagnose --format json MIKRO", "diagnose-mikro.json"),
        Arguments.of("gaps MIKRO", "gaps-mikro.txt"),
        Arguments.of("gaps --format markdown MIKRO", "gaps-mikro.md"),
        Arguments.of("gaps --format json MIKRO", "gaps-mikro.json"),
        Arguments.of("prioritize MIKRO", "prioritize-mikro.txt"),
        Arguments.of("prioritize --format markdown MIKRO", "prioritize-mikro.md"),
        Arguments.of("prioritize --format json MIKRO", "prioritize-mikro.json"),
        Arguments.of("trace --as-of 2021-12-31 MIKRO", "trace-mikro.txt"),
        Arguments.of("trace --as-of 2021-12-31 --format markdown MIKRO", "trace-mikro.md"),
        Arguments.of("trace --as-of 2021-12-31 --format json MIKRO", "trace-mikro.json"),
        Arguments.of("impact MIKRO", "impact-mikro.txt"),
        Arguments.of("impact --format markdown MIKRO", "impact-mikro.md"),
        Arguments.of("impact --format json MIKRO", "impact-mikro.json"),
        Arguments.of("report --as-of 2021-12-31 MIKRO", "report-mikro.txt"),
        Arguments.of("report --as-of 2021-12-31 --format markdown MIKRO", "report-mikro.md"),
        Arguments.of("report --as-of 2021-12-31 --format json MIKRO", "report-mikro.json"),
        Arguments.of("report --as-of 2021-12-31 --format html MIKRO", "report-mikro.html"),
        Arguments.of("report --as-of 2024-09-30 VARROW", "report-varrow.txt"),
        Arguments.of("report --as-of 2024-09-30 --playbook VARROW_PLAYBOOK VARROW", "report-varrow-playbook.txt"));
  }

  @ParameterizedTest(name = "mom {0} = {1}")
  @MethodSource("goldenRuns")
  void theOutputIsTheGoldenFile(String commandLine, String goldenFile) throws IOException {
    List<String> args = new ArrayList<>();
    for (String arg : commandLine.split(" ")) {
      args.add(arg.equals("MIKRO") ? caseFile(ExampleCase.MIKRO).toString()
          : arg.equals("VARROW") ? caseFile(ExampleCase.VARROW).toString()
          : arg.equals("VARROW_PLAYBOOK") ? varrowPlaybookFile().toString() : arg);
    }

    Run run = run(args.toArray(new String[0]));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(golden(goldenFile));
  }

  /** Varrow's client playbook copied to a file, as a consultant would have it. */
  private static Path varrowPlaybookFile() throws IOException {
    Path file = folder.resolve("varrow-playbook.json");
    if (!Files.exists(file)) {
      try (InputStream in = ExampleCase.class.getResourceAsStream(ExampleCase.VARROW_PLAYBOOK_RESOURCE)) {
        Files.write(file, in.readAllBytes());
      }
    }
    return file;
  }

  /** The case copied to a file named by its id, as a user would have it. */
  private static Path caseFile(ExampleCase example) throws IOException {
    Path file = folder.resolve(example.id() + ".json");
    if (!Files.exists(file)) {
      try (InputStream in = ExampleCase.class.getResourceAsStream(example.resource())) {
        Files.write(file, in.readAllBytes());
      }
    }
    return file;
  }
}
