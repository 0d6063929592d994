package dev.mom.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mom.examples.report.SignalsReport;
import dev.mom.playbook.Engine;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.Playbooks;
import dev.mom.rules.Signal;
import dev.mom.rules.SignalCatalogue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mom playbook signals}: every signal each engine publishes for a playbook, with its meaning and range,
 * grouped by engine, so that consultants can write rules against them.
 */
@Command(
    name = "signals",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = {
        "Lists the signals each engine publishes for the playbook, with name, range (min–max) and meaning, grouped "
            + "by engine, for writing rules. Only the diagnosis is driven by rules today; its signals follow from the "
            + "playbook's functions, evidence kinds, survey items and interview codes.",
        "Uses the default MOM playbook unless --playbook names a mom/playbook file."},
    footer = {"", "Exit codes: 0 ok, 2 invalid input (problems printed on standard error with their JSON pointers), "
        + "3 internal error."})
final class PlaybookSignalsCommand implements Callable<Integer> {

  /** The engines that can be chosen with {@code --engine}. */
  enum EngineChoice {
    DIAGNOSIS, GAPS, PRIORITISATION, TRACEABILITY, IMPACT;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }

    Engine engine() {
      return Engine.valueOf(name());
    }

    /** Reads the engine by its lowercase name. */
    static final class Converter extends FormatConverter<EngineChoice> {
      Converter() {
        super(EngineChoice.class);
      }
    }
  }

  @Spec
  CommandSpec spec;

  @Option(names = "--playbook", paramLabel = "PLAYBOOK",
      description = "A mom/playbook document to list the signals of instead of the default MOM playbook.")
  @Nullable Path playbookFile;

  @Mixin
  BasePlaybooks bases = new BasePlaybooks();

  @Option(names = "--engine", paramLabel = "ENGINE", converter = EngineChoice.Converter.class,
      description = "Only this engine: ${COMPLETION-CANDIDATES} (default: all).")
  @Nullable EngineChoice engine;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = ReportFormat.Converter.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format = ReportFormat.TEXT;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the list to FILE (replaced atomically) instead of standard output.")
  @Nullable Path out;

  @Override
  public Integer call() throws IOException {
    Playbook playbook = Playbooks.mom();
    Path from = playbookFile;
    if (from != null) {
      CaseReportOptions options = new CaseReportOptions();
      options.playbookFile = from;
      options.bases = bases;
      playbook = options.readPlaybook("playbook", "playbook", "list signals", p -> true);
    }
    EngineChoice only = engine;
    List<Engine> engines = only == null ? Arrays.asList(Engine.values()) : List.of(only.engine());
    String report = switch (format) {
      case JSON -> json(playbook, engines);
      case MARKDOWN -> SignalsReport.markdown(playbook, engines);
      case TEXT -> SignalsReport.text(playbook, engines);
    };
    OutputFile.writeOrPrint(out, report, spec.commandLine().getOut());
    return MomCommand.OK;
  }

  /** The catalogue as JSON: the playbook's id and version, then each engine with its signals. */
  static String json(Playbook playbook, List<Engine> engines) throws IOException {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("playbook", playbook.id().value());
    root.put("version", playbook.version());
    ArrayNode list = root.putArray("engines");
    for (Engine e : engines) {
      SignalCatalogue catalogue = e.signals(playbook);
      ObjectNode entry = list.addObject();
      entry.put("engine", e.id());
      entry.put("title", e.title());
      entry.put("rulesDriven", e.rulesDriven());
      entry.put("configured", e.configuredIn(playbook));
      ArrayNode signals = entry.putArray("signals");
      for (Signal signal : catalogue.signals()) {
        ObjectNode s = signals.addObject();
        s.put("name", signal.name());
        s.put("meaning", signal.meaning());
        s.put("min", signal.min());
        s.put("max", signal.max());
      }
    }
    return JsonText.pretty(root);
  }
}
