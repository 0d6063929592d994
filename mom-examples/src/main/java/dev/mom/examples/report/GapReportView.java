package dev.mom.examples.report;

import dev.mom.gap.Blocker;
import dev.mom.gap.ConfidenceLevel;
import dev.mom.gap.FunctionBreakdown;
import dev.mom.gap.GapModel;
import dev.mom.gap.GapReport;
import dev.mom.gap.GapRollUp;
import dev.mom.gap.IndicatorGap;
import dev.mom.gap.LevelStatus;
import dev.mom.gap.ObjectiveLink;
import dev.mom.gap.SeverityBand;
import dev.mom.gap.SourceAggregate;
import dev.mom.gap.Suppression;
import dev.mom.model.ChangeLevel;
import dev.mom.model.FocusArea;
import dev.mom.model.Id;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A gap analysis as a report for the task force and the advisory board: where the organisation stands
 * against the ideal, as a heat map of the shortfall by focus area and Theory-of-Change level; the stage
 * reached and what blocks the next; and the gaps ranked by weighted severity, each with its numbers, the
 * confidence with its reasons, the breakdown by function with small groups suppressed, and the strategic
 * objectives it is linked to.
 *
 * <p>The heat map's cell for a focus area and a level is the weighted mean shortfall {@code Σ w·shortfall ÷
 * Σ w} of the measured indicators the model has there (in the default playbook exactly one), shaded by the
 * severity band it falls in; the last column and row are the report's roll-ups per focus area and per
 * level, and their corner the overall shortfall. A shortfall is normalised: 0 at the ideal, 1 as far from
 * it as the scale allows.
 *
 * <p>Output is deterministic: the same case, playbook and report give the same text, with {@code \n} line
 * ends and numbers written the same whatever the default locale. Stateless and thread-safe.
 */
public final class GapReportView {

  /** The shades of the severity bands in the text heat map, lightest first. */
  private static final String[] SHADES = {"··", "░░", "▒▒", "▓▓", "██"};

  /** The width of a heat-map column in the text report. */
  private static final int CELL = 9;

  private GapReportView() {}

  /**
   * The report as plain text for a terminal, prose wrapped at 100 columns.
   *
   * @param transformation the case; not null
   * @param playbook the playbook it was scored with; not null, with a gap model
   * @param report the gap report; not null
   * @return the report, ending with a newline
   * @throws IllegalArgumentException if the playbook has no gap model
   */
  public static String text(Transformation transformation, Playbook playbook, GapReport report) {
    return new View(transformation, playbook, report).text();
  }

  /**
   * The report as Markdown (CommonMark with GitHub tables), its title a level-1 heading.
   *
   * @param transformation the case; not null
   * @param playbook the playbook it was scored with; not null, with a gap model
   * @param report the gap report; not null
   * @return the report, ending with a newline
   * @throws IllegalArgumentException if the playbook has no gap model
   */
  public static String markdown(Transformation transformation, Playbook playbook, GapReport report) {
    return markdown(transformation, playbook, report, 1);
  }

  /**
   * The report as Markdown, its title a heading of the given level and its sections one level below.
   *
   * @param transformation the case; not null
   * @param playbook the playbook it was scored with; not null, with a gap model
   * @param report the gap report; not null
   * @param level the level of the title's heading, 1 to 4
   * @return the report, ending with a newline
   * @throws IllegalArgumentException if the playbook has no gap model or the level is out of range
   */
  public static String markdown(Transformation transformation, Playbook playbook, GapReport report, int level) {
    if (level < 1 || level > 4) {
      throw new IllegalArgumentException("level must be 1 to 4, was " + level);
    }
    return new View(transformation, playbook, report).markdown(level);
  }

  /** The report with what it needs to name things: the playbook's areas, levels and bands. */
  private static final class View {

    private final Transformation transformation;
    private final Playbook playbook;
    private final GapReport report;
    private final GapModel model;
    private final List<ChangeLevel> levels;
    private final Map<Id, IndicatorGap> gaps = new LinkedHashMap<>();

    View(Transformation transformation, Playbook playbook, GapReport report) {
      this.transformation = Objects.requireNonNull(transformation, "transformation");
      this.playbook = Objects.requireNonNull(playbook, "playbook");
      this.report = Objects.requireNonNull(report, "report");
      this.model = playbook.gaps().orElseThrow(() -> new IllegalArgumentException("the playbook '"
          + playbook.id() + "' has no gap model"));
      this.levels = playbook.levelsInOrder();
      for (IndicatorGap gap : report.indicators()) {
        gaps.put(gap.indicator(), gap);
      }
    }

