package dev.mom.examples.cli;

import dev.mom.diagnosis.DominanceDiagnoser;
import dev.mom.diagnosis.DominanceDiagnosis;
import dev.mom.examples.mikro.MikroCase;
import dev.mom.examples.report.CaseOverview;
import dev.mom.examples.report.DiagnosisReport;
import dev.mom.examples.report.ImpactReport;
import dev.mom.impact.ImpactAssessment;
import dev.mom.impact.ImpactAssessor;
import dev.mom.examples.report.GapReportView;
import dev.mom.examples.report.PrioritisationReport;
import dev.mom.examples.report.TraceReport;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.Playbooks;
import dev.mom.priority.PrioritisationOptions;
import dev.mom.trace.Traceability;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mom demo}: the example diagnostics over the bundled Mikro case with the default playbook, as far as
 * they exist: an overview of the case and the playbook, then the diagnosis of who drives product decisions, the
 * gap analysis, the prioritisation of the five concepts with a green-light proposal under {@value #CAPACITY}
 * person-months, the road-map-to-OKR traceability as of {@link #AS_OF}, and the impact assessment of the
 * Theory-of-Change outcomes.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = {
        "Shows the bundled Mikro case with the default MOM playbook: the organisation, the period, the teams "
            + "with their members by function, the focus areas and the Theory-of-Change levels.",
        "Then diagnoses who drives product decisions at Mikro (the same report as 'mom diagnose'), scores the "
            + "gaps (as 'mom gaps'), prioritises the five concepts with a capacity of 16 person-months (as "
            + "'mom prioritize --capacity 16'), traces its 2021–2022 road map to its OKRs and strategy as of "
            + "2021-12-31 (as 'mom trace --as-of 2021-12-31') and assesses whether its Theory-of-Change outcomes "
            + "moved (as 'mom impact')."})
final class DemoCommand implements Callable<Integer> {

  /**
   * The effort capacity of the demo's green-light proposal, in person-months: illustrative, about a quarter of
   * the time of the 16 task-force members over the four months of prototyping.
   */
  static final double CAPACITY = 16;

  /**
   * The day the demo judges the pace of the Mikro OKRs on: the end of 2021, when the case's key results have
   * their current values. Fixed, so that the demo never depends on the clock.
   */
  static final LocalDate AS_OF = LocalDate.of(2021, 12, 31);

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
    Path resource = Path.of(MikroCase.RESOURCE);
    PrioritizeCommand.Run run = PrioritizeCommand.run(resource, mikro, playbook,
        PrioritisationOptions.builder().capacity(CAPACITY));
    Traceability trace = TraceCommand.trace(mikro, playbook, AS_OF);
    String report = format == Format.MARKDOWN
        ? CaseOverview.markdown(mikro, playbook) + "\n" + DiagnosisReport.markdown(mikro, playbook, diagnosis, 2)
            + "\n" + GapReportView.markdown(mikro, playbook, run.gaps().orElseThrow(), 2)
            + "\n" + PrioritisationReport.markdown(mikro, playbook, run.prioritisation(), run.gaps(), 2)
            + "\n" + TraceReport.markdown(mikro, playbook, trace, 2)
            + "\n" + ImpactReport.markdown(mikro, playbook, impact, 2)
        : CaseOverview.text(mikro, playbook) + "\n" + DiagnosisReport.text(mikro, playbook, diagnosis)
            + "\n" + GapReportView.text(mikro, playbook, run.gaps().orElseThrow())
            + "\n" + PrioritisationReport.text(mikro, playbook, run.prioritisation(), run.gaps())
            + "\n" + TraceReport.text(mikro, playbook, trace)
            + "\n" + ImpactReport.text(mikro, playbook, impact);
    OutputFile.writeOrPrint(out, report, spec.commandLine().getOut());
    return MomCommand.OK;
  }
}
