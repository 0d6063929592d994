package dev.mom.examples.report;

import dev.mom.model.ChangeLevel;
import dev.mom.model.FocusArea;
import dev.mom.model.Function;
import dev.mom.model.Member;
import dev.mom.model.Organisation;
import dev.mom.model.Period;
import dev.mom.model.Team;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is known about a case before any engine runs: the organisation, the period, the teams with their
 * members counted by function, and the playbook's focus areas and Theory-of-Change levels. It names the
 * engines that are available ({@link DiagnosisReport} shows the diagnosis, {@link GapReportView} the gaps,
 * {@link PrioritisationReport} the prioritisation, {@link TraceReport} the traceability, {@link ImpactReport}
 * the impact assessment) and, should there be any, those not in the report yet, instead of showing made-up
 * numbers.
 *
 * <p>Output is deterministic: the same case and playbook give the same text, with {@code \n} line ends and
 * numbers grouped as {@code 100,000} whatever the default locale. Stateless and thread-safe.
 */
public final class CaseOverview {

  /** The engines that exist, in the order the MOM model uses them. */
  public static final List<String> ENGINES_AVAILABLE = List.of("diagnosis", "gaps", "prioritisation", "traceability",
      "impact");

  /** The engines whose results the report does not show yet, in the order the MOM model uses them. */
  public static final List<String> ENGINES_NOT_YET_AVAILABLE = List.of();

  private CaseOverview() {}

  /**
   * The overview as plain text for a terminal, descriptions wrapped at 100 columns.
   *
   * @param transformation the case; not null
   * @param playbook the playbook the case is read with; not null
   * @return the report, ending with a newline
   */
  public static String text(Transformation transformation, Playbook playbook) {
    StringBuilder out = new StringBuilder();
    Layout.line(out, transformation.title() + " (" + transformation.id() + ")");
    Layout.line(out, "=".repeat(transformation.title().length() + transformation.id().value().length() + 3));
    transformation.description().ifPresent(d -> {
      Layout.line(out, "");
      Layout.wrap(out, d, "");
    });

    Organisation organisation = transformation.organisation();
    Layout.line(out, "");
    Layout.line(out, "Organisation: " + organisation.name() + " (" + organisation.id() + ")");
    for (String[] fact : facts(organisation)) {
      Layout.line(out, "  " + Layout.pad(fact[0] + ":", 11) + " " + fact[1]);
    }
    organisation.description().ifPresent(d -> Layout.wrap(out, d, "  "));

    Layout.line(out, "");
    Layout.line(out, "Period: " + period(transformation.period()));

    Layout.line(out, "");
    Layout.line(out, "Teams (" + transformation.teams().size() + "):");
    for (Team team : transformation.teams()) {
      Layout.line(out, "  " + team.name());
      String functions = team.members().isEmpty() ? "" : ": " + byFunction(team, organisation);
      Layout.line(out, "    " + roleName(team) + focusArea(team, playbook) + ", " + members(team) + functions);
    }

    Layout.line(out, "");
    Layout.line(out, "Playbook: " + playbook.title() + " (" + playbook.id() + ", version " + playbook.version() + ")");
    Layout.line(out, "  Focus areas:");
    List<FocusArea> areas = playbook.focusAreas();
    for (int i = 0; i < areas.size(); i++) {
      Layout.line(out, "    " + (i + 1) + ". " + areas.get(i).name() + " (" + areas.get(i).id() + ")");
    }
    Layout.line(out, "  Theory-of-Change levels, lowest first:");
    for (ChangeLevel level : playbook.levelsInOrder()) {
      Layout.line(out, "    " + level.rank() + ". " + level.name() + " (" + level.id() + ")");
    }

    Layout.line(out, "");
    Layout.line(out, engines());
    return out.toString();
  }