    // ---- plain text ---------------------------------------------------------------------------------

    String text() {
      StringBuilder out = new StringBuilder();
      String title = "Gap analysis: " + transformation.title() + " (" + transformation.id() + ")";
      Layout.heading(out, title, '=');
      Layout.line(out, "");
      Layout.wrap(out, "Stage reached: " + stageSummary(), "", "  ");
      Layout.wrap(out, "Overall shortfall: " + rollUpSummary(report.overall()), "", "  ");
      Layout.wrap(out, "Evidence: " + evidence(), "", "  ");
      Layout.line(out, "Playbook: " + playbook.title() + " (" + playbook.id() + ", version " + playbook.version()
          + ")");
      report.strategy().ifPresent(s -> Layout.wrap(out, "Strategy: " + strategyName(), "", "  "));

      Layout.line(out, "");
      Layout.line(out, "Shortfall by focus area and Theory-of-Change level (0 at the ideal, 1 as far from it as the");
      Layout.line(out, "scale allows):");
      Layout.line(out, "");
      int nameWidth = "All focus areas".length();
      for (FocusArea area : playbook.focusAreas()) {
        nameWidth = Math.max(nameWidth, area.name().length());
      }
      StringBuilder header = new StringBuilder("  " + Layout.pad("", nameWidth));
      for (ChangeLevel level : levels) {
        header.append("  ").append(Layout.pad("Level " + level.rank(), CELL));
      }
      header.append("  All levels");
      Layout.line(out, header.toString());
      for (FocusArea area : playbook.focusAreas()) {
        StringBuilder row = new StringBuilder("  " + Layout.pad(area.name(), nameWidth));
        for (ChangeLevel level : levels) {
          row.append("  ").append(Layout.pad(textCell(cell(area.id(), level.id())), CELL));
        }
        row.append("  ").append(textCell(rollUp(report.focusAreas(), area.id())));
        Layout.line(out, row.toString().stripTrailing());
      }
      StringBuilder total = new StringBuilder("  " + Layout.pad("All focus areas", nameWidth));
      for (ChangeLevel level : levels) {
        total.append("  ").append(Layout.pad(textCell(rollUp(report.levels(), level.id())), CELL));
      }
      total.append("  ").append(textCell(cellOf(report.overall())));
      Layout.line(out, total.toString().stripTrailing());
      Layout.line(out, "");
      List<String> levelNames = new ArrayList<>();
      for (ChangeLevel level : levels) {
        levelNames.add(level.rank() + " " + level.name());
      }
      Layout.wrap(out, "Levels: " + String.join(", ", levelNames) + ".", "  ", "    ");
      List<String> legend = new ArrayList<>();
      for (int b = 0; b < model.severityBands().size(); b++) {
        SeverityBand band = model.severityBands().get(b);
        legend.add(shade(b) + " " + band.label().toLowerCase(java.util.Locale.ROOT) + " (up to "
            + Layout.number(band.upTo()) + ")");
      }
      Layout.wrap(out, "Severity: " + String.join(", ", legend) + "; – not measured.", "  ", "    ");

      Layout.line(out, "");
      Layout.line(out, "Theory-of-Change levels (" + ruleName() + "):");
      for (LevelStatus status : report.stage().levels()) {
        Layout.line(out, "  " + status.rank() + ". " + Layout.pad(levelName(status.level()), levelWidth()) + "  "
            + levelStatus(status));
      }
      if (report.stage().next().isPresent()) {
        Id next = report.stage().next().get();
        List<Blocker> blockers = report.stage().blockers();
        Layout.line(out, "");
        Layout.line(out, "What blocks " + levelName(next) + " (" + count(blockers.size(), "blocker") + "):");
        for (Blocker blocker : blockers) {
          Layout.wrap(out, "- " + blockerText(blocker), "  ", "    ");
        }
      }

      Layout.line(out, "");
      Layout.wrap(out, "Gaps ranked by weighted severity (" + rankingSummary() + "):", "", "  ");
      int rank = 0;
      for (Id id : report.ranking()) {
        IndicatorGap gap = gaps.get(id);
        rank++;
        Layout.line(out, "");
        Layout.wrap(out, rank + ". " + gap.indicator() + ": " + gap.severity() + ", shortfall "
            + Layout.twoDecimals(gap.shortfall()) + " (" + areaName(gap.focusArea()) + ", level "
            + levelRank(gap.level()) + ")", Layout.padLeft("", rank < 10 ? 2 : 1), "      ");
        Layout.wrap(out, gap.statement(), "      ");
        Layout.wrap(out, capitalised(gap.explanation()) + ".", "      ");
        Layout.wrap(out, "Spread and sources: " + spread(gap) + "; " + sources(gap) + ".", "      ", "        ");
        Layout.wrap(out, "Confidence " + gap.confidence().level().id() + ": "
            + String.join("; ", gap.confidence().reasons()) + ".", "      ", "        ");
        Layout.wrap(out, "By function: " + functions(gap) + ".", "      ", "        ");
        if (!gap.objectives().isEmpty()) {
          Layout.wrap(out, "Strategy: " + objectives(gap) + ".", "      ", "        ");
        }
      }
      List<String> met = metIndicators();
      if (!met.isEmpty()) {
        Layout.line(out, "");
        Layout.wrap(out, "At or beyond the ideal: " + String.join(", ", met) + ".", "");
      }
      if (!report.unmeasured().isEmpty()) {
        Layout.line(out, "");
        Layout.wrap(out, "Not measured, left out of every roll-up: " + ids(report.unmeasured()) + ".", "");
      }
      return out.toString();
    }

