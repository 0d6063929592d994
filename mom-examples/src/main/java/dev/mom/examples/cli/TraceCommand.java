package dev.mom.examples.cli;

import dev.mom.examples.report.TraceReport;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.trace.RoadmapTracer;
import dev.mom.trace.Traceability;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code mom trace FILE}: does a case's road map trace to its OKRs, and its OKRs to its strategy? With the
 * traceability model of the default MOM playbook or of the playbook given.
 *
 * <p>Problems of the OKR and road-map data (dangling references, duplicate ids, parent cycles, items outside
 * their key result's period, a target on the wrong side of its baseline) are findings of the report, not
 * errors: the rest of the analysis runs around them. Every way the input can be unusable ends with exit code
 * 2 and the problems on standard error: a case or playbook file that cannot be read or is not a valid document
 * (an unknown direction, kind, horizon or link kind is one, with its JSON pointer), and a playbook without a
 * traceability model or one whose extends cannot be resolved.
 *
 * <p>Expected progress and pace are judged on the {@code --as-of} day; without it they are left out. The
 * clock is never read, so the same input always gives the same report.
 */
@Command(
    name = "trace",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = {
        "Traces the road map of the mom/transformation FILE to its OKRs and the OKRs to its strategy: coverage "
            + "per level of the chain gap → concept → road-map item → key result → objective → strategic objective, "
            + "the chain rows with their first broken hop classified (wish-list, unsupported, unanchored, not "
            + "planned, ...), the findings by category (integrity, chain, outcome-versus-output lint, customer "
            + "metrics, progress), each key result's progress with grade and pace, the objectives' roll-ups, the "
            + "customer metrics in the OKRs and the item × key-result matrix.",
        "Uses the default MOM playbook unless --playbook names a mom/playbook file (complete, or resolved over "
            + "its base) with a traceability "
            + "model."},
    footer = {"", "Exit codes: 0 ok, 2 invalid input (problems printed on standard error with their JSON pointers), "
        + "3 internal error."})
final class TraceCommand implements Callable<Integer> {

  /** Reads an ISO day, with the expected form in the message when it is not one. */
  static final class DayConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a day of the form YYYY-MM-DD");
      }
    }
  }

  @Mixin
  CaseReportOptions options;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DayConverter.class,
      description = "The day expected progress and pace are judged on (default: none, and no pace is shown).")
  @Nullable LocalDate asOf;

  @Override
  public Integer call() throws IOException {
    Transformation transformation = options.readCase();
    Playbook playbook = options.readPlaybook("traceability", "traceability model", "trace a road map",
        p -> p.traceability().isPresent());
    options.progress().engine("traceability");
    Traceability traceability = trace(transformation, playbook, asOf);
    options.writeReport(traceability, () -> TraceReport.markdown(transformation, playbook, traceability),
        () -> TraceReport.text(transformation, playbook, traceability));
    return MomCommand.OK;
  }

  /**
   * Traces a case with a playbook's traceability model; problems of its OKR and road-map data are findings.
   *
   * @param transformation the case
   * @param playbook a playbook with a traceability model
   * @param asOf the day pace is judged on, or null for none
   * @return the traceability
   */
  static Traceability trace(Transformation transformation, Playbook playbook, @Nullable LocalDate asOf) {
    RoadmapTracer tracer = RoadmapTracer.of(playbook.traceability().orElseThrow());
    return asOf == null ? tracer.trace(transformation) : tracer.trace(transformation, asOf);
  }
}
