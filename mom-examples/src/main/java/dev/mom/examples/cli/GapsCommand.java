package dev.mom.examples.cli;

import dev.mom.examples.report.GapReportView;
import dev.mom.gap.GapReport;
import dev.mom.gap.GapScorer;
import dev.mom.model.InvalidInputException;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code mom gaps FILE}: the gaps between a case's current and ideal situation, from its measurements, with
 * the gap model of the default MOM playbook or of the playbook given.
 *
 * <p>Every way the input can be unusable ends with exit code 2 and the problems on standard error, each with
 * its JSON pointer: a case or playbook file that cannot be read or is not a valid document, a playbook without
 * a gap model or one whose extends cannot be resolved, and measurements that do not fit the playbook (no
 * measurements, an unknown indicator, a value off the scale, a missing preferred answer, a strategy naming unknown ids).
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
        "Uses the default MOM playbook unless --playbook names a mom/playbook file (complete, or resolved over "
            + "its base) with a gap model."},
    footer = {"", "Exit codes: 0 ok, 2 invalid input (problems printed on standard error with their JSON pointers), "
        + "3 internal error."})
final class GapsCommand implements Callable<Integer> {

  @Mixin
  CaseReportOptions options;

  @Override
  public Integer call() throws IOException {
    Transformation transformation = options.readCase();
    Playbook playbook = options.readPlaybook("gaps", "gap model", "score gaps", p -> p.gaps().isPresent());
    options.progress().engine("gaps");
    GapReport report = score(options.file(), transformation, playbook);
    options.writeReport(report, () -> GapReportView.markdown(transformation, playbook, report),
        () -> GapReportView.text(transformation, playbook, report));
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
}