    // ---- Markdown -----------------------------------------------------------------------------------

    String markdown(int heading) {
      String h = "#".repeat(heading) + " ";
      String h2 = "#".repeat(heading + 1) + " ";
      StringBuilder out = new StringBuilder();
      Layout.line(out, h + "Gap analysis: " + Layout.md(transformation.title()) + " (`" + transformation.id() + "`)");
      Layout.line(out, "");
      Layout.line(out, "- **Stage reached:** " + Layout.md(stageSummary()));
      Layout.line(out, "- **Overall shortfall:** " + Layout.md(rollUpSummary(report.overall())));
      Layout.line(out, "- **Evidence:** " + Layout.md(evidence()));
      Layout.line(out, "- **Playbook:** " + Layout.md(playbook.title()) + " (`" + playbook.id() + "`, version "
          + Layout.md(playbook.version()) + ")");
      report.strategy().ifPresent(s -> Layout.line(out, "- **Strategy:** " + Layout.md(strategyName())));

      Layout.line(out, "");
      Layout.line(out, h2 + "Shortfall by focus area and Theory-of-Change level");
      Layout.line(out, "");
      Layout.line(out, "0 at the ideal, 1 as far from it as the scale allows; the severity band in words.");
      Layout.line(out, "");
      StringBuilder header = new StringBuilder("| Focus area |");
      StringBuilder rule = new StringBuilder("| --- |");
      for (ChangeLevel level : levels) {
        header.append(" ").append(level.rank()).append(". ").append(Layout.md(level.name())).append(" |");
        rule.append(" ---: |");
      }
      Layout.line(out, header + " All levels |");
      Layout.line(out, rule + " ---: |");
      for (FocusArea area : playbook.focusAreas()) {
        StringBuilder row = new StringBuilder("| " + Layout.md(area.name()) + " |");
        for (ChangeLevel level : levels) {
          row.append(" ").append(markdownCell(cell(area.id(), level.id()))).append(" |");
        }
        row.append(" **").append(markdownCell(rollUp(report.focusAreas(), area.id()))).append("** |");
        Layout.line(out, row.toString());
      }
      StringBuilder total = new StringBuilder("| **All focus areas** |");
      for (ChangeLevel level : levels) {
        total.append(" **").append(markdownCell(rollUp(report.levels(), level.id()))).append("** |");
      }
      total.append(" **").append(markdownCell(cellOf(report.overall()))).append("** |");
      Layout.line(out, total.toString());

      Layout.line(out, "");
      Layout.line(out, h2 + "Stage");
      Layout.line(out, "");
      Layout.line(out, Layout.md(report.stage().explanation()));
      Layout.line(out, "");
      Layout.line(out, "| Level | Met | Indicators within " + Layout.number(report.stage().threshold())
          + " | Mean shortfall |");
      Layout.line(out, "| --- | --- | ---: | ---: |");
      for (LevelStatus status : report.stage().levels()) {
        Layout.line(out, "| " + status.rank() + ". " + Layout.md(levelName(status.level())) + " | "
            + (status.met() ? "yes" : "no") + " | " + status.metIndicators() + " of " + status.indicators() + " | "
            + optional(status.shortfall()) + " |");
      }

      Layout.line(out, "");
      Layout.line(out, h2 + "Gaps ranked by weighted severity");
      Layout.line(out, "");
      Layout.line(out, Layout.md(capitalised(rankingSummary())) + ".");
      Layout.line(out, "");
      Layout.line(out, "| # | Indicator | Focus area | Level | Current | Ideal | Shortfall | Severity | n | r_wg "
          + "| Sources agreeing | Confidence | Objectives |");
      Layout.line(out, "| ---: | --- | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- | --- |");
      int rank = 0;
      for (Id id : report.ranking()) {
        IndicatorGap gap = gaps.get(id);
        rank++;
        List<String> objectives = new ArrayList<>();
        for (ObjectiveLink link : gap.objectives()) {
          objectives.add("`" + link.objective() + "`");
        }
        Layout.line(out, "| " + rank + " | `" + gap.indicator() + "` | " + Layout.md(areaName(gap.focusArea())) + " | "
            + levelRank(gap.level()) + " | " + Layout.number(gap.current()) + " | " + Layout.number(gap.ideal()) + " | "
            + Layout.twoDecimals(gap.shortfall()) + " | " + gap.severity() + " | " + gap.n() + " | "
            + optional(gap.agreement()) + " | " + gap.agreeingSources() + " of " + gap.sources().size() + " | "
            + gap.confidence().level().id() + " | " + String.join(", ", objectives) + " |");
      }
      Layout.line(out, "");
      Layout.line(out, h2 + "Confidence and anonymity");
      Layout.line(out, "");
      for (Id id : report.ranking()) {
        IndicatorGap gap = gaps.get(id);
        Layout.line(out, "- `" + gap.indicator() + "`: confidence " + gap.confidence().level().id() + ", "
            + Layout.md(String.join("; ", gap.confidence().reasons())) + ". By function: " + Layout.md(functions(gap))
            + ".");
      }
      List<String> met = metIndicators();
      if (!met.isEmpty()) {
        Layout.line(out, "");
        Layout.line(out, "At or beyond the ideal: " + Layout.md(String.join(", ", met)) + ".");
      }
      if (!report.unmeasured().isEmpty()) {
        Layout.line(out, "");
        Layout.line(out, "Not measured, left out of every roll-up: " + Layout.md(ids(report.unmeasured())) + ".");
      }
      return out.toString();
    }

