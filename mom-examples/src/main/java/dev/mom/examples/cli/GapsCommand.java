package dev.mom.examples.cli;

import dev.mom.examples.report.GapReportView;
import dev.mom.gap.GapReport;
import dev.mom.gap.GapScorer;
import dev.mom.json.MomJson;
import dev.mom.model.InvalidInputException;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.Playbooks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mom gaps FILE}: the gaps between a case's current and ideal situation, from its measurements, with
 * the gap model of the default MOM playbook or of the playbook given.
 *
 * <p>Every way the input can be unusable ends with exit code 2 and the problems on standard error, each with
 * its JSON pointer: a case or playbook file that cannot be read or is not a valid document, a playbook without
 * a gap model or one that extends another, and measurements that do not fit the playbook (no measurements, an
 * unknown indicator, a value off the scale, a missing preferred answer, a strategy naming unknown ids).
 */
@Command(
    name = "gaps",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = {
        "Scores the gaps between the current and the ideal situation in the mom/transformation FILE, from its "
            + "measurements (interviews, surveys, document reviews, observations). Reports the shortfall by focus "
            + "area and Theory-of-Change level as a heat map, the stage reached and what blocks the next, and the "
            + "gaps ranked by weighted severity with their confidence, the breakdown by function (small groups "
            + "suppressed) and the strategic objectives they are linked to.",
        "Uses the default MOM playbook unless --playbook names a complete mom/playbook file with a gap model."},
    footer = {"", "Exit codes: 0 ok, 2 invalid input (problems printed on standard error with their JSON pointers), "
        + "3 internal error."})
final class GapsCommand implements Callable<Integer> {

  /** The output formats of {@code gaps}. */
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

  @Parameters(index = "0", paramLabel = "FILE", description = "The mom/transformation document to score.")
  Path file;

  @Option(names = "--playbook", paramLabel = "PLAYBOOK",
      description = "A complete mom/playbook document with a gap model to use instead of the default MOM playbook "
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
    Transformation transformation = CaseDocuments.read(file, Transformation.class);
    Playbook playbook = playbookFile == null ? Playbooks.mom() : usable(playbookFile,
        CaseDocuments.read(playbookFile, Playbook.class));
    GapReport report = score(file, transformation, playbook);
    String text;
    switch (format) {
      case JSON:
        text = MomJson.standard().write(report);
        break;
      case MARKDOWN:
        text = GapReportView.markdown(transformation, playbook, report);
        break;
      default:
        text = GapReportView.text(transformation, playbook, report);
        break;
    }
    OutputFile.writeOrPrint(out, text, spec.commandLine().getOut());
    return MomCommand.OK;
  }

  /** Scores a case's gaps; measurements that do not fit the playbook become an UnusableInputException. */
  static GapReport score(Path file, Transformation transformation, Playbook playbook) {
    GapScorer scorer = GapScorer.of(playbook.gaps().orElseThrow(), playbook.focusAreas(), playbook.changeLevels());
    try {
      return scorer.score(transformation);
    } catch (InvalidInputException e) {
      throw CaseDocuments.misfit(file, "the measurements do not fit", playbook, e);
    }
  }

  private static Playbook usable(Path file, Playbook playbook) {
    return CaseDocuments.usable(file, playbook, "gaps", "gap model", playbook.gaps().isPresent(), "score gaps");
  }
}
