package dev.mom.examples.report;

import dev.mom.model.Id;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.trace.ChainBreak;
import dev.mom.trace.ChainRow;
import dev.mom.trace.CustomerMetricCoverage;
import dev.mom.trace.Finding;
import dev.mom.trace.FindingKind;
import dev.mom.trace.KeyResultTrace;
import dev.mom.trace.LevelCoverage;
import dev.mom.trace.LinkKind;
import dev.mom.trace.ObjectiveTrace;
import dev.mom.trace.RoadmapItem;
import dev.mom.trace.Traceability;
import dev.mom.trace.TraceMatrix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A road-map-to-OKR traceability as a report for consultants: the coverage of each level of the chain gap →
 * concept → road-map item → key result → objective → strategic objective, the chain rows with their first
 * broken hop classified, the findings grouped by category (integrity, chain, lint, customer metrics, progress),
 * each key result's progress with its grade and pace, the objectives' roll-ups, the customer metrics in the
 * OKRs, and the item × key-result matrix (● contributes, ○ supports).
 *
 * <p>Output is deterministic: the same case and traceability give the same text, with {@code \n} line ends
 * and numbers written the same whatever the default locale (progress with two decimals, coverage as a
 * percentage with one). The day pace is judged on is the traceability's own as-of day, never the clock.
 * Stateless and thread-safe.
 */
public final class TraceReport {

  private TraceReport() {}

  /**
   * The report as plain text for a terminal, prose wrapped at 100 columns.
   *
   * @param transformation the traced case; not null
   * @param playbook the playbook it was traced with; not null
   * @param traceability the traceability; not null
   * @return the report, ending with a newline
   */
  public static String text(Transformation transformation, Playbook playbook, Traceability traceability) {
    return new View(transformation, playbook, traceability).text();
  }

  /**
   * The report as Markdown (CommonMark with GitHub tables), its title a level-1 heading.
   *
   * @param transformation the traced case; not null
   * @param playbook the playbook it was traced with; not null
   * @param traceability the traceability; not null
   * @return the report, ending with a newline
   */
  public static String markdown(Transformation transformation, Playbook playbook, Traceability traceability) {
    return markdown(transformation, playbook, traceability, 1);
  }

  /**
   * The report as Markdown, its title a heading of the given level and its sections one level below, so that
   * it can follow another report in one document.
   *
   * @param transformation the traced case; not null
   * @param playbook the playbook it was traced with; not null
   * @param traceability the traceability; not null
   * @param level the level of the title's heading, 1 to 5
   * @return the report, ending with a newline
   * @throws IllegalArgumentException if the level is out of range
   */
  public static String markdown(Transformation transformation, Playbook playbook, Traceability traceability,
      int level) {
    if (level < 1 || level > 5) {
      throw new IllegalArgumentException("level must be 1 to 5, was " + level);
    }
    return new View(transformation, playbook, traceability).markdown(level);
  }

  /** The traceability with what the report needs to name things: the road-map items. */
  private static final class View {

    private final Transformation transformation;
    private final Playbook playbook;
    private final Traceability trace;
    private final Map<Id, RoadmapItem> items = new LinkedHashMap<>();

    View(Transformation transformation, Playbook playbook, Traceability traceability) {
      this.transformation = Objects.requireNonNull(transformation, "transformation");
      this.playbook = Objects.requireNonNull(playbook, "playbook");
      this.trace = Objects.requireNonNull(traceability, "traceability");
      transformation.roadmap().ifPresent(r -> r.items().forEach(i -> items.putIfAbsent(i.id(), i)));
    }

    // ---- plain text ---------------------------------------------------------------------------------

