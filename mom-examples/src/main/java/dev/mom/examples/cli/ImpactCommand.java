package dev.mom.examples.cli;

import dev.mom.examples.report.ImpactReport;
import dev.mom.impact.ImpactAssessment;
import dev.mom.impact.ImpactAssessor;
import dev.mom.json.MomJson;
import dev.mom.model.InputProblem;
import dev.mom.model.InvalidInputException;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.Playbooks;
import java.io.IOException;
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
 * {@code mom impact FILE}: did the Theory-of-Change outcomes of a case move between its baseline and follow-up
 * waves? With the impact model of the default MOM playbook or of the playbook given.
 *
 * <p>Every way the input can be unusable ends with exit code 2 and the problems on standard error, each with
 * its JSON pointer: a case or playbook file that cannot be read or is not a valid document (a measurement off
 * its outcome's scale is one), a playbook without an impact model or one that extends another, and impact
 * data the assessment cannot compare (no outcomes, a single wave, an outcome measured in one wave only, a
 * unit of a paired outcome without its partner in the other wave, a level the playbook does not have).
 */
@Command(
    name = "impact",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = {
        "Assesses whether the Theory-of-Change outcomes of the mom/transformation FILE moved between the baseline "
            + "and the follow-up wave: per outcome n, means, medians, the difference with its confidence interval, "
            + "the effect size with its band, the chosen test with raw and Holm-adjusted p-values, and the verdict "
            + "with its reason; a forest plot of the effect sizes; what happened to the outcomes of each concept "
            + "(evidence for roll-out or drop decisions, not a causal claim); and the unintended consequences.",
        "Uses the default MOM playbook unless --playbook names a complete mom/playbook file with an impact model."},
    footer = {"", "Exit codes: 0 ok, 2 invalid input (problems printed on standard error with their JSON pointers), "
        + "3 internal error."})
final class ImpactCommand implements Callable<Integer> {

  /** The output formats of {@code impact}. */
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

  @Parameters(index = "0", paramLabel = "FILE", description = "The mom/transformation document to assess.")
  Path file;

  @Option(names = "--playbook", paramLabel = "PLAYBOOK",
      description = "A complete mom/playbook document with an impact model to use instead of the default MOM "
          + "playbook (one that extends another playbook is not supported yet).")
  @Nullable Path playbookFile;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = Format.Converter.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.TEXT;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the report to FILE (replaced atomically) instead of standard output.")
  @Nullable Path out;

  @Override
  public Integer call() throws IOException {
    Transformation transformation = DiagnoseCommand.read(file, Transformation.class);
    Playbook playbook = playbookFile == null ? Playbooks.mom()
        : usable(playbookFile, DiagnoseCommand.read(playbookFile, Playbook.class));
    ImpactAssessment assessment = assess(file, transformation, playbook);
    String report;
    switch (format) {
      case JSON:
        report = MomJson.standard().write(assessment);
        break;
      case MARKDOWN:
        report = ImpactReport.markdown(transformation, playbook, assessment);
        break;
      default:
        report = ImpactReport.text(transformation, playbook, assessment);
        break;
    }
    OutputFile.writeOrPrint(out, report, spec.commandLine().getOut());
    return MomCommand.OK;
  }

  /**
   * Assesses a case with a playbook's impact model; impact data it cannot compare become an
   * UnusableInputException with every problem.
   *
   * @param file the case's file, for the message
   * @param transformation the case
   * @param playbook a playbook with an impact model
   * @return the assessment
   */
  static ImpactAssessment assess(Path file, Transformation transformation, Playbook playbook) {
    ImpactAssessor assessor = ImpactAssessor.of(playbook.impact().orElseThrow(), playbook.levelsInOrder());
    try {
      return assessor.assess(transformation);
    } catch (InvalidInputException e) {
      List<String> lines = new ArrayList<>();
      for (InputProblem problem : e.problems()) {
        lines.add(problem.toString());
      }
      throw new UnusableInputException(file + ": the impact data cannot be assessed with the playbook '"
          + playbook.id() + "' (" + (lines.size() == 1 ? "1 problem" : lines.size() + " problems") + ")", lines);
    }
  }

  /** A playbook the assessment can run with: complete (no {@code extends}) and with an impact model. */
  private static Playbook usable(Path file, Playbook playbook) {
    if (playbook.extendsPlaybook().isPresent()) {
      throw new UnusableInputException(file + ": the playbook '" + playbook.id() + "' extends '"
          + playbook.extendsPlaybook().get() + "', and resolving extends is not supported yet; give a complete "
          + "playbook with its own impact model");
    }
    if (playbook.impact().isEmpty()) {
      throw new UnusableInputException(file + ": the playbook '" + playbook.id() + "' has no impact model, so it "
          + "cannot assess impact; give a playbook with an \"impact\" section, or leave out --playbook for the "
          + "default MOM playbook");
    }
    return playbook;
  }
}