    // ---- the parts ----------------------------------------------------------------------------------

    /** A heat-map cell: the shortfall and its band, or why there is none. */
    private record Cell(OptionalDouble shortfall, int band, boolean hasIndicators) {}

    /** The cell of a focus area and a level: the weighted mean shortfall of its measured indicators. */
    private Cell cell(Id area, Id level) {
      double weight = 0;
      double sum = 0;
      boolean any = false;
      boolean measured = false;
      for (var indicator : model.indicators()) {
        if (!indicator.focusArea().equals(area) || !indicator.level().equals(level)) {
          continue;
        }
        any = true;
        IndicatorGap gap = gaps.get(indicator.id());
        if (gap != null) {
          measured = true;
          weight += gap.weight();
          sum += gap.weight() * gap.shortfall();
        }
      }
      if (!measured) {
        return new Cell(OptionalDouble.empty(), -1, any);
      }
      double shortfall = weight > 0 ? sum / weight : 0;
      return new Cell(OptionalDouble.of(shortfall), band(shortfall), true);
    }

    private Cell rollUp(List<GapRollUp> rollUps, Id id) {
      return rollUps.stream().filter(r -> r.id().equals(id)).findFirst().map(this::cellOf)
          .orElse(new Cell(OptionalDouble.empty(), -1, false));
    }

    private Cell cellOf(GapRollUp rollUp) {
      OptionalDouble shortfall = rollUp.shortfall();
      return new Cell(shortfall, shortfall.isPresent() ? band(shortfall.getAsDouble()) : -1, rollUp.indicators() > 0);
    }