    String text() {
      StringBuilder out = new StringBuilder();
      String title = "Road-map-to-OKR traceability: " + transformation.title() + " (" + transformation.id() + ")";
      Layout.heading(out, title, '=');
      Layout.line(out, "");
      Layout.wrap(out, summary(), "");
      Layout.wrap(out, asOf(), "");

      section(out, "Coverage per level");
      for (LevelCoverage c : trace.coverage()) {
        Layout.line(out, "  " + Layout.pad(level(c), 22) + Layout.padLeft(c.covered() + " of " + c.total(), 9) + "  "
            + Layout.padLeft(ratio(c.ratio()), 6) + uncoveredSuffix(c));
      }
      if (!trace.exemptItems().isEmpty()) {
        Layout.line(out, "");
        Layout.line(out, "  Exempt road-map items, left out of tracing:");
        for (Id id : trace.exemptItems()) {
          Layout.wrap(out, id + ": " + exemption(id), "    ", "      ");
        }
      }

      section(out, "Chain rows: gap → concept → item → key result → objective → strategic objective");
      Layout.line(out, "  (\"-\" marks a missing link; the first broken hop is classified)");
      for (ChainRow row : trace.rows()) {
        String first = row.firstBreak().map(ChainBreak::id).orElse("ok");
        Layout.line(out, "  " + Layout.pad(first, 12) + String.join(" → ", hops(row)));
      }

      section(out, "Findings");
      for (FindingKind.Category category : FindingKind.Category.values()) {
        List<Finding> found = findings(category);
        Layout.line(out, "  " + category(category) + " (" + found.size() + ")" + (found.isEmpty() ? ": none" : ":"));
        for (Finding f : found) {
          Layout.wrap(out, f.kind().id() + " " + f.pointer() + ": " + f.message(), "    ", "      ");
        }
      }

      section(out, "Key results: progress, grade and pace");
      int widest = 10;
      for (KeyResultTrace k : trace.keyResults()) {
        widest = Math.max(widest, k.keyResult().value().length());
      }
      int width = widest;
      Layout.line(out, "  " + Layout.pad("key result", width) + "  progress  grade   expected  pace");
      for (KeyResultTrace k : trace.keyResults()) {
        Layout.line(out, "  " + Layout.pad(k.keyResult().value(), width) + "  "
            + Layout.padLeft(k.progress().map(p -> Layout.twoDecimals(p.value())).orElse("-"), 8) + "  "
            + Layout.pad(k.progress().map(p -> p.grade().id()).orElse("-"), 6) + "  "
            + Layout.padLeft(decimal(k.expected()), 8) + "  " + k.pace().map(p -> p.id()).orElse("-"));
        k.progress().ifPresent(p -> Layout.line(out, "  " + " ".repeat(width) + "  " + p.explanation()));
      }

      section(out, "Objectives: roll-up (" + rollUp() + ")");
      for (ObjectiveTrace o : trace.objectives()) {
        Layout.line(out, "  " + o.objective() + " (" + o.commitment().id() + ", "
            + o.anchor().map(a -> "anchored to " + a).orElse("unanchored") + ")");
        Layout.line(out, "    " + o.supportedKeyResults() + " of " + o.keyResults().size()
            + " key results supported; progress " + decimal(o.progress()) + " " + o.grade().map(g -> g.id())
                .orElse("-") + ", expected " + decimal(o.expected()) + ", " + o.pace().map(p -> p.id()).orElse("-"));
      }

      section(out, "Customer metrics in the OKRs");
      for (String line : customerMetrics()) {
        Layout.wrap(out, line, "  ", "    ");
      }

      section(out, "Item × key-result matrix (● contributes, ○ supports)");
      TraceMatrix matrix = trace.matrix();
      if (matrix.items().isEmpty() || matrix.keyResults().isEmpty()) {
        Layout.line(out, "  No road-map items or no key results to match.");
      } else {
        List<Id> columns = matrix.keyResults();
        for (int c = 0; c < columns.size(); c++) {
          Layout.line(out, "  " + Layout.padLeft("K" + (c + 1), 4) + "  " + columns.get(c));
        }
        int rowWidth = 4;
        for (Id item : matrix.items()) {
          rowWidth = Math.max(rowWidth, item.value().length());
        }
        Layout.line(out, "");
        StringBuilder header = new StringBuilder("  " + Layout.pad("item", rowWidth) + " ");
        for (int c = 0; c < columns.size(); c++) {
          header.append(Layout.padLeft("K" + (c + 1), 4));
        }
        Layout.line(out, header.toString().stripTrailing());
        for (Id item : matrix.items()) {
          StringBuilder row = new StringBuilder("  " + Layout.pad(item.value(), rowWidth) + " ");
          for (Id column : columns) {
            row.append(Layout.padLeft(mark(matrix.cell(item, column), "·"), 4));
          }
          Layout.line(out, row.toString());
        }
      }
      return out.toString();
    }

    private static void section(StringBuilder out, String title) {
      Layout.line(out, "");
      Layout.heading(out, title, '-');
    }

    // ---- Markdown -----------------------------------------------------------------------------------

