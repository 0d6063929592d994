package dev.mom.examples.cli;

import static dev.mom.examples.cli.CliRuns.mikroFile;
import static dev.mom.examples.cli.CliRuns.run;
import static dev.mom.examples.cli.CliRuns.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mom.examples.cli.CliRuns.Run;
import dev.mom.json.MomJson;
import dev.mom.model.Id;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.Playbooks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every engine command refuses a playbook that lacks the engine's section, with one line that names the file, the
 * playbook, the missing section and the two ways out — and writes nothing on standard output.
 */
class PlaybookWithoutSectionTest {

  @TempDir
  Path folder;

  /** The command, how its section is taken out of the default playbook, and what the command cannot do then. */
  static Stream<Arguments> engines() {
    return Stream.of(
        engine("diagnose", p -> p.withDiagnosis(Optional.empty()), "diagnosis", "diagnose",
            "a \"diagnosis\" section"),
        engine("gaps", p -> p.withGaps(Optional.empty()), "gap model", "score gaps", "a \"gaps\" section"),
        engine("prioritize", p -> p.withPrioritisation(Optional.empty()), "prioritisation model",
            "prioritise concepts", "a \"prioritisation\" section"),
        engine("trace", p -> p.withTraceability(Optional.empty()), "traceability model", "trace a road map",
            "a \"traceability\" section"),
        engine("impact", p -> p.withImpact(Optional.empty()), "impact model", "assess impact",
            "an \"impact\" section"));
  }

  private static Arguments engine(String command, UnaryOperator<Playbook> withoutSection, String section,
      String task, String wanted) {
    return Arguments.of(command, withoutSection, section, task, wanted);
  }

  @ParameterizedTest(name = "mom {0}")
  @MethodSource("engines")
  void theCommandSaysWhichSectionIsMissing(String command, UnaryOperator<Playbook> withoutSection, String section,
      String task, String wanted) throws IOException {
    Playbook lean = withoutSection.apply(Playbooks.mom().withId(Id.of("lean")));
    Path playbook = write(folder, "lean.json", MomJson.standard().write(lean));

    Run run = run(command, "--playbook", playbook.toString(), mikroFile(folder).toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("mom " + command + ": " + playbook + ": the playbook 'lean' has no " + section
        + ", so it cannot " + task + "; give a playbook with " + wanted + ", or leave out "
        + "--playbook for the default MOM playbook\n");
  }
}
