package dev.mom.examples.cli;

import dev.mom.json.MomJson;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.Playbooks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The arguments every engine command ({@code diagnose}, {@code gaps}, {@code prioritize}, {@code trace},
 * {@code impact}) shares, mixed into each with picocli's {@code @Mixin}: the case FILE, {@code --playbook},
 * {@code --base}, {@code --format}, {@code --out} and {@code --quiet}, with the steps around the engine: reading the
 * case, reading, resolving and checking the playbook, showing {@link Progress} for a large case, and writing the
 * rendered report.
 *
 * <p>Every way the input cannot be used becomes an {@link UnusableInputException} (exit code 2), as
 * {@link CaseDocuments} words it.
 */
final class CaseReportOptions {

  /** The command this is mixed into, for its standard output. */
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Parameters(index = "0", paramLabel = "FILE", description = "The mom/transformation document to analyse.")
  Path file;

  @Option(names = "--playbook", paramLabel = "PLAYBOOK",
      description = "A mom/playbook document to use instead of the default MOM playbook: complete, or one that "
          + "extends mom or a --base playbook.")
  @Nullable Path playbookFile;

  @Mixin
  BasePlaybooks bases = new BasePlaybooks();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = ReportFormat.Converter.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format = ReportFormat.TEXT;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the report to FILE (replaced atomically) instead of standard output.")
  @Nullable Path out;

  @Option(names = "--quiet", description = Progress.QUIET_DESCRIPTION)
  boolean quiet;

  private @Nullable Progress progress;

  /**
   * The case's file, as given, for messages.
   *
   * @return the FILE argument
   */
  Path file() {
    return file;
  }

  /**
   * Reads the case named by FILE.
   *
   * @return the case
   * @throws UnusableInputException if the file cannot be read or is not a valid mom/transformation document
   * @throws IOException if reading fails otherwise
   */
  Transformation readCase() throws IOException {
    Progress timed = progress();
    Transformation transformation = CaseDocuments.read(file, Transformation.class);
    timed.read(file.toString(), transformation);
    return transformation;
  }

  /**
   * The progress of this run on standard error, shown for a large case unless {@code --quiet} was given.
   *
   * @return the progress, timed from the first call
   */
  Progress progress() {
    Progress shown = progress;
    if (shown == null) {
      shown = Progress.of(mixee, quiet);
      progress = shown;
    }
    return shown;
  }

  /**
   * The playbook to run the engine with: the default MOM playbook, or the one named by {@code --playbook},
   * resolved over its base when it {@code extends} one, which must have the engine's section.
   *
   * @param section the section's JSON name, e.g. {@code gaps}
   * @param what what the section is, e.g. "gap model"
   * @param task what the command cannot do without it, e.g. "score gaps"
   * @param present whether a playbook has the section
   * @return the playbook
   * @throws UnusableInputException if the playbook or a base cannot be read, is not valid, cannot be resolved or
   *     lacks the section
   * @throws IOException if reading fails otherwise
   */
  Playbook readPlaybook(String section, String what, String task, Predicate<Playbook> present) throws IOException {
    Path from = playbookFile;
    if (from == null) {
      return Playbooks.mom();
    }
    Playbook playbook = CaseDocuments.readPlaybook(from, bases.files);
    return CaseDocuments.usable(from, playbook, section, what, present.test(playbook), task);
  }

  /**
   * Renders a result in the chosen {@code --format} and prints it on the command's standard output, or writes
   * it to the {@code --out} file.
   *
   * @param result the engine's result, written as is for {@code json}
   * @param markdown renders the Markdown report
   * @param text renders the plain-text report
   * @throws UnusableInputException if the {@code --out} file cannot be written there
   * @throws IOException if writing fails otherwise
   */
  void writeReport(Object result, Supplier<String> markdown, Supplier<String> text) throws IOException {
    String report = switch (format) {
      case JSON -> MomJson.standard().write(result);
      case MARKDOWN -> markdown.get();
      case TEXT -> text.get();
    };
    OutputFile.writeOrPrint(out, report, mixee.commandLine().getOut(), file, playbookFile);
    progress().done();
  }
}
