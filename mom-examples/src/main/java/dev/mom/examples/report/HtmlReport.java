package dev.mom.examples.report;

import dev.mom.TransformationReport;
import dev.mom.diagnosis.ArchetypeScore;
import dev.mom.diagnosis.DominanceDiagnosis;
import dev.mom.gap.GapReport;
import dev.mom.gap.IndicatorGap;
import dev.mom.impact.ConfidenceInterval;
import dev.mom.impact.ImpactAssessment;
import dev.mom.impact.OutcomeImpact;
import dev.mom.model.ChangeLevel;
import dev.mom.model.FocusArea;
import dev.mom.playbook.Playbook;
import dev.mom.priority.Prioritisation;
import dev.mom.priority.RankedConcept;
import dev.mom.trace.KeyResultTrace;
import dev.mom.trace.Traceability;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The report of {@code mom report --format html}: one self-contained HTML5 file (inline CSS and SVG, no
 * scripts, nothing fetched from the network) with the executive summary and the charts an analyst shows a
 * board, one {@code <figure>} per engine that ran:
 *
 * <ul>
 *   <li>archetype shares: a horizontal bar chart, one {@code rect.bar} per archetype;
 *   <li>gaps by focus area × Theory-of-Change level: a heat map of the mean normalised gap of the measured
 *       indicators, one {@code rect.cell} per cell with a {@code <title>} giving the value;
 *   <li>concepts on value versus effort: a scatter plot, one {@code circle.concept} per concept with an effort,
 *       the Pareto-optimal ones also of class {@code pareto} and joined by a {@code polyline.pareto-front};
 *   <li>OKR key-result progress: one {@code rect.progress} per key result, with the expected progress marked;
 *   <li>impact effect sizes with intervals: a forest plot, one {@code line.interval} and one
 *       {@code circle.effect} per tested outcome (one with a p-value, an effect size and a confidence interval).
 * </ul>
 *
 * <p>The markup is well-formed XML (every element closed, all text escaped), so that it can be read by an XML
 * parser; numbers are written with {@link Locale#ROOT} and nothing depends on the clock, so the same analysis
 * always gives the same file. Stateless.
 */
public final class HtmlReport {

  private static final int WIDTH = 720;
  private static final int LABEL = 240;
  private static final int ROW = 26;

  private static final String STYLE = String.join("\n",
      "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;max-width:800px;"
          + "color:#222;line-height:1.45;padding:0 1rem}",
      "h1{font-size:1.6rem;margin-bottom:.2rem}",
      "h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}",
      ".meta{color:#666;margin-top:0}",
      "figure{margin:1.5rem 0}",
      "figcaption{font-size:.9rem;color:#444;margin-top:.4rem}",
      "svg{font-size:12px;max-width:100%;height:auto}",
      "svg text{fill:#333}",
      ".axis{stroke:#999;stroke-width:1}",
      ".bar{fill:#4a78b5}",
      ".bar.ideal{fill:#3b9a5a}",
      ".concept{fill:#9aa7b8;stroke:#333;stroke-width:1}",
      ".concept.pareto{fill:#d9822b}",
      ".pareto-front{fill:none;stroke:#d9822b;stroke-width:1.5;stroke-dasharray:4 3}",
      ".track{fill:#eee}",
      ".progress{fill:#4a78b5}",
      ".expected{stroke:#c0392b;stroke-width:2}",
      ".interval{stroke:#333;stroke-width:2}",
      ".effect{fill:#4a78b5;stroke:#333}",
      ".effect.significant{fill:#3b9a5a}",
      ".zero{stroke:#c0392b;stroke-dasharray:3 3}");

  private HtmlReport() {}

  /**
   * The report as one HTML5 document.
   *
   * @param playbook the playbook the case was analysed with, for the names of focus areas and levels; not null
   * @param report the analysis; not null
   * @return the document, ending with a newline
   */
  public static String html(Playbook playbook, TransformationReport report) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n");
    out.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n");
    out.append("<head>\n<meta charset=\"utf-8\"/>\n");
    out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
    out.append("<title>MOM report: ").append(esc(report.title())).append("</title>\n");
    out.append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n");
    out.append("<h1>MOM report: ").append(esc(report.title())).append("</h1>\n");
    out.append("<p class=\"meta\">Case ").append(esc(report.transformation().toString())).append(", playbook ")
        .append(esc(report.playbook().toString())).append(' ').append(esc(report.playbookVersion()))
        .append(report.traceability().flatMap(Traceability::asOf).map(d -> ", as of " + d).orElse(""))
        .append(".</p>\n");
    out.append("<section id=\"summary\">\n<h2>Executive summary</h2>\n<ul>\n");
    for (String highlight : report.summary().highlights()) {
      out.append("<li>").append(esc(highlight)).append("</li>\n");
    }
    out.append("</ul>\n</section>\n");
    report.diagnosis().ifPresent(d -> archetypes(out, d));
    report.gaps().ifPresent(g -> heatMap(out, playbook, g));
    report.prioritisation().ifPresent(p -> scatter(out, p));
    report.traceability().ifPresent(t -> progress(out, t));
    report.impact().ifPresent(i -> forest(out, i));
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  // ---- the charts -----------------------------------------------------------------------------------

  private static void archetypes(StringBuilder out, DominanceDiagnosis diagnosis) {
    List<ArchetypeScore> scores = diagnosis.scores();
    int plot = WIDTH - LABEL - 70;
    int height = scores.size() * ROW + 10;
    open(out, "archetypes", "Who drives product decisions", height);
    int y = 5;
    for (ArchetypeScore score : scores) {
      double w = plot * clamp(score.share());
      text(out, LABEL - 8, y + 17, "end", score.label());
      out.append("<rect class=\"bar").append(score.ideal() ? " ideal" : "").append("\" x=\"").append(LABEL)
          .append("\" y=\"").append(y + 3).append("\" width=\"").append(n(w)).append("\" height=\"").append(ROW - 6)
          .append("\"><title>").append(esc(score.label() + ": " + Layout.percent(score.share())))
          .append("</title></rect>\n");
      text(out, LABEL + w + 6, y + 17, "start", Layout.percent(score.share()));
      y += ROW;
    }
    close(out, "Archetype shares of the diagnosis evidence (verdict " + diagnosis.verdict().id() + ", confidence " + Layout.twoDecimals(diagnosis.confidence().score())
        + "). The customer-driven ideal is shown in green.");
  }

  private static void heatMap(StringBuilder out, Playbook playbook, GapReport gaps) {
    List<FocusArea> areas = playbook.focusAreas();
    List<ChangeLevel> levels = playbook.levelsInOrder();
    int cellWidth = (WIDTH - LABEL) / Math.max(1, levels.size());
    int cellHeight = 36;
    int top = 40;
    int height = top + areas.size() * cellHeight + 6;
    open(out, "gaps", "Gaps by focus area and level", height);
    for (int c = 0; c < levels.size(); c++) {
      lines(out, LABEL + c * cellWidth + cellWidth / 2.0, 14, "middle", levels.get(c).name(), cellWidth / 7);
    }
    for (int r = 0; r < areas.size(); r++) {
      FocusArea area = areas.get(r);
      int y = top + r * cellHeight;
      lines(out, LABEL - 8, y + cellHeight / 2.0 - 2, "end", area.name(), (LABEL - 16) / 7);
      for (int c = 0; c < levels.size(); c++) {
        ChangeLevel level = levels.get(c);
        List<IndicatorGap> cell = gaps.indicators().stream()
            .filter(i -> i.focusArea().equals(area.id()) && i.level().equals(level.id())).toList();
        int x = LABEL + c * cellWidth;
        String where = area.name() + " × " + level.name() + ": ";
        if (cell.isEmpty()) {
          out.append("<rect class=\"cell empty\" x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"")
              .append(cellWidth - 2).append("\" height=\"").append(cellHeight - 2)
              .append("\" fill=\"#f4f4f4\"><title>").append(esc(where + "no measured indicator"))
              .append("</title></rect>\n");
          text(out, x + (cellWidth - 2) / 2.0, y + cellHeight / 2.0 + 3, "middle", "–");
        } else {
          double mean = cell.stream().mapToDouble(IndicatorGap::normalisedGap).average().orElse(0);
          out.append("<rect class=\"cell\" x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"")
              .append(cellWidth - 2).append("\" height=\"").append(cellHeight - 2).append("\" fill=\"")
              .append(heat(mean)).append("\"><title>").append(esc(where + Layout.twoDecimals(mean)
                  + " (mean normalised gap of " + cell.size() + " indicator" + (cell.size() == 1 ? "" : "s") + ")"))
              .append("</title></rect>\n");
          text(out, x + (cellWidth - 2) / 2.0, y + cellHeight / 2.0 + 3, "middle", Layout.twoDecimals(mean));
        }
      }
    }
    close(out, "Mean normalised gap (0 = at the ideal, 1 = as far from it as the scale allows) of the measured "
        + "indicators in each focus area and Theory-of-Change level; darker is a larger gap, a dash is a cell "
        + "without a measured indicator.");
  }

  private static void scatter(StringBuilder out, Prioritisation prioritisation) {
    List<RankedConcept> plotted = prioritisation.ranking().stream().filter(r -> r.effort().isPresent()).toList();
    int left = 60;
    int right = 180;
    int top = 12;
    int plotHeight = 240;
    int plotWidth = WIDTH - left - right;
    double maxEffort = niceMax(plotted.stream().mapToDouble(r -> r.effort().getAsDouble()).max().orElse(1));
    double maxValue = niceMax(plotted.stream().mapToDouble(RankedConcept::value).max().orElse(1));
    open(out, "concepts", "Concepts on value versus effort", top + plotHeight + 40);
    axes(out, left, top, plotWidth, plotHeight);
    text(out, left + plotWidth / 2.0, top + plotHeight + 32, "middle", "effort (0 to " + Layout.number(maxEffort) + ")");
    text(out, 14, top + plotHeight / 2.0, "middle", "value");
    text(out, left - 6, top + 10, "end", Layout.number(maxValue));
    text(out, left - 6, top + plotHeight, "end", "0");
    List<double[]> front = new ArrayList<>();
    for (RankedConcept concept : plotted) {
      double x = left + plotWidth * concept.effort().getAsDouble() / maxEffort;
      double y = top + plotHeight - plotHeight * concept.value() / maxValue;
      if (concept.paretoOptimal()) {
        front.add(new double[] {x, y});
      }
    }
    front.sort(Comparator.comparingDouble(p -> p[0]));
    if (front.size() > 1) {
      out.append("<polyline class=\"pareto-front\" points=\"");
      for (int i = 0; i < front.size(); i++) {
        out.append(i == 0 ? "" : " ").append(n(front.get(i)[0])).append(',').append(n(front.get(i)[1]));
      }
      out.append("\"></polyline>\n");
    }
    for (RankedConcept concept : plotted) {
      double effort = concept.effort().getAsDouble();
      double x = left + plotWidth * effort / maxEffort;
      double y = top + plotHeight - plotHeight * concept.value() / maxValue;
      out.append("<circle class=\"concept").append(concept.paretoOptimal() ? " pareto" : "").append("\" cx=\"")
          .append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"6\"><title>")
          .append(esc("#" + concept.rank() + " " + concept.name() + ": value " + Layout.number(concept.value())
              + ", effort " + Layout.number(effort) + (concept.paretoOptimal() ? ", Pareto-optimal" : "")))
          .append("</title></circle>\n");
      text(out, x + 9, y + 4, "start", concept.name());
    }
    int omitted = prioritisation.ranking().size() - plotted.size();
    close(out, "Each concept's value against its effort; the Pareto-optimal concepts (no other concept has more "
        + "value for less effort) are orange and joined by the dashed front."
        + (omitted == 0 ? "" : " " + omitted + " concept" + (omitted == 1 ? " has" : "s have")
            + " no effort estimate and " + (omitted == 1 ? "is" : "are") + " not shown."));
  }

  private static void progress(StringBuilder out, Traceability trace) {
    List<KeyResultTrace> keyResults = trace.keyResults();
    int plot = WIDTH - LABEL - 70;
    open(out, "okrs", "OKR key-result progress", keyResults.size() * ROW + 10);
    int y = 5;
    for (KeyResultTrace keyResult : keyResults) {
      String name = keyResult.keyResult().toString();
      text(out, LABEL - 8, y + 17, "end", name);
      out.append("<rect class=\"track\" x=\"").append(LABEL).append("\" y=\"").append(y + 3).append("\" width=\"")
          .append(plot).append("\" height=\"").append(ROW - 6).append("\"></rect>\n");
      Optional<Double> value = keyResult.progress().map(p -> p.value());
      double w = plot * clamp(value.orElse(0.0));
      String label = value.map(Layout::percent).orElse("not measured");
      String expected = keyResult.expected().isPresent()
          ? ", expected " + Layout.percent(keyResult.expected().getAsDouble()) : "";
      out.append("<rect class=\"progress\" x=\"").append(LABEL).append("\" y=\"").append(y + 3)
          .append("\" width=\"").append(n(w)).append("\" height=\"").append(ROW - 6).append("\"><title>")
          .append(esc(name + ": " + label + expected)).append("</title></rect>\n");
      if (keyResult.expected().isPresent()) {
        double x = LABEL + plot * clamp(keyResult.expected().getAsDouble());
        out.append("<line class=\"expected\" x1=\"").append(n(x)).append("\" y1=\"").append(y + 1)
            .append("\" x2=\"").append(n(x)).append("\" y2=\"").append(y + ROW - 1).append("\"></line>\n");
      }
      text(out, LABEL + plot + 6, y + 17, "start", label);
      y += ROW;
    }
    close(out, "Progress of each key result towards its target (0 to 100%)"
        + trace.asOf().map(d -> "; the red mark is the progress expected on " + d).orElse("") + ".");
  }

  private static void forest(StringBuilder out, ImpactAssessment assessment) {
    record Row(OutcomeImpact outcome, double effect, double lower, double upper) {}
    List<Row> rows = new ArrayList<>();
    for (OutcomeImpact outcome : assessment.outcomes()) {
      Optional<ConfidenceInterval> interval = outcome.differenceInterval();
      // only outcomes that were tested: an effect estimated on too little data is not shown beside real tests
      if (outcome.pValue().isEmpty() || outcome.effectSize().isEmpty() || interval.isEmpty()
          || outcome.difference() == 0) {
        continue;
      }
      double effect = outcome.effectSize().getAsDouble();
      // the effect size is the difference over a standardiser; the interval is scaled by the same factor
      double scale = effect / outcome.difference();
      double a = interval.get().lower() * scale;
      double b = interval.get().upper() * scale;
      rows.add(new Row(outcome, effect, Math.min(a, b), Math.max(a, b)));
    }
    double extent = 1;
    for (Row row : rows) {
      extent = Math.max(extent, Math.max(Math.abs(row.lower()), Math.abs(row.upper())));
    }
    extent = niceMax(extent);
    int plot = WIDTH - LABEL - 20;
    int top = 6;
    int height = top + rows.size() * ROW + 34;
    open(out, "impact", "Impact effect sizes with intervals", height);
    double zero = LABEL + plot / 2.0;
    double unit = plot / 2.0 / extent;
    out.append("<line class=\"zero\" x1=\"").append(n(zero)).append("\" y1=\"").append(top).append("\" x2=\"")
        .append(n(zero)).append("\" y2=\"").append(top + rows.size() * ROW).append("\"></line>\n");
    out.append("<line class=\"axis\" x1=\"").append(LABEL).append("\" y1=\"").append(top + rows.size() * ROW)
        .append("\" x2=\"").append(LABEL + plot).append("\" y2=\"").append(top + rows.size() * ROW)
        .append("\"></line>\n");
    text(out, LABEL, top + rows.size() * ROW + 16, "start", Layout.number(-extent));
    text(out, zero, top + rows.size() * ROW + 16, "middle", "0");
    text(out, LABEL + plot, top + rows.size() * ROW + 16, "end", Layout.number(extent));
    int y = top;
    for (Row row : rows) {
      OutcomeImpact outcome = row.outcome();
      double cy = y + ROW / 2.0;
      text(out, LABEL - 8, cy + 4, "end", outcome.outcome().toString());
      out.append("<line class=\"interval\" x1=\"").append(n(zero + unit * row.lower())).append("\" y1=\"")
          .append(n(cy)).append("\" x2=\"").append(n(zero + unit * row.upper())).append("\" y2=\"").append(n(cy))
          .append("\"></line>\n");
      out.append("<circle class=\"effect").append(outcome.significant() ? " significant" : "").append("\" cx=\"")
          .append(n(zero + unit * row.effect())).append("\" cy=\"").append(n(cy)).append("\" r=\"5\"><title>")
          .append(esc(outcome.outcome() + ": " + outcome.effectSizeKind().id()
              + " " + Layout.twoDecimals(row.effect()) + " [" + Layout.twoDecimals(row.lower()) + ", "
              + Layout.twoDecimals(row.upper()) + "], " + outcome.verdict().id()))
          .append("</title></circle>\n");
      y += ROW;
    }
    close(out, "Standardised effect size of each tested outcome from baseline to follow-up, with its "
        + Layout.percent(assessment.confidenceLevel()) + " confidence interval (the difference's interval "
        + "divided by the same standardiser); green points are significant after adjustment for "
        + assessment.familySize() + " test" + (assessment.familySize() == 1 ? "" : "s") + ".");
  }

  // ---- building blocks ------------------------------------------------------------------------------

  private static void open(StringBuilder out, String id, String title, int height) {
    out.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(title)).append("</h2>\n");
    out.append("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
        .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"").append(esc(title)).append("\">\n");
  }

  private static void close(StringBuilder out, String caption) {
    out.append("</svg>\n<figcaption>").append(esc(caption)).append("</figcaption>\n</figure>\n</section>\n");
  }

  private static void axes(StringBuilder out, int left, int top, int width, int height) {
    out.append("<line class=\"axis\" x1=\"").append(left).append("\" y1=\"").append(top + height)
        .append("\" x2=\"").append(left + width).append("\" y2=\"").append(top + height).append("\"></line>\n");
    out.append("<line class=\"axis\" x1=\"").append(left).append("\" y1=\"").append(top).append("\" x2=\"")
        .append(left).append("\" y2=\"").append(top + height).append("\"></line>\n");
  }

  /**
   * A label of at most two lines: text longer than {@code width} characters is broken at the space nearest
   * its middle, the second line 13 px below the first.
   */
  private static void lines(StringBuilder out, double x, double y, String anchor, String text, int width) {
    int space = -1;
    if (text.length() > width) {
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == ' ' && (space < 0 || Math.abs(i - text.length() / 2) < Math.abs(space - text.length() / 2))) {
          space = i;
        }
      }
    }
    if (space < 0) {
      text(out, x, y + 6, anchor, text);
      return;
    }
    out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor)
        .append("\"><tspan x=\"").append(n(x)).append("\">").append(esc(text.substring(0, space)))
        .append("</tspan><tspan x=\"").append(n(x)).append("\" dy=\"13\">").append(esc(text.substring(space + 1)))
        .append("</tspan></text>\n");
  }

  private static void text(StringBuilder out, double x, double y, String anchor, String text) {
    out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor)
        .append("\">").append(esc(text)).append("</text>\n");
  }

  /** A colour from white (no gap) to dark red (the largest gap) for a value in [0, 1]. */
  private static String heat(double value) {
    double v = clamp(value);
    int r = (int) Math.round(255 - v * (255 - 178));
    int g = (int) Math.round(255 - v * (255 - 24));
    int b = (int) Math.round(255 - v * (255 - 43));
    return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
  }

  /** A round axis maximum at or above the value: 1, 2, 2.5 or 5 times a power of ten. */
  private static double niceMax(double value) {
    if (!(value > 0)) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (value <= step * power + 1e-12) {
        return step * power;
      }
    }
    return 10 * power;
  }

  private static double clamp(double value) {
    return Math.max(0, Math.min(1, value));
  }

  /** A coordinate with at most one decimal, the same in every locale. */
  private static String n(double value) {
    String text = String.format(Locale.ROOT, "%.1f", value);
    return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
  }

  /** Escapes text for HTML and XML content and attribute values. */
  static String esc(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
