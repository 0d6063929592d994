package dev.mom.examples.report;

import dev.mom.TransformationReport;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;

/**
 * The report of every engine that ran on a case ({@code mom report}): the executive summary's highlights first,
 * then each engine's own report (diagnosis, gaps, prioritisation, traceability, impact) for the engines that
 * ran. The HTML version with charts is {@link HtmlReport}. Stateless.
 */
public final class CaseReport {

  private CaseReport() {}

  /**
   * The report as plain text for a terminal.
   *
   * @param transformation the analysed case; not null
   * @param playbook the playbook it was analysed with; not null
   * @param report the analysis; not null
   * @return the report, ending with a newline
   */
  public static String text(Transformation transformation, Playbook playbook, TransformationReport report) {
    StringBuilder out = new StringBuilder();
    String title = "MOM report: " + report.title();
    Layout.line(out, title);
    Layout.line(out, "=".repeat(Math.min(title.length(), Layout.WIDTH)));
    Layout.line(out, "");
    Layout.wrap(out, "Case " + report.transformation() + ", playbook " + report.playbook() + " "
        + report.playbookVersion() + ".", "");
    Layout.line(out, "");
    Layout.line(out, "Executive summary");
    Layout.line(out, "-----------------");
    for (String highlight : report.summary().highlights()) {
      Layout.wrap(out, highlight, "- ", "  ");
    }
    report.diagnosis().ifPresent(d -> out.append('\n').append(DiagnosisReport.text(transformation, playbook, d)));
    report.gaps().ifPresent(g -> out.append('\n').append(GapReportView.text(transformation, playbook, g)));
    report.prioritisation().ifPresent(p -> out.append('\n')
        .append(PrioritisationReport.text(transformation, playbook, p, report.gaps())));
    report.traceability().ifPresent(t -> out.append('\n').append(TraceReport.text(transformation, playbook, t)));
    report.impact().ifPresent(i -> out.append('\n').append(ImpactReport.text(transformation, playbook, i)));
    return out.toString();
  }

  /**
   * The report as Markdown: a level-1 title, the executive summary, then each engine's report under a level-2
   * heading.
   *
   * @param transformation the analysed case; not null
   * @param playbook the playbook it was analysed with; not null
   * @param report the analysis; not null
   * @return the report, ending with a newline
   */
  public static String markdown(Transformation transformation, Playbook playbook, TransformationReport report) {
    StringBuilder out = new StringBuilder();
    Layout.line(out, "# MOM report: " + Layout.md(report.title()));
    Layout.line(out, "");
    Layout.line(out, Layout.md("Case " + report.transformation() + ", playbook " + report.playbook() + " "
        + report.playbookVersion() + "."));
    Layout.line(out, "");
    Layout.line(out, "## Executive summary");
    Layout.line(out, "");
    for (String highlight : report.summary().highlights()) {
      Layout.line(out, "- " + Layout.md(highlight));
    }
    report.diagnosis().ifPresent(d -> out.append('\n')
        .append(DiagnosisReport.markdown(transformation, playbook, d, 2)));
    report.gaps().ifPresent(g -> out.append('\n').append(GapReportView.markdown(transformation, playbook, g, 2)));
    report.prioritisation().ifPresent(p -> out.append('\n')
        .append(PrioritisationReport.markdown(transformation, playbook, p, report.gaps(), 2)));
    report.traceability().ifPresent(t -> out.append('\n').append(TraceReport.markdown(transformation, playbook, t, 2)));
    report.impact().ifPresent(i -> out.append('\n').append(ImpactReport.markdown(transformation, playbook, i, 2)));
    return out.toString();
  }
}
