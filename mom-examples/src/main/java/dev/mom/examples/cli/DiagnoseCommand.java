package dev.mom.examples.cli;

import dev.mom.diagnosis.DominanceDiagnoser;
import dev.mom.diagnosis.DominanceDiagnosis;
import dev.mom.examples.report.DiagnosisReport;
import dev.mom.model.InvalidInputException;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code mom diagnose FILE}: who drives product decisions in a case, from its decision log, survey responses
 * and coded observations, with the diagnosis of the default MOM playbook or of the playbook given.
 *
 * <p>Every way the input can be unusable ends with exit code 2 and the problems on standard error, each with
 * its JSON pointer: a case or playbook file that cannot be read or is not a valid document, a playbook without
 * a diagnosis or one whose extends cannot be resolved, and evidence that does not fit the playbook (an evidence kind,
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
        "Uses the default MOM playbook unless --playbook names a mom/playbook file (complete, or resolved over "
            + "its base) with a diagnosis."},
    footer = {"", "Exit codes: 0 ok, 2 invalid input (problems printed on standard error with their JSON pointers), "
        + "3 internal error."})
final class DiagnoseCommand implements Callable<Integer> {

  @Mixin
  CaseReportOptions options;

  @Override
  public Integer call() throws IOException {
    Transformation transformation = options.readCase();
    Playbook playbook = options.readPlaybook("diagnosis", "diagnosis", "diagnose", p -> p.diagnosis().isPresent());
    DominanceDiagnoser diagnoser = DominanceDiagnoser.of(playbook.diagnosis().orElseThrow(), playbook.interventions());
    DominanceDiagnosis diagnosis;
    options.progress().engine("diagnosis");
    try {
      diagnosis = diagnoser.diagnose(transformation);
    } catch (InvalidInputException e) {
      throw CaseDocuments.misfit(options.file(), "the evidence does not fit", playbook, e);
    }
    options.writeReport(diagnosis, () -> DiagnosisReport.markdown(transformation, playbook, diagnosis),
        () -> DiagnosisReport.text(transformation, playbook, diagnosis));
    return MomCommand.OK;
  }
}
