package dev.mom.examples.cli;

import dev.mom.diagnosis.DominanceDiagnoser;
import dev.mom.diagnosis.DominanceDiagnosis;
import dev.mom.examples.cases.ExampleCase;
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
 * {@code mom demo [--case ID]}: the example diagnostics over a bundled case ({@link ExampleCase}; the Mikro case
 * unless {@code --case} names another) with the default playbook: an overview of the case and the playbook, then
 * the diagnosis of who drives product decisions, the gap analysis, the prioritisation of the concepts with a
 * green-light proposal under the case's capacity ({@value #CAPACITY} person-months for Mikro,
 * {@value #VARROW_CAPACITY} for Varrow), the road-map-to-OKR traceability as of the case's day ({@link #AS_OF}
 * for Mikro, {@link #VARROW_AS_OF} for Varrow), and the impact assessment of the Theory-of-Change outcomes.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = {
        "Shows a bundled case with the default MOM playbook: the organisation, the period, the teams with their "
            + "members by function, the focus areas and the Theory-of-Change levels.",
        "Then diagnoses who drives product decisions (the same report as 'mom diagnose'), scores the gaps (as "
            + "'mom gaps'), prioritises the concepts with a green-light proposal (as 'mom prioritize --capacity "
            + "N'), traces the road map to the OKRs and strategy (as 'mom trace --as-of DAY') and assesses whether "
            + "the Theory-of-Change outcomes moved (as 'mom impact').",
        "The cases: mikro (the default), the Mikro case the MOM model comes from, mixed between sales, executives "
            + "and product, with a capacity of 16 person-months and its 2021–2022 road map as of 2021-12-31; and "
            + "varrow, a fictional sales-led vendor of software for wholesale distributors, invented to contrast "
            + "with it, with a capacity of 8 person-months and its 2024 road map as of 2024-09-30."})
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

  /**
   * The effort capacity of the Varrow demo's green-light proposal, in person-months: illustrative, what the
   * twelve task-force members can spare in the first quarter beside the promised deal work.
   */
  static final double VARROW_CAPACITY = 8;

  /** The day the Varrow demo judges the pace of its 2024 OKRs on: the end of the third quarter. */
  static final LocalDate VARROW_AS_OF = LocalDate.of(2024, 9, 30);

  /** Reads a bundled case by its id ({@code mikro}, {@code varrow}). */
  static final class CaseConverter extends FormatConverter<ExampleCase> {
    CaseConverter() {
      super(ExampleCase.class);
    }
  }

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

  @Option(names = "--case", paramLabel = "CASE", defaultValue = "mikro", converter = CaseConverter.class,
      description = "The bundled case to show: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ExampleCase exampleCase = ExampleCase.MIKRO;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the report to FILE (replaced atomically) instead of standard output.")
  Path out;

  @Option(names = "--quiet", description = Progress.QUIET_DESCRIPTION)
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    Progress progress = Progress.of(spec, quiet);
    Transformation shown = exampleCase.transformation();
    progress.read(exampleCase.id(), shown);
    Playbook playbook = Playbooks.mom();
    boolean varrow = exampleCase == ExampleCase.VARROW;
    progress.engine("diagnosis");
    DominanceDiagnosis diagnosis = DominanceDiagnoser.of(playbook.diagnosis().orElseThrow(), playbook.interventions())
        .diagnose(shown);
    PrioritizeCommand.Run run = PrioritizeCommand.run(Path.of(exampleCase.resource()), shown, playbook,
        PrioritisationOptions.builder().capacity(varrow ? VARROW_CAPACITY : CAPACITY), progress::engine);
    progress.engine("traceability");
    Traceability trace = TraceCommand.trace(shown, playbook, varrow ? VARROW_AS_OF : AS_OF);
    progress.engine("impact");
    ImpactAssessment impact = ImpactAssessor.of(playbook.impact().orElseThrow(), playbook.levelsInOrder())
        .assess(shown);
    String report = format == Format.MARKDOWN
        ? CaseOverview.markdown(shown, playbook) + "\n" + DiagnosisReport.markdown(shown, playbook, diagnosis, 2)
            + "\n" + GapReportView.markdown(shown, playbook, run.gaps().orElseThrow(), 2)
            + "\n" + PrioritisationReport.markdown(shown, playbook, run.prioritisation(), run.gaps(), 2)
            + "\n" + TraceReport.markdown(shown, playbook, trace, 2)
            + "\n" + ImpactReport.markdown(shown, playbook, impact, 2)
        : CaseOverview.text(shown, playbook) + "\n" + DiagnosisReport.text(shown, playbook, diagnosis)
            + "\n" + GapReportView.text(shown, playbook, run.gaps().orElseThrow())
            + "\n" + PrioritisationReport.text(shown, playbook, run.prioritisation(), run.gaps())
            + "\n" + TraceReport.text(shown, playbook, trace)
            + "\n" + ImpactReport.text(shown, playbook, impact);
    OutputFile.writeOrPrint(out, report, spec.commandLine().getOut());
    progress.done();
    return MomCommand.OK;
  }
}
