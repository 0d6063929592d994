package dev.mom.examples.cli;

import dev.mom.diagnosis.DominanceDiagnoser;
import dev.mom.diagnosis.DominanceDiagnosis;
import dev.mom.examples.mikro.MikroCase;
import dev.mom.examples.report.CaseOverview;
import dev.mom.examples.report.DiagnosisReport;
import dev.mom.examples.report.ImpactReport;
import dev.mom.impact.ImpactAssessment;
import dev.mom.impact.ImpactAssessor;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.Playbooks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mom demo}: the example diagnostics over the bundled Mikro case with the default playbook, as far as
 * they exist: an overview of the case and the playbook, saying which engines are not available yet, then the
 * diagnosis of who drives product decisions, then the impact assessment of the Theory-of-Change outcomes.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = {
        "Shows the bundled Mikro case with the default MOM playbook: the organisation, the period, the teams "
            + "with their members by function, the focus areas and the Theory-of-Change levels.",
        "Then diagnoses who drives product decisions at Mikro (the same report as 'mom diagnose'), and assesses "
            + "whether its Theory-of-Change outcomes moved (the same report as 'mom impact').",
        "The other engines (gaps, prioritisation, traceability) are not available yet; the report says so rather "
            + "than showing made-up numbers."})
final class DemoCommand implements Callable<Integer> {

  /** The output formats of {@code demo}. */
  enum Format {
    TEXT, MARKDOWN;

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

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = Format.Converter.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.TEXT;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the report to FILE (replaced atomically) instead of standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    Transformation mikro = MikroCase.transformation();
    Playbook playbook = Playbooks.mom();
    DominanceDiagnosis diagnosis = DominanceDiagnoser.of(playbook.diagnosis().orElseThrow(), playbook.interventions())
        .diagnose(mikro);
    ImpactAssessment impact = ImpactAssessor.of(playbook.impact().orElseThrow(), playbook.levelsInOrder())
        .assess(mikro);
    String report = format == Format.MARKDOWN
        ? CaseOverview.markdown(mikro, playbook) + "\n" + DiagnosisReport.markdown(mikro, playbook, diagnosis, 2)
            + "\n" + ImpactReport.markdown(mikro, playbook, impact, 2)
        : CaseOverview.text(mikro, playbook) + "\n" + DiagnosisReport.text(mikro, playbook, diagnosis)
            + "\n" + ImpactReport.text(mikro, playbook, impact);
    OutputFile.writeOrPrint(out, report, spec.commandLine().getOut());
    return MomCommand.OK;
  }
}