    /** The index of the first band whose upper end is at least the shortfall (within 1e-9), as the engine does. */
    private int band(double shortfall) {
      List<SeverityBand> bands = model.severityBands();
      for (int b = 0; b < bands.size(); b++) {
        if (shortfall <= bands.get(b).upTo() + 1e-9) {
          return b;
        }
      }
      return bands.size() - 1;
    }

    /**
     * The shade of a band: the first (aligned) band dotted, the last the darkest, those between spread over
     * the shades between.
     */
    private String shade(int band) {
      int n = model.severityBands().size();
      if (band <= 0) {
        return SHADES[0];
      }
      if (n <= 2) {
        return SHADES[3];
      }
      return SHADES[1 + (int) Math.round((band - 1) * 2.0 / (n - 2))];
    }

    private String textCell(Cell cell) {
      if (!cell.hasIndicators()) {
        return "";
      }
      if (cell.shortfall().isEmpty()) {
        return "   –";
      }
      return shade(cell.band()) + " " + Layout.twoDecimals(cell.shortfall().getAsDouble());
    }

    private String markdownCell(Cell cell) {
      if (!cell.hasIndicators()) {
        return "";
      }
      if (cell.shortfall().isEmpty()) {
        return "–";
      }
      return Layout.twoDecimals(cell.shortfall().getAsDouble()) + " "
          + model.severityBands().get(cell.band()).id();
    }

    private String stageSummary() {
      int reached = report.stage().rank();
      String count = " (" + reached + " of " + levels.size() + " levels; " + ruleName() + ")";
      if (report.stage().reached().isEmpty()) {
        return "none yet" + count + ". " + report.stage().next().map(n -> "Next: " + levelName(n) + ", blocked by "
            + count(report.stage().blockers().size(), "blocker") + ".").orElse("");
      }
      String reachedName = levelName(report.stage().reached().get());
      return reachedName + count + ". " + report.stage().next().map(n -> "Next: " + levelName(n) + ", blocked by "
          + count(report.stage().blockers().size(), "blocker") + ".").orElse("Every level is met.");
    }

    private String ruleName() {
      return report.stage().method().id() + " rule, threshold " + Layout.number(report.stage().threshold());
    }

    private String rollUpSummary(GapRollUp rollUp) {
      if (rollUp.shortfall().isEmpty()) {
        return "not measured";
      }
      Map<String, Integer> byLevel = new LinkedHashMap<>();
      for (ConfidenceLevel level : List.of(ConfidenceLevel.HIGH, ConfidenceLevel.MEDIUM, ConfidenceLevel.LOW)) {
        byLevel.put(level.id(), 0);
      }
      for (IndicatorGap gap : report.indicators()) {
        byLevel.merge(gap.confidence().level().id(), 1, Integer::sum);
      }
      List<String> levels = new ArrayList<>();
      byLevel.forEach((level, n) -> levels.add(n + " " + level));
      return Layout.twoDecimals(rollUp.shortfall().getAsDouble()) + " (" + rollUp.severity().map(Id::value).orElse("")
          + "), confidence " + rollUp.confidence().level().id() + " (indicators: "
          + String.join(", ", levels) + ")";
    }

    private String evidence() {
      Map<String, Integer> byKind = new LinkedHashMap<>();
      for (var measurement : transformation.measurements()) {
        byKind.merge(measurement.sourceKind().id().replace('-', ' '), 1, Integer::sum);
      }
      List<String> kinds = new ArrayList<>();
      byKind.forEach((kind, n) -> kinds.add(kind + " " + n));
      int measured = report.indicators().size();
      return count(report.measurements(), "measurement") + " of " + measured + " of "
          + (measured + report.unmeasured().size()) + " indicators (" + String.join(", ", kinds) + ")";
    }

    private String strategyName() {
      return transformation.strategy().map(s -> s.title() + " (" + s.id() + ")")
          .orElse(report.strategy().map(Id::value).orElse(""));
    }

    private int levelWidth() {
      return levels.stream().mapToInt(l -> l.name().length()).max().orElse(0);
    }

    private static String levelStatus(LevelStatus status) {
      String within = status.metIndicators() + " of " + status.indicators() + " indicators within it";
      String shortfall = status.shortfall().isPresent()
          ? ", mean shortfall " + Layout.twoDecimals(status.shortfall().getAsDouble()) : "";
      return (status.met() ? "met" : "not met") + ": " + within + shortfall;
    }

