package dev.mom.examples.cli;

import dev.mom.examples.report.ImpactReport;
import dev.mom.impact.ImpactAssessment;
import dev.mom.impact.ImpactAssessor;
import dev.mom.model.InvalidInputException;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code mom impact FILE}: did the Theory-of-Change outcomes of a case move between its baseline and follow-up
 * waves? With the impact model of the default MOM playbook or of the playbook given.
 *
 * <p>Every way the input can be unusable ends with exit code 2 and the problems on standard error, each with
 * its JSON pointer: a case or playbook file that cannot be read or is not a valid document (a measurement off
 * its outcome's scale is one), a playbook without an impact model or one whose extends cannot be resolved, and impact
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
        "Uses the default MOM playbook unless --playbook names a mom/playbook file (complete, or resolved over "
            + "its base) with an impact model."},
    footer = {"", "Exit codes: 0 ok, 2 invalid input (problems printed on standard error with their JSON pointers), "
        + "3 internal error."})
final class ImpactCommand implements Callable<Integer> {

  @Mixin
  CaseReportOptions options;

  @Override
  public Integer call() throws IOException {
    Transformation transformation = options.readCase();
    Playbook playbook = options.readPlaybook("impact", "impact model", "assess impact", p -> p.impact().isPresent());
    options.progress().engine("impact");
    ImpactAssessment assessment = assess(options.file(), transformation, playbook);
    options.writeReport(assessment, () -> ImpactReport.markdown(transformation, playbook, assessment),
        () -> ImpactReport.text(transformation, playbook, assessment));
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
      throw CaseDocuments.misfit(file, "the impact data cannot be assessed with", playbook, e);
    }
  }
}
