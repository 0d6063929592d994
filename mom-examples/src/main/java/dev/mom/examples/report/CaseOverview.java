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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What is known about a case before any engine runs: the organisation, the period, the teams with their
 * members counted by function, and the playbook's focus areas and Theory-of-Change levels. It states which
 * engines are not available yet instead of showing made-up numbers.
 *
 * <p>Output is deterministic: the same case and playbook give the same text, with {@code \n} line ends and
 * numbers grouped as {@code 100,000} whatever the default locale. Stateless and thread-safe.
 */
public final class CaseOverview {

  /** The engines that do not exist yet, in the order the MOM model uses them. */
  public static final List<String> ENGINES_NOT_YET_AVAILABLE =
      List.of("diagnosis", "gaps", "prioritisation", "traceability", "impact");

  private static final int WIDTH = 100;

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
    line(out, transformation.title() + " (" + transformation.id() + ")");
    line(out, "=".repeat(transformation.title().length() + transformation.id().value().length() + 3));
    transformation.description().ifPresent(d -> {
      line(out, "");
      wrap(out, d, "");
    });

    Organisation organisation = transformation.organisation();
    line(out, "");
    line(out, "Organisation: " + organisation.name() + " (" + organisation.id() + ")");
    for (String[] fact : facts(organisation)) {
      line(out, "  " + pad(fact[0] + ":", 11) + " " + fact[1]);
    }
    organisation.description().ifPresent(d -> wrap(out, d, "  "));

    line(out, "");
    line(out, "Period: " + period(transformation.period()));

    line(out, "");
    line(out, "Teams (" + transformation.teams().size() + "):");
    for (Team team : transformation.teams()) {
      line(out, "  " + team.name());
      String functions = team.members().isEmpty() ? "" : ": " + byFunction(team, organisation);
      line(out, "    " + roleName(team) + focusArea(team, playbook) + ", " + members(team) + functions);
    }

    line(out, "");
    line(out, "Playbook: " + playbook.title() + " (" + playbook.id() + ", version " + playbook.version() + ")");
    line(out, "  Focus areas:");
    List<FocusArea> areas = playbook.focusAreas();
    for (int i = 0; i < areas.size(); i++) {
      line(out, "    " + (i + 1) + ". " + areas.get(i).name() + " (" + areas.get(i).id() + ")");
    }
    line(out, "  Theory-of-Change levels, lowest first:");
    for (ChangeLevel level : playbook.levelsInOrder()) {
      line(out, "    " + level.rank() + ". " + level.name() + " (" + level.id() + ")");
    }

    line(out, "");
    line(out, notYetAvailable());
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
    line(out, "# " + md(transformation.title()) + " (`" + transformation.id() + "`)");
    transformation.description().ifPresent(d -> {
      line(out, "");
      line(out, md(d));
    });

    Organisation organisation = transformation.organisation();
    line(out, "");
    line(out, "## Organisation: " + md(organisation.name()) + " (`" + organisation.id() + "`)");
    line(out, "");
    for (String[] fact : facts(organisation)) {
      line(out, "- **" + fact[0] + ":** " + md(fact[1]));
    }
    organisation.description().ifPresent(d -> {
      line(out, "");
      line(out, md(d));
    });

    line(out, "");
    line(out, "## Period");
    line(out, "");
    line(out, md(period(transformation.period())));

    line(out, "");
    line(out, "## Teams");
    line(out, "");
    line(out, "| Team | Role | Focus area | Members | By function |");
    line(out, "| --- | --- | --- | ---: | --- |");
    for (Team team : transformation.teams()) {
      String area = team.focusArea().map(id -> playbook.focusArea(id).map(FocusArea::name)
          .orElse(id + " (not in the playbook)")).orElse("");
      line(out, "| " + md(team.name()) + " | " + md(roleName(team)) + " | " + md(area) + " | "
          + team.members().size() + " | " + md(byFunction(team, organisation)) + " |");
    }

    line(out, "");
    line(out, "## Playbook: " + md(playbook.title()) + " (`" + playbook.id() + "`, version "
        + md(playbook.version()) + ")");
    line(out, "");
    line(out, "### Focus areas");
    line(out, "");
    List<FocusArea> areas = playbook.focusAreas();
    for (int i = 0; i < areas.size(); i++) {
      line(out, (i + 1) + ". " + md(areas.get(i).name()) + " (`" + areas.get(i).id() + "`)");
    }
    line(out, "");
    line(out, "### Theory-of-Change levels, lowest first");
    line(out, "");
    for (ChangeLevel level : playbook.levelsInOrder()) {
      line(out, level.rank() + ". " + md(level.name()) + " (`" + level.id() + "`)");
    }

    line(out, "");
    line(out, "## Not yet available");
    line(out, "");
    line(out, md(notYetAvailable()));
    return out.toString();
  }

  private static String notYetAvailable() {
    return "Engines not yet available: " + String.join(", ", ENGINES_NOT_YET_AVAILABLE) + " (no scores yet).";
  }

  private static List<String[]> facts(Organisation organisation) {
    List<String[]> facts = new ArrayList<>();
    organisation.sector().ifPresent(s -> facts.add(new String[] {"Sector", s}));
    organisation.founded().ifPresent(y -> facts.add(new String[] {"Founded", Integer.toString(y)}));
    organisation.employees().ifPresent(n -> facts.add(new String[] {"Employees", grouped(n)}));
    organisation.customers().ifPresent(n -> facts.add(new String[] {"Customers", grouped(n)}));
    organisation.partners().ifPresent(n -> facts.add(new String[] {"Partners", grouped(n)}));
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

  private static String grouped(int number) {
    return String.format(Locale.ROOT, "%,d", number);
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append('\n');
  }

  /** Appends text wrapped at {@link #WIDTH} columns, each line starting with {@code indent}. */
  private static void wrap(StringBuilder out, String text, String indent) {
    StringBuilder current = new StringBuilder(indent);
    for (String word : text.strip().split("\\s+")) {
      if (current.length() > indent.length() && current.length() + 1 + word.length() > WIDTH) {
        line(out, current.toString());
        current.setLength(0);
        current.append(indent);
      }
      if (current.length() > indent.length()) {
        current.append(' ');
      }
      current.append(word);
    }
    line(out, current.toString());
  }

  /** Escapes the characters Markdown would read as markup. */
  private static String md(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>|#".indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c == '\n' || c == '\r' ? ' ' : c);
    }
    return escaped.toString();
  }
}