    String markdown(int level) {
      StringBuilder out = new StringBuilder();
      String h1 = "#".repeat(level) + " ";
      String h2 = "#".repeat(level + 1) + " ";
      Layout.line(out, h1 + "Road-map-to-OKR traceability: " + Layout.md(transformation.title()) + " (`"
          + transformation.id() + "`)");
      Layout.line(out, "");
      Layout.line(out, Layout.md(summary()));
      Layout.line(out, "");
      Layout.line(out, Layout.md(asOf()));

      Layout.line(out, "");
      Layout.line(out, h2 + "Coverage per level");
      Layout.line(out, "");
      Layout.line(out, "| Level | Covered | Total | Ratio | Not covered |");
      Layout.line(out, "| --- | ---: | ---: | ---: | --- |");
      for (LevelCoverage c : trace.coverage()) {
        Layout.line(out, "| " + level(c) + " | " + c.covered() + " | " + c.total() + " | " + ratio(c.ratio()) + " | "
            + ids(c.uncovered()) + " |");
      }
      if (!trace.exemptItems().isEmpty()) {
        Layout.line(out, "");
        Layout.line(out, "Exempt road-map items, left out of tracing:");
        Layout.line(out, "");
        for (Id id : trace.exemptItems()) {
          Layout.line(out, "- `" + id + "`: " + Layout.md(exemption(id)));
        }
      }

      Layout.line(out, "");
      Layout.line(out, h2 + "Chain rows");
      Layout.line(out, "");
      Layout.line(out, "| Gap | Concept | Item | Key result | Objective | Strategic objective | First break |");
      Layout.line(out, "| --- | --- | --- | --- | --- | --- | --- |");
      for (ChainRow row : trace.rows()) {
        StringBuilder line = new StringBuilder("|");
        for (String hop : hops(row)) {
          line.append(hop.equals("-") ? " |" : " `" + hop + "` |");
        }
        line.append(row.firstBreak().map(b -> " **" + b.id() + "** |").orElse(" |"));
        Layout.line(out, line.toString());
      }

      Layout.line(out, "");
      Layout.line(out, h2 + "Findings");
      for (FindingKind.Category category : FindingKind.Category.values()) {
        List<Finding> found = findings(category);
        Layout.line(out, "");
        Layout.line(out, "**" + category(category) + "** (" + found.size() + ")" + (found.isEmpty() ? ": none" : ":"));
        if (!found.isEmpty()) {
          Layout.line(out, "");
        }
        for (Finding f : found) {
          Layout.line(out, "- **" + f.kind().id() + "** `" + f.pointer() + "`: " + Layout.md(f.message()));
        }
      }

      Layout.line(out, "");
      Layout.line(out, h2 + "Key results: progress, grade and pace");
      Layout.line(out, "");
      Layout.line(out, "| Key result | Objective | Progress | Grade | Expected | Pace | Computation |");
      Layout.line(out, "| --- | --- | ---: | --- | ---: | --- | --- |");
      for (KeyResultTrace k : trace.keyResults()) {
        Layout.line(out, "| `" + k.keyResult() + "` | `" + k.objective() + "` | "
            + k.progress().map(p -> Layout.twoDecimals(p.value())).orElse("") + " | "
            + k.progress().map(p -> p.grade().id()).orElse("") + " | " + decimal(k.expected()).replace("-", "")
            + " | " + k.pace().map(p -> p.id()).orElse("") + " | "
            + k.progress().map(p -> Layout.md(p.explanation())).orElse("") + " |");
      }

      Layout.line(out, "");
      Layout.line(out, h2 + "Objectives: roll-up (" + rollUp() + ")");
      Layout.line(out, "");
      Layout.line(out, "| Objective | Commitment | Anchored to | Supported key results | Progress | Grade | Expected "
          + "| Pace |");
      Layout.line(out, "| --- | --- | --- | ---: | ---: | --- | ---: | --- |");
      for (ObjectiveTrace o : trace.objectives()) {
        Layout.line(out, "| `" + o.objective() + "` | " + o.commitment().id() + " | "
            + o.anchor().map(a -> "`" + a + "`").orElse("unanchored") + " | " + o.supportedKeyResults() + " of "
            + o.keyResults().size() + " | " + decimal(o.progress()).replace("-", "") + " | "
            + o.grade().map(g -> g.id()).orElse("") + " | " + decimal(o.expected()).replace("-", "") + " | "
            + o.pace().map(p -> p.id()).orElse("") + " |");
      }

      Layout.line(out, "");
      Layout.line(out, h2 + "Customer metrics in the OKRs");
      Layout.line(out, "");
      for (String line : customerMetrics()) {
        Layout.line(out, "- " + Layout.md(line));
      }

      Layout.line(out, "");
      Layout.line(out, h2 + "Item × key-result matrix");
      Layout.line(out, "");
      TraceMatrix matrix = trace.matrix();
      if (matrix.items().isEmpty() || matrix.keyResults().isEmpty()) {
        Layout.line(out, "No road-map items or no key results to match.");
      } else {
        Layout.line(out, "● contributes (counts toward coverage and progress), ○ supports (informational).");
        Layout.line(out, "");
        StringBuilder header = new StringBuilder("| Item |");
        StringBuilder rule = new StringBuilder("| --- |");
        for (Id column : matrix.keyResults()) {
          header.append(" `").append(column).append("` |");
          rule.append(" :---: |");
        }
        Layout.line(out, header.toString());
        Layout.line(out, rule.toString());
        for (Id item : matrix.items()) {
          StringBuilder row = new StringBuilder("| `" + item + "` |");
          for (Id column : matrix.keyResults()) {
            String mark = mark(matrix.cell(item, column), "");
            row.append(mark.isEmpty() ? " |" : " " + mark + " |");
          }
          Layout.line(out, row.toString());
        }
      }
      return out.toString();
    }