    private String blockerText(Blocker blocker) {
      String message = blocker.message();
      if (blocker.indicator().isPresent()) {
        IndicatorGap gap = gaps.get(blocker.indicator().get());
        if (gap != null) {
          return message + " (" + gap.severity() + ", confidence " + gap.confidence().level().id() + ")";
        }
      }
      return message;
    }

    private String rankingSummary() {
      return report.ranking().size() + " of " + report.indicators().size() + " measured indicators fall short; by "
          + "weight × shortfall, then shortfall";
    }

    private static String spread(IndicatorGap gap) {
      if (gap.standardDeviation().isEmpty()) {
        return "a single measurement";
      }
      return "sd " + Layout.twoDecimals(gap.standardDeviation().getAsDouble()) + ", r_wg "
          + Layout.twoDecimals(gap.agreement().orElse(0));
    }

    private static String sources(IndicatorGap gap) {
      List<String> parts = new ArrayList<>();
      for (SourceAggregate source : gap.sources()) {
        parts.add(source.sourceKind().id().replace('-', ' ') + " " + Layout.number(source.current()) + " (n "
            + source.n() + ")");
      }
      return String.join(", ", parts) + "; " + gap.agreeingSources() + " of " + gap.sources().size()
          + (gap.sources().size() == 1 ? " kind" : " kinds") + " agree";
    }

    /** The breakdown by function: each shown group's figure, then the suppressed groups without their figures. */
    private String functions(IndicatorGap gap) {
      List<String> shown = new ArrayList<>();
      List<String> small = new ArrayList<>();
      List<String> complementary = new ArrayList<>();
      for (FunctionBreakdown group : gap.functions()) {
        if (group.suppression() == Suppression.NONE) {
          shown.add(group.function() + " " + Layout.number(group.current().orElse(0)) + " (n " + group.n() + ")");
        } else if (group.suppression() == Suppression.SMALL_GROUP) {
          small.add(group.function().toString());
        } else {
          complementary.add(group.function().toString());
        }
      }
      List<String> parts = new ArrayList<>();
      if (!shown.isEmpty()) {
        parts.add(String.join(", ", shown));
      }
      int minimum = model.minimumGroupSize();
      if (!small.isEmpty()) {
        parts.add(String.join(", ", small) + " suppressed (fewer than " + minimum + " respondents)");
      }
      if (!complementary.isEmpty()) {
        parts.add(String.join(", ", complementary) + " suppressed as well, so that the small groups cannot be "
            + "worked out from the total");
      }
      return parts.isEmpty() ? "no respondents with a function" : String.join("; ", parts);
    }

    private static String objectives(IndicatorGap gap) {
      List<String> parts = new ArrayList<>();
      for (ObjectiveLink link : gap.objectives()) {
        parts.add(link.objective() + " (weight " + Layout.number(link.weight()) + ", by "
            + link.basis().id().replace('-', ' ') + ")");
      }
      return String.join(", ", parts);
    }

    private List<String> metIndicators() {
      List<String> met = new ArrayList<>();
      for (IndicatorGap gap : report.indicators()) {
        if (gap.shortfall() <= 0) {
          met.add(gap.indicator() + " (gap " + Layout.number(gap.normalisedGap()) + ")");
        }
      }
      return met;
    }

    private String areaName(Id area) {
      return playbook.focusArea(area).map(FocusArea::name).orElse(area.value());
    }

    private String levelName(Id level) {
      return playbook.changeLevel(level).map(ChangeLevel::name).orElse(level.value());
    }

    private String levelRank(Id level) {
      return playbook.changeLevel(level).map(l -> Integer.toString(l.rank())).orElse(level.value());
    }

    private static String optional(OptionalDouble value) {
      return value.isPresent() ? Layout.twoDecimals(value.getAsDouble()) : "–";
    }

    private static String ids(List<Id> ids) {
      List<String> parts = new ArrayList<>();
      ids.forEach(i -> parts.add(i.value()));
      return String.join(", ", parts);
    }

    private static String count(long n, String noun) {
      return n + " " + (n == 1 ? noun : noun + "s");
    }

    private static String capitalised(String text) {
      return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
  }
}
