package dev.mom.examples.cli;

import dev.mom.examples.mikro.MikroCase;
import dev.mom.examples.report.CaseOverview;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.Playbooks;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mom demo}: the example diagnostics over the bundled Mikro case with the default playbook, as far as
 * they exist: today an overview of the case and the playbook, saying which engines are not available yet.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = {
        "Shows the bundled Mikro case with the default MOM playbook: the organisation, the period, the teams "
            + "with their members by function, the focus areas and the Theory-of-Change levels.",
        "The engines (diagnosis, gaps, prioritisation, traceability, impact) are not available yet; the "
            + "report says so rather than showing made-up numbers."})
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
    String report = format == Format.MARKDOWN
        ? CaseOverview.markdown(mikro, playbook)
        : CaseOverview.text(mikro, playbook);
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.print(report);
      stdout.flush();
    } else {
      OutputFile.write(out, report);
    }
    return MomCommand.OK;
  }
}