  /**
   * The overview as Markdown (CommonMark with GitHub tables), for a document or a pull request.
   *
   * @param transformation the case; not null
   * @param playbook the playbook the case is read with; not null
   * @return the report, ending with a newline
   */
  public static String markdown(Transformation transformation, Playbook playbook) {
    StringBuilder out = new StringBuilder();
    Layout.line(out, "# " + Layout.md(transformation.title()) + " (`" + transformation.id() + "`)");
    transformation.description().ifPresent(d -> {
      Layout.line(out, "");
      Layout.line(out, Layout.md(d));
    });

    Organisation organisation = transformation.organisation();
    Layout.line(out, "");
    Layout.line(out, "## Organisation: " + Layout.md(organisation.name()) + " (`" + organisation.id() + "`)");
    Layout.line(out, "");
    for (String[] fact : facts(organisation)) {
      Layout.line(out, "- **" + fact[0] + ":** " + Layout.md(fact[1]));
    }
    organisation.description().ifPresent(d -> {
      Layout.line(out, "");
      Layout.line(out, Layout.md(d));
    });

    Layout.line(out, "");
    Layout.line(out, "## Period");
    Layout.line(out, "");
    Layout.line(out, Layout.md(period(transformation.period())));

    Layout.line(out, "");
    Layout.line(out, "## Teams");
    Layout.line(out, "");
    Layout.line(out, "| Team | Role | Focus area | Members | By function |");
    Layout.line(out, "| --- | --- | --- | ---: | --- |");
    for (Team team : transformation.teams()) {
      String area = team.focusArea().map(id -> playbook.focusArea(id).map(FocusArea::name)
          .orElse(id + " (not in the playbook)")).orElse("");
      Layout.line(out, "| " + Layout.md(team.name()) + " | " + Layout.md(roleName(team)) + " | " + Layout.md(area) + " | "
          + team.members().size() + " | " + Layout.md(byFunction(team, organisation)) + " |");
    }

    Layout.line(out, "");
    Layout.line(out, "## Playbook: " + Layout.md(playbook.title()) + " (`" + playbook.id() + "`, version "
        + Layout.md(playbook.version()) + ")");
    Layout.line(out, "");
    Layout.line(out, "### Focus areas");
    Layout.line(out, "");
    List<FocusArea> areas = playbook.focusAreas();
    for (int i = 0; i < areas.size(); i++) {
      Layout.line(out, (i + 1) + ". " + Layout.md(areas.get(i).name()) + " (`" + areas.get(i).id() + "`)");
    }
    Layout.line(out, "");
    Layout.line(out, "### Theory-of-Change levels, lowest first");
    Layout.line(out, "");
    for (ChangeLevel level : playbook.levelsInOrder()) {
      Layout.line(out, level.rank() + ". " + Layout.md(level.name()) + " (`" + level.id() + "`)");
    }

    Layout.line(out, "");
    Layout.line(out, "## Engines");
    Layout.line(out, "");
    Layout.line(out, Layout.md(engines()));
    return out.toString();
  }

  private static String engines() {
    String available = "Engines in this report: " + String.join(", ", ENGINES_AVAILABLE) + ".";
    return ENGINES_NOT_YET_AVAILABLE.isEmpty() ? available + " Every engine of the MOM model is in it."
        : available + " Not in it yet: " + String.join(", ", ENGINES_NOT_YET_AVAILABLE) + ".";
  }

  private static List<String[]> facts(Organisation organisation) {
    List<String[]> facts = new ArrayList<>();
    organisation.sector().ifPresent(s -> facts.add(new String[] {"Sector", s}));
    organisation.founded().ifPresent(y -> facts.add(new String[] {"Founded", Integer.toString(y)}));
    organisation.employees().ifPresent(n -> facts.add(new String[] {"Employees", Layout.grouped(n)}));
    organisation.customers().ifPresent(n -> facts.add(new String[] {"Customers", Layout.grouped(n)}));
    organisation.partners().ifPresent(n -> facts.add(new String[] {"Partners", Layout.grouped(n)}));
    if (!organisation.functions().isEmpty()) {
      List<String> ids = new ArrayList<>();
      organisation.functions().forEach(f -> ids.add(f.toString()));
      facts.add(new String[] {"Functions", String.join(", ", ids)});
    }
    return facts;
  }

  private static String period(Optional<Period> period) {
    return period.map(p -> p.start() + " to " + p.end() + p.label().map(l -> " (" + l + ")").orElse(""))
        .orElse("not given");
  }

  private static String roleName(Team team) {
    switch (team.role()) {
      case TASK_FORCE:
        return "task force";
      case ADVISORY_BOARD:
        return "advisory board";
      case PRODUCT_TEAM:
        return "product team";
      default:
        return team.role().id();
    }
  }

  private static String focusArea(Team team, Playbook playbook) {
    return team.focusArea().map(id -> " for focus area " + playbook.focusArea(id).map(a -> "'" + a.name() + "'")
        .orElse(id + " (not in the playbook)")).orElse("");
  }

  private static String members(Team team) {
    int count = team.members().size();
    return count == 1 ? "1 member" : count + " members";
  }

  /** Members counted by function: the organisation's declared functions first, in its order, then the rest. */
  private static String byFunction(Team team, Organisation organisation) {
    Map<Function, Integer> counts = new LinkedHashMap<>();
    for (Function function : organisation.functions()) {
      counts.put(function, 0);
    }
    for (Member member : team.members()) {
      counts.merge(member.function(), 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    counts.forEach((function, count) -> {
      if (count > 0) {
        parts.add(function + " " + count);
      }
    });
    return String.join(", ", parts);
  }
}
