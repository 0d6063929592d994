package dev.mom.examples.report;

import dev.mom.playbook.Engine;
import dev.mom.playbook.Playbook;
import dev.mom.rules.Signal;
import dev.mom.rules.SignalCatalogue;
import java.util.List;

/**
 * The signals each engine publishes for a playbook, as plain text or Markdown, for consultants writing rules:
 * per engine, each signal's name, range and meaning, in catalogue order. Engines that are configured by weights,
 * bands and thresholds rather than rules, and sections the playbook does not have, are said to publish none.
 *
 * <p>Stateless and thread-safe.
 */
public final class SignalsReport {

  private SignalsReport() {}

  /**
   * The plain-text report.
   *
   * @param playbook the playbook; not null
   * @param engines the engines to list, in order; not null
   * @return the report, lines ending in {@code \n}
   */
  public static String text(Playbook playbook, List<Engine> engines) {
    StringBuilder out = new StringBuilder();
    Layout.line(out, "Signals of the playbook '" + playbook.id() + "' (version " + playbook.version() + "): "
        + count(total(playbook, engines)));
    for (Engine engine : engines) {
      Layout.line(out, "");
      SignalCatalogue catalogue = engine.signals(playbook);
      String heading = engine.id() + " (" + engine.title() + "): ";
      if (catalogue.size() == 0) {
        Layout.line(out, heading + "no signals");
        Layout.wrap(out, why(playbook, engine), "  ");
        continue;
      }
      Layout.line(out, heading + count(catalogue.size()));
      for (Signal signal : catalogue.signals()) {
        Layout.line(out, "  " + signal.name() + "  " + range(signal));
        Layout.wrap(out, signal.meaning(), "      ");
      }
    }
    return out.toString();
  }

  /**
   * The Markdown report: a table of signals per engine.
   *
   * @param playbook the playbook; not null
   * @param engines the engines to list, in order; not null
   * @return the report, lines ending in {@code \n}
   */
  public static String markdown(Playbook playbook, List<Engine> engines) {
    StringBuilder out = new StringBuilder();
    Layout.line(out, "# Signals of the playbook " + Layout.md(playbook.id().value()) + " (version "
        + Layout.md(playbook.version()) + ")");
    Layout.line(out, "");
    Layout.line(out, count(total(playbook, engines)) + " for rules to test, by engine.");
    for (Engine engine : engines) {
      Layout.line(out, "");
      Layout.line(out, "## " + engine.id() + " — " + engine.title());
      Layout.line(out, "");
      SignalCatalogue catalogue = engine.signals(playbook);
      if (catalogue.size() == 0) {
        Layout.line(out, "No signals. " + why(playbook, engine));
        continue;
      }
      Layout.line(out, "| signal | range | meaning |");
      Layout.line(out, "| --- | --- | --- |");
      for (Signal signal : catalogue.signals()) {
        Layout.line(out, "| `" + signal.name() + "` | " + range(signal) + " | " + Layout.md(signal.meaning()) + " |");
      }
    }
    return out.toString();
  }

  /** Why an engine lists no signals, as a sentence. */
  private static String why(Playbook playbook, Engine engine) {
    if (!engine.rulesDriven()) {
      return "This engine is configured by weights, bands and thresholds, not by rules.";
    }
    return "The playbook has no \"" + engine.id() + "\" section.";
  }

  private static int total(Playbook playbook, List<Engine> engines) {
    return engines.stream().mapToInt(e -> e.signals(playbook).size()).sum();
  }

  private static String count(int signals) {
    return signals == 1 ? "1 signal" : signals + " signals";
  }

  /** The range as {@code min–max}, e.g. {@code 0–1}. */
  private static String range(Signal signal) {
    return Layout.number(signal.min()) + "–" + Layout.number(signal.max());
  }
}
