package dev.mom.examples.cli;

import dev.mom.examples.report.TraceReport;
import dev.mom.json.MomJson;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.Playbooks;
import dev.mom.trace.RoadmapTracer;
import dev.mom.trace.Traceability;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
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
 * traceability model or one that extends another.
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
        "Uses the default MOM playbook unless --playbook names a complete mom/playbook file with a traceability "
            + "model."},
    footer = {"", "Exit codes: 0 ok, 2 invalid input (problems printed on standard error with their JSON pointers), "
        + "3 internal error."})
final class TraceCommand implements Callable<Integer> {

  /** The output formats of {@code trace}. */
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

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The mom/transformation document to trace.")
  Path file;

  @Option(names = "--playbook", paramLabel = "PLAYBOOK",
      description = "A complete mom/playbook document with a traceability model to use instead of the default MOM "
          + "playbook (one that extends another playbook is not supported yet).")
  @Nullable Path playbookFile;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DayConverter.class,
      description = "The day expected progress and pace are judged on (default: none, and no pace is shown).")
  @Nullable LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = Format.Converter.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.TEXT;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the report to FILE (replaced atomically) instead of standard output.")
  @Nullable Path out;

  @Override
  public Integer call() throws IOException {
    Transformation transformation = CaseDocuments.read(file, Transformation.class);
    Path from = playbookFile;
    Playbook playbook = from == null ? Playbooks.mom() : usable(from, CaseDocuments.read(from, Playbook.class));
    Traceability traceability = trace(transformation, playbook, asOf);
    String text;
    switch (format) {
      case JSON:
        text = MomJson.standard().write(traceability);
        break;
      case MARKDOWN:
        text = TraceReport.markdown(transformation, playbook, traceability);
        break;
      default:
        text = TraceReport.text(transformation, playbook, traceability);
        break;
    }
    OutputFile.writeOrPrint(out, text, spec.commandLine().getOut());
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

  private static Playbook usable(Path file, Playbook playbook) {
    return CaseDocuments.usable(file, playbook, "traceability", "traceability model",
        playbook.traceability().isPresent(), "trace a road map");
  }
}