    // ---- shared -------------------------------------------------------------------------------------

    private String summary() {
      int complete = 0;
      int broken = 0;
      for (ChainRow row : trace.rows()) {
        if (row.breaks().isEmpty()) {
          complete++;
        } else {
          broken++;
        }
      }
      return trace.objectives().size() + " OKR objectives with " + trace.keyResults().size() + " key results; "
          + items.size() + " road-map items (" + trace.exemptItems().size() + " exempt); " + trace.rows().size()
          + " chain rows, " + complete + " unbroken from item to strategy and " + broken + " broken; "
          + trace.findings().size() + (trace.findings().size() == 1 ? " finding" : " findings") + ". Playbook: "
          + playbook.title() + " (" + playbook.id() + ").";
    }

    private String asOf() {
      return trace.asOf().map(d -> "As of " + d + ": expected progress is the share of each period elapsed on that "
          + "day, and pace compares progress with it within a tolerance of "
          + Layout.number(playbook.traceability().map(m -> m.paceTolerance()).orElse(0.1)) + ".")
          .orElse("No as-of day given: expected progress and pace are not judged (give --as-of YYYY-MM-DD).");
    }

    private String rollUp() {
      return trace.objectives().isEmpty() ? "none" : trace.objectives().get(0).rollUp().id();
    }

    private List<String> customerMetrics() {
      CustomerMetricCoverage c = trace.customerMetrics();
      List<String> lines = new ArrayList<>();
      lines.add("Objectives with a key result naming customer behaviour: " + c.objectivesWithCustomerKeyResult()
          + " of " + c.objectives() + " (" + ratio(c.objectiveRatio()) + ").");
      lines.add("Key results naming customer behaviour: " + c.customerKeyResults() + " of " + c.keyResults() + " ("
          + ratio(c.keyResultRatio()) + "); outcome key results (not output-style): " + c.outcomeKeyResults()
          + " of " + c.keyResults() + ".");
      List<String> metrics = new ArrayList<>();
      c.byMetric().forEach((metric, count) -> metrics.add(metric + " " + count));
      lines.add("Key results by customer metric: " + (metrics.isEmpty() ? "none tagged" : String.join(", ", metrics))
          + ".");
      lines.add("Objectives without a customer key result: " + idsOrNone(c.withoutCustomerKeyResult()) + ".");
      lines.add("Objectives with outputs only: " + idsOrNone(c.allOutputs()) + ".");
      return lines;
    }

    private List<Finding> findings(FindingKind.Category category) {
      return trace.findings().stream().filter(f -> f.kind().category() == category).toList();
    }

    private String exemption(Id id) {
      return Optional.ofNullable(items.get(id)).flatMap(RoadmapItem::exemption)
          .map(e -> e.category().id() + ", " + e.reason()).orElse("exempt");
    }

    private static List<String> hops(ChainRow row) {
      List<String> hops = new ArrayList<>();
      for (Optional<Id> hop : List.of(row.gap(), row.concept(), row.item(), row.keyResult(), row.objective(),
          row.strategicObjective())) {
        hops.add(hop.map(Id::value).orElse("-"));
      }
      return hops;
    }

    private static String level(LevelCoverage c) {
      return c.level().id().replace('-', ' ');
    }

    private static String uncoveredSuffix(LevelCoverage c) {
      return c.uncovered().isEmpty() ? "" : "  not covered: " + idsOrNone(c.uncovered());
    }

    private static String category(FindingKind.Category category) {
      switch (category) {
        case INTEGRITY:
          return "Integrity";
        case CHAIN:
          return "Chain";
        case LINT:
          return "Outcome-versus-output lint";
        case CUSTOMER_METRICS:
          return "Customer metrics";
        default:
          return "Progress";
      }
    }

    private static String mark(Optional<LinkKind> kind, String empty) {
      return kind.map(k -> k == LinkKind.CONTRIBUTES ? "●" : "○").orElse(empty);
    }

    private static String ratio(OptionalDouble ratio) {
      return ratio.isPresent() ? Layout.percent(ratio.getAsDouble()) : "-";
    }

    private static String decimal(OptionalDouble value) {
      return value.isPresent() ? Layout.twoDecimals(value.getAsDouble()) : "-";
    }

    private static String ids(List<Id> ids) {
      List<String> quoted = new ArrayList<>();
      ids.forEach(id -> quoted.add("`" + id + "`"));
      return String.join(", ", quoted);
    }

    private static String idsOrNone(List<Id> ids) {
      List<String> plain = new ArrayList<>();
      ids.forEach(id -> plain.add(id.value()));
      return plain.isEmpty() ? "none" : String.join(", ", plain);
    }
  }
}
