package dev.mom.examples.cli;

import dev.mom.diagnosis.DominanceDiagnoser;
import dev.mom.diagnosis.DominanceDiagnosis;
import dev.mom.examples.report.DiagnosisReport;
import dev.mom.json.MomJson;
import dev.mom.json.MomJsonException;
import dev.mom.json.Problem;
import dev.mom.model.InputProblem;
import dev.mom.model.InvalidInputException;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.Playbooks;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mom diagnose FILE}: who drives product decisions in a case, from its decision log, survey responses
 * and coded observations, with the diagnosis of the default MOM playbook or of the playbook given.
 *
 * <p>Every way the input can be unusable ends with exit code 2 and the problems on standard error, each with
 * its JSON pointer: a case or playbook file that cannot be read or is not a valid document, a playbook without
 * a diagnosis or one that extends another, and evidence that does not fit the playbook (an evidence kind,
 * survey item or code it does not know, an answer off its scale).
 */
@Command(
    name = "diagnose",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = {
        "Diagnoses who drives product decisions in the mom/transformation FILE: engineering, sales, executives, "
            + "a product team without customer insight, or customers. Reads the case's decision log, survey "
            + "responses and coded observations, and reports the verdict, each archetype's share, the confidence, "
            + "the pitfalls, the recommended interventions, the perception gap and the rule trace.",
        "Uses the default MOM playbook unless --playbook names a complete mom/playbook file with a diagnosis."},
    footer = {"", "Exit codes: 0 ok, 2 invalid input (problems printed on standard error with their JSON pointers), "
        + "3 internal error."})
final class DiagnoseCommand implements Callable<Integer> {

  /** The output formats of {@code diagnose}. */
  enum Format {
    TEXT, MARKDOWN, JSON;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Reads the format by its lowercase name. */
    static final class Converter extends FormatConverter<Format> {
      Converter() {
        super(Format.class);
      }
    }
  }

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The mom/transformation document to diagnose.")
  Path file;

  @Option(names = "--playbook", paramLabel = "PLAYBOOK",
      description = "A complete mom/playbook document with a diagnosis to use instead of the default MOM playbook "
          + "(one that extends another playbook is not supported yet).")
  @Nullable Path playbookFile;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = Format.Converter.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.TEXT;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the report to FILE (replaced atomically) instead of standard output.")
  @Nullable Path out;

  @Override
  public Integer call() throws IOException {
    Transformation transformation = read(file, Transformation.class);
    Playbook playbook = playbookFile == null ? Playbooks.mom() : usable(playbookFile, read(playbookFile, Playbook.class));
    DominanceDiagnoser diagnoser = DominanceDiagnoser.of(playbook.diagnosis().orElseThrow(), playbook.interventions());
    DominanceDiagnosis diagnosis;
    try {
      diagnosis = diagnoser.diagnose(transformation);
    } catch (InvalidInputException e) {
      List<String> lines = new ArrayList<>();
      for (InputProblem problem : e.problems()) {
        lines.add(problem.toString());
      }
      throw new UnusableInputException(file + ": the evidence does not fit the playbook '" + playbook.id()
          + "' (" + problems(lines.size()) + ")", lines);
    }
    String report;
    switch (format) {
      case JSON:
        report = MomJson.standard().write(diagnosis);
        break;
      case MARKDOWN:
        report = DiagnosisReport.markdown(transformation, playbook, diagnosis);
        break;
      default:
        report = DiagnosisReport.text(transformation, playbook, diagnosis);
        break;
    }
    OutputFile.writeOrPrint(out, report, spec.commandLine().getOut());
    return MomCommand.OK;
  }

  /** A playbook the diagnosis can run with: complete (no {@code extends}) and with a diagnosis model. */
  private static Playbook usable(Path file, Playbook playbook) {
    if (playbook.extendsPlaybook().isPresent()) {
      throw new UnusableInputException(file + ": the playbook '" + playbook.id() + "' extends '"
          + playbook.extendsPlaybook().get() + "', and resolving extends is not supported yet; give a complete "
          + "playbook with its own diagnosis");
    }
    if (playbook.diagnosis().isEmpty()) {
      throw new UnusableInputException(file + ": the playbook '" + playbook.id() + "' has no diagnosis, so it "
          + "cannot diagnose; give a playbook with a \"diagnosis\" section, or leave out --playbook for the "
          + "default MOM playbook");
    }
    return playbook;
  }

  /** Reads a document of the given type; every reason it cannot be used becomes an UnusableInputException. */
  static <T> T read(Path file, Class<T> type) throws IOException {
    if (Files.isDirectory(file)) {
      throw new UnusableInputException(file + ": cannot read the file: it is a folder, not a file");
    }
    try {
      return MomJson.standard().read(file, type);
    } catch (MomJsonException e) {
      List<String> lines = new ArrayList<>();
      for (Problem problem : e.problems()) {
        lines.add(problem.toString());
      }
      throw new UnusableInputException(file + ": " + problems(lines.size()), lines);
    } catch (NoSuchFileException e) {
      throw new UnusableInputException(file + ": cannot read the file: no such file");
    } catch (AccessDeniedException e) {
      throw new UnusableInputException(file + ": cannot read the file: permission denied");
    }
  }

  private static String problems(int count) {
    return count == 1 ? "1 problem" : count + " problems";
  }
}
