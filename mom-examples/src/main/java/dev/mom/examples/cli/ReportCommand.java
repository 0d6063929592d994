package dev.mom.examples.cli;

import dev.mom.Mom;
import dev.mom.TransformationReport;
import dev.mom.examples.report.CaseReport;
import dev.mom.examples.report.HtmlReport;
import dev.mom.json.MomJson;
import dev.mom.model.InvalidInputException;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.Playbooks;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mom report FILE}: every engine that has input in the case, run with {@code Mom.analyze}: the executive
 * summary, then the diagnosis, gaps, prioritisation, traceability and impact reports of the engines that ran; as
 * text, Markdown, the {@code TransformationReport} as JSON, or one self-contained HTML file with charts.
 *
 * <p>Every way the input can be unusable ends with exit code 2 and the problems on standard error: a case or
 * playbook file (or {@code --base} file) that cannot be read, is not a valid document or cannot be resolved, and
 * evidence that does not fit the playbook. The clock is never read for the report: pace is judged on
 * {@code --as-of} only; a large case shows {@link Progress} on standard error, with its elapsed time.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = {
        "Runs every engine that has input in the mom/transformation FILE (diagnosis, gaps, prioritisation, "
            + "traceability, impact) and reports the executive summary followed by each engine's report.",
        "The html format is one self-contained file (inline CSS and SVG, no scripts) with the charts for a board: "
            + "archetype shares, gaps by focus area and level, concepts on value versus effort with the Pareto "
            + "front, OKR key-result progress and impact effect sizes with intervals.",
        "Uses the default MOM playbook unless --playbook names a mom/playbook file: complete, or one that extends "
            + "mom or a playbook given with --base."},
    footer = {"", "Exit codes: 0 ok, 2 invalid input (problems printed on standard error with their JSON pointers), "
        + "3 internal error."})
final class ReportCommand implements Callable<Integer> {

  /** The output formats of {@code report}. */
  enum Format {
    TEXT, MARKDOWN, JSON, HTML;

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

  @Parameters(index = "0", paramLabel = "FILE", description = "The mom/transformation document to analyse.")
  Path file;

  @Option(names = "--playbook", paramLabel = "PLAYBOOK",
      description = "A mom/playbook document to use instead of the default MOM playbook: complete, or one that "
          + "extends mom or a --base playbook.")
  @Nullable Path playbookFile;

  @Mixin
  BasePlaybooks bases = new BasePlaybooks();

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = TraceCommand.DayConverter.class,
      description = "The day expected progress and pace of the OKRs are judged on (default: none).")
  @Nullable LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = Format.Converter.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.TEXT;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the report to FILE (replaced atomically) instead of standard output.")
  @Nullable Path out;

  @Option(names = "--quiet", description = Progress.QUIET_DESCRIPTION)
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    Progress progress = Progress.of(spec, quiet);
    Transformation transformation = CaseDocuments.read(file, Transformation.class);
    progress.read(file.toString(), transformation);
    Playbook playbook = Playbooks.mom();
    Path from = playbookFile;
    if (from != null) {
      playbook = CaseDocuments.readPlaybook(from, bases.files);
    }
    TransformationReport report;
    try {
      Mom mom = Mom.of(playbook);
      report = asOf == null ? mom.analyze(transformation, progress::engine)
          : mom.analyze(transformation, asOf, progress::engine);
    } catch (InvalidInputException e) {
      throw CaseDocuments.misfit(file, "the evidence does not fit", playbook, e);
    }
    String rendered = switch (format) {
      case JSON -> MomJson.standard().write(report);
      case MARKDOWN -> CaseReport.markdown(transformation, playbook, report);
      case HTML -> HtmlReport.html(playbook, report);
      case TEXT -> CaseReport.text(transformation, playbook, report);
    };
    OutputFile.writeOrPrint(out, rendered, spec.commandLine().getOut(), file, playbookFile);
    progress.done();
    return MomCommand.OK;
  }
}
