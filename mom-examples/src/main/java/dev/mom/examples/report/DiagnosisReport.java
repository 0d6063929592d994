package dev.mom.examples.report;

import dev.mom.diagnosis.ArchetypeScore;
import dev.mom.diagnosis.ArchetypeShare;
import dev.mom.diagnosis.ComparisonResult;
import dev.mom.diagnosis.Confidence;
import dev.mom.diagnosis.DominanceDiagnosis;
import dev.mom.diagnosis.DominanceModel;
import dev.mom.diagnosis.EvidenceSummary;
import dev.mom.diagnosis.FunctionShare;
import dev.mom.diagnosis.PerceivedDominance;
import dev.mom.diagnosis.Pitfall;
import dev.mom.diagnosis.RecommendedIntervention;
import dev.mom.diagnosis.RuleFiring;
import dev.mom.diagnosis.Verdict;
import dev.mom.model.Id;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.rules.Operator;
import dev.mom.rules.Truth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A stakeholder-dominance diagnosis as a report for analysts: the verdict with a one-line answer to "who
 * drives product decisions here?", the distance to customer-driven, each archetype's share as a bar chart,
 * the confidence with its reasons, the pitfalls with their consequences and evidence, the recommended
 * interventions, the perception gap between the views of the evidence, and the rule trace: every fired rule
 * with each comparison and its observed value and the source passage it cites, and for every rule that did
 * not fire the first comparison that failed.
 *
 * <p>Output is deterministic: the same case, playbook and diagnosis give the same text, with {@code \n} line
 * ends and numbers written the same whatever the default locale (shares as percentages with one decimal,
 * observed values with at most three decimals). Stateless and thread-safe.
 */
public final class DiagnosisReport {

  /** The width of a full bar in the share chart, in columns (a share of 100% fills it). */
  public static final int BAR_WIDTH = 40;

  /** The partial blocks, in eighths of a column, that end a bar. */
  private static final String[] EIGHTHS = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};

  /** How many archetypes the perception table lists for each view. */
  private static final int TOP_SHARES = 3;

  private DiagnosisReport() {}

  /**
   * The report as plain text for a terminal, prose wrapped at 100 columns.
   *
   * @param transformation the diagnosed case; not null
   * @param playbook the playbook it was diagnosed with; not null, with a diagnosis model
   * @param diagnosis the diagnosis; not null
   * @return the report, ending with a newline
   * @throws IllegalArgumentException if the playbook has no diagnosis model
   */
  public static String text(Transformation transformation, Playbook playbook, DominanceDiagnosis diagnosis) {
    return new View(transformation, playbook, diagnosis).text();
  }

  /**
   * The report as Markdown (CommonMark with GitHub tables), its title a level-1 heading.
   *
   * @param transformation the diagnosed case; not null
   * @param playbook the playbook it was diagnosed with; not null, with a diagnosis model
   * @param diagnosis the diagnosis; not null
   * @return the report, ending with a newline
   * @throws IllegalArgumentException if the playbook has no diagnosis model
   */
  public static String markdown(Transformation transformation, Playbook playbook, DominanceDiagnosis diagnosis) {
    return markdown(transformation, playbook, diagnosis, 1);
  }

  /**
   * The report as Markdown, its title a heading of the given level and its sections one level below, so that
   * it can follow another report in one document.
   *
   * @param transformation the diagnosed case; not null
   * @param playbook the playbook it was diagnosed with; not null, with a diagnosis model
   * @param diagnosis the diagnosis; not null
   * @param level the level of the title's heading, 1 to 4
   * @return the report, ending with a newline
   * @throws IllegalArgumentException if the playbook has no diagnosis model or the level is out of range
   */
  public static String markdown(Transformation transformation, Playbook playbook, DominanceDiagnosis diagnosis,
      int level) {
    if (level < 1 || level > 4) {
      throw new IllegalArgumentException("level must be 1 to 4, was " + level);
    }
    return new View(transformation, playbook, diagnosis).markdown(level);
  }

  /** The diagnosis with what the report needs to name things: labels, the model's thresholds. */
  private static final class View {

    private final Transformation transformation;
    private final Playbook playbook;
    private final DominanceDiagnosis diagnosis;
    private final DominanceModel model;
    private final Map<Id, ArchetypeScore> scores = new LinkedHashMap<>();
    private final Map<Id, RuleFiring> firings = new LinkedHashMap<>();

    View(Transformation transformation, Playbook playbook, DominanceDiagnosis diagnosis) {
      this.transformation = Objects.requireNonNull(transformation, "transformation");
      this.playbook = Objects.requireNonNull(playbook, "playbook");
      this.diagnosis = Objects.requireNonNull(diagnosis, "diagnosis");
      this.model = playbook.diagnosis().orElseThrow(() -> new IllegalArgumentException("the playbook '"
          + playbook.id() + "' has no diagnosis model"));
      for (ArchetypeScore score : diagnosis.scores()) {
        scores.put(score.archetype(), score);
      }
      for (RuleFiring firing : diagnosis.trace()) {
        firings.put(firing.rule(), firing);
      }
    }

    // ---- plain text ---------------------------------------------------------------------------------

    String text() {
      StringBuilder out = new StringBuilder();
      String title = "Diagnosis: who drives product decisions? " + transformation.title() + " ("
          + transformation.id() + ")";
      Layout.heading(out, title, '=');
      Layout.line(out, "");
      Layout.wrap(out, "Verdict: " + verdict(), "", "  ");
      Layout.wrap(out, "Who drives product decisions here? " + capitalised(answer()), "", "  ");
      for (Id leader : explainedLeaders()) {
        ArchetypeScore score = scores.get(leader);
        Layout.wrap(out, "- " + score.label() + ": " + description(leader), "  ", "    ");
      }
      Layout.line(out, "Distance to " + idealLabel() + ": " + Layout.percent(diagnosis.distanceToIdeal())
          + " (1 minus its share of " + Layout.percent(ideal().share()) + ")");
      Layout.wrap(out, "Evidence: " + evidence(), "", "  ");
      Layout.line(out, "Playbook: " + playbook.title() + " (" + playbook.id() + ", version " + playbook.version()
          + ")");

      Layout.line(out, "");
      Layout.line(out, "Archetype shares (" + pointsSummary() + "):");
      int labelWidth = diagnosis.scores().stream().mapToInt(s -> s.label().length()).max().orElse(0);
      for (ArchetypeScore score : diagnosis.scores()) {
        Layout.line(out, ("  " + Layout.pad(score.label(), labelWidth) + "  " + Layout.pad(bar(score.share()), BAR_WIDTH)
            + "  " + Layout.padLeft(Layout.percent(score.share()), 6) + "  " + Layout.padLeft(points(score.points()), 8)
            + "  " + rules(score.rules().size())).stripTrailing());
      }

      Layout.line(out, "");
      Confidence confidence = diagnosis.confidence();
      Layout.line(out, "Confidence: " + confidence.level().id() + " (" + Layout.twoDecimals(confidence.score()) + ")");
      Layout.wrap(out, confidenceParts(confidence), "  ", "  ");
      for (String reason : confidence.reasons()) {
        Layout.wrap(out, "- " + reason, "  ", "    ");
      }

      Layout.line(out, "");
      List<Pitfall> pitfalls = diagnosis.pitfalls();
      if (pitfalls.isEmpty()) {
        Layout.line(out, "Pitfalls: none present (no pitfall archetype reaches " + Layout.percent(model.pitfallShare())
            + " of the points).");
      } else {
        Layout.line(out, "Pitfalls (" + pitfalls.size() + "), highest share first:");
        for (Pitfall pitfall : pitfalls) {
          Layout.line(out, "  " + pitfall.label() + " (" + pitfall.archetype() + "): " + Layout.percent(pitfall.share())
              + " of the points, " + rules(pitfall.rules().size()));
          Layout.wrap(out, "Consequence: " + pitfall.consequence(), "    ", "      ");
          Layout.line(out, "    Evidence:");
          for (Id rule : pitfall.rules()) {
            RuleFiring firing = firings.get(rule);
            Layout.wrap(out, "- " + firing.description(), "      ", "        ");
            for (ComparisonResult comparison : firing.comparisons()) {
              if (comparison.outcome() == Truth.TRUE) {
                Layout.line(out, "        " + comparisonText(comparison));
              }
            }
          }
        }
      }

      Layout.line(out, "");
      List<RecommendedIntervention> interventions = diagnosis.interventions();
      if (interventions.isEmpty()) {
        Layout.line(out, "Recommended interventions: none (no pitfall rule fired).");
      } else {
        Layout.line(out, "Recommended interventions (" + interventions.size() + "), most relevant first:");
        int number = 1;
        int numberWidth = Integer.toString(interventions.size()).length();
        for (RecommendedIntervention intervention : interventions) {
          String prefix = "  " + Layout.padLeft(Integer.toString(number++), numberWidth) + ". ";
          Layout.wrap(out, intervention.name() + " (" + intervention.intervention() + "): for "
              + labels(intervention.archetypes()) + "; addresses " + rules(intervention.rules().size()) + ", "
              + points(intervention.points()), prefix, " ".repeat(prefix.length()));
        }
      }

      Layout.line(out, "");
      Layout.line(out, "Perception gap: who leads in each view of the evidence");
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"View", "Records", "Leader", "Top shares"});
      for (PerceivedDominance view : diagnosis.perception()) {
        rows.add(perceptionRow(view));
      }
      int[] widths = new int[3];
      for (String[] row : rows) {
        for (int c = 0; c < widths.length; c++) {
          widths[c] = Math.max(widths[c], row[c].length());
        }
      }
      for (String[] row : rows) {
        if (row[2].isEmpty() && row[3].startsWith("suppressed")) {
          Layout.line(out, "  " + Layout.pad(row[0], widths[0]) + "  " + Layout.padLeft(row[1], widths[1]) + "  "
              + row[3]);
        } else {
          Layout.line(out, ("  " + Layout.pad(row[0], widths[0]) + "  " + Layout.padLeft(row[1], widths[1]) + "  "
              + Layout.pad(row[2], widths[2]) + "  " + row[3]).stripTrailing());
        }
      }
      decisionLog().ifPresent(log -> {
        Layout.line(out, "  Decision log by function:");
        Layout.wrap(out, "decided: " + functionShares(log.decided()), "    ", "      ");
        Layout.wrap(out, "initiated: " + functionShares(log.initiated()), "    ", "      ");
      });

      Layout.line(out, "");
      Layout.line(out, "Rule trace: " + diagnosis.trace().size() + " rules in playbook order, " + firedCount()
          + " fired");
      Layout.line(out, "  Fired rules, every comparison with its observed value:");
      for (RuleFiring firing : diagnosis.trace()) {
        if (!firing.fired()) {
          continue;
        }
        Layout.line(out, "    " + firing.rule() + ": +" + points(firing.points()) + " to " + label(firing.archetype()));
        Layout.wrap(out, firing.description(), "      ", "      ");
        for (ComparisonResult comparison : firing.comparisons()) {
          Layout.line(out, "      " + comparison.path() + "  " + comparisonText(comparison) + " → "
              + comparison.outcome().id());
        }
        firing.cites().ifPresent(cites -> Layout.wrap(out, "Cites " + cites, "      ", "        "));
      }
      Layout.line(out, "  Rules that did not fire, with the first comparison that failed:");
      for (RuleFiring firing : diagnosis.trace()) {
        if (firing.fired()) {
          continue;
        }
        Layout.line(out, "    " + firing.rule() + " (" + label(firing.archetype()) + ", +" + points(firing.points())
            + ")");
        Layout.line(out, "      failed: " + failure(firing));
      }
      return out.toString();
    }

    // ---- Markdown -----------------------------------------------------------------------------------

    String markdown(int level) {
      String h1 = "#".repeat(level) + " ";
      String h2 = "#".repeat(level + 1) + " ";
      String h3 = "#".repeat(level + 2) + " ";
      StringBuilder out = new StringBuilder();
      Layout.line(out, h1 + "Diagnosis: who drives product decisions? " + Layout.md(transformation.title()) + " (`"
          + transformation.id() + "`)");
      Layout.line(out, "");
      Layout.line(out, "- **Verdict:** " + Layout.md(verdict()));
      Layout.line(out, "- **Who drives product decisions here?** " + Layout.md(capitalised(answer())));
      for (Id leader : explainedLeaders()) {
        Layout.line(out, "  - " + Layout.md(scores.get(leader).label()) + ": " + Layout.md(description(leader)));
      }
      Layout.line(out, "- **Distance to " + Layout.md(idealLabel()) + ":** " + Layout.percent(diagnosis.distanceToIdeal())
          + " (1 minus its share of " + Layout.percent(ideal().share()) + ")");
      Layout.line(out, "- **Evidence:** " + Layout.md(evidence()));
      Layout.line(out, "- **Playbook:** " + Layout.md(playbook.title()) + " (`" + playbook.id() + "`, version "
          + Layout.md(playbook.version()) + ")");

      Layout.line(out, "");
      Layout.line(out, h2 + "Archetype shares");
      Layout.line(out, "");
      Layout.line(out, "Each archetype's share of the " + Layout.md(pointsSummary()) + ".");
      Layout.line(out, "");
      Layout.line(out, "| Archetype | Share | Chart | Points | Rules fired |");
      Layout.line(out, "| --- | ---: | --- | ---: | ---: |");
      for (ArchetypeScore score : diagnosis.scores()) {
        Layout.line(out, "| " + Layout.md(score.label()) + (score.ideal() ? " (ideal)" : "") + " | "
            + Layout.percent(score.share()) + " | " + (score.share() > 0 ? "`" + bar(score.share()) + "`" : "") + " | "
            + points(score.points()) + " | " + score.rules().size() + " |");
      }

      Layout.line(out, "");
      Layout.line(out, h2 + "Confidence: " + diagnosis.confidence().level().id() + " ("
          + Layout.twoDecimals(diagnosis.confidence().score()) + ")");
      Layout.line(out, "");
      Layout.line(out, Layout.md(confidenceParts(diagnosis.confidence())));
      Layout.line(out, "");
      for (String reason : diagnosis.confidence().reasons()) {
        Layout.line(out, "- " + Layout.md(reason));
      }

      Layout.line(out, "");
      Layout.line(out, h2 + "Pitfalls");
      Layout.line(out, "");
      if (diagnosis.pitfalls().isEmpty()) {
        Layout.line(out, "None present: no pitfall archetype reaches " + Layout.percent(model.pitfallShare())
            + " of the points.");
      }
      for (Pitfall pitfall : diagnosis.pitfalls()) {
        Layout.line(out, h3 + Layout.md(pitfall.label()) + ": " + Layout.percent(pitfall.share()));
        Layout.line(out, "");
        Layout.line(out, "**Consequence:** " + Layout.md(pitfall.consequence()));
        Layout.line(out, "");
        Layout.line(out, "| Rule | Evidence |");
        Layout.line(out, "| --- | --- |");
        for (Id rule : pitfall.rules()) {
          RuleFiring firing = firings.get(rule);
          Layout.line(out, "| `" + rule + "` | " + evidenceMarkdown(firing) + " |");
        }
        Layout.line(out, "");
      }
      if (diagnosis.pitfalls().isEmpty()) {
        Layout.line(out, "");
      }

      Layout.line(out, h2 + "Recommended interventions");
      Layout.line(out, "");
      if (diagnosis.interventions().isEmpty()) {
        Layout.line(out, "None: no pitfall rule fired.");
      } else {
        Layout.line(out, "| # | Intervention | For | Rules addressed | Points |");
        Layout.line(out, "| ---: | --- | --- | ---: | ---: |");
        int number = 1;
        for (RecommendedIntervention intervention : diagnosis.interventions()) {
          Layout.line(out, "| " + number++ + " | " + Layout.md(intervention.name()) + " (`" + intervention.intervention()
              + "`) | " + Layout.md(labels(intervention.archetypes())) + " | " + intervention.rules().size() + " | "
              + Layout.number(intervention.points()) + " |");
        }
      }

      Layout.line(out, "");
      Layout.line(out, h2 + "Perception gap");
      Layout.line(out, "");
      Layout.line(out, "Who leads in each view of the evidence: each source on its own, and each function's own survey "
          + "answers.");
      Layout.line(out, "");
      Layout.line(out, "| View | Records | Leader | Top shares |");
      Layout.line(out, "| --- | ---: | --- | --- |");
      for (PerceivedDominance view : diagnosis.perception()) {
        String[] row = perceptionRow(view);
        Layout.line(out, "| " + Layout.md(row[0]) + " | " + row[1] + " | " + Layout.md(row[2]) + " | " + Layout.md(row[3])
            + " |");
      }
      decisionLog().ifPresent(log -> {
        Layout.line(out, "");
        Layout.line(out, "Decision log by function: decided " + Layout.md(functionShares(log.decided())) + "; initiated "
            + Layout.md(functionShares(log.initiated())) + ".");
      });

      Layout.line(out, "");
      Layout.line(out, h2 + "Rule trace");
      Layout.line(out, "");
      Layout.line(out, diagnosis.trace().size() + " rules in playbook order, " + firedCount() + " fired.");
      Layout.line(out, "");
      Layout.line(out, h3 + "Fired rules");
      Layout.line(out, "");
      Layout.line(out, "| Rule | Adds | Comparisons (observed → outcome) | Cites |");
      Layout.line(out, "| --- | --- | --- | --- |");
      for (RuleFiring firing : diagnosis.trace()) {
        if (!firing.fired()) {
          continue;
        }
        List<String> comparisons = new ArrayList<>();
        for (ComparisonResult comparison : firing.comparisons()) {
          comparisons.add("`" + comparisonText(comparison) + "` → " + comparison.outcome().id());
        }
        Layout.line(out, "| `" + firing.rule() + "` | +" + points(firing.points()) + " to " + Layout.md(label(firing.archetype()))
            + " | " + String.join("<br>", comparisons) + " | " + Layout.md(firing.cites().orElse("")) + " |");
      }
      Layout.line(out, "");
      Layout.line(out, h3 + "Rules that did not fire");
      Layout.line(out, "");
      Layout.line(out, "| Rule | Would add | First comparison that failed |");
      Layout.line(out, "| --- | --- | --- |");
      for (RuleFiring firing : diagnosis.trace()) {
        if (firing.fired()) {
          continue;
        }
        Layout.line(out, "| `" + firing.rule() + "` | +" + points(firing.points()) + " to "
            + Layout.md(label(firing.archetype())) + " | " + failureMarkdown(firing) + " |");
      }
      return out.toString();
    }

    // ---- the parts ----------------------------------------------------------------------------------

    private String verdict() {
      switch (diagnosis.verdict()) {
        case DOMINANT:
          Id dominant = diagnosis.dominant().orElseThrow();
          return "dominant: " + label(dominant) + " (" + Layout.percent(scores.get(dominant).share()) + ")";
        case MIXED:
          return "mixed, led by " + labels(diagnosis.leaders());
        default:
          return "inconclusive";
      }
    }

    /** The one-line answer to "who drives product decisions here?". */
    private String answer() {
      if (diagnosis.verdict() == Verdict.DOMINANT) {
        ArchetypeScore dominant = scores.get(diagnosis.dominant().orElseThrow());
        return dominant.label() + ", with " + Layout.percent(dominant.share()) + " of the points, at least "
            + Layout.percent(model.mixedMargin()) + " of the points ahead of the next archetype.";
      }
      if (diagnosis.verdict() == Verdict.MIXED) {
        List<String> parts = new ArrayList<>();
        for (Id leader : diagnosis.leaders()) {
          parts.add(label(leader) + " (" + Layout.percent(scores.get(leader).share()) + ")");
        }
        return "no single group: " + joined(parts) + " share the lead, each within "
            + Layout.percent(model.mixedMargin()) + " of the points of the first.";
      }
      return "the evidence does not say: no rule fired, so no archetype is named.";
    }

    /** The archetypes whose description the report spells out: the dominant one, or a mixed verdict's leaders. */
    private List<Id> explainedLeaders() {
      return diagnosis.leaders();
    }

    private String description(Id archetype) {
      return model.archetypes().stream().filter(a -> a.id().equals(archetype)).findFirst()
          .map(a -> a.description()).orElse("");
    }

    private ArchetypeScore ideal() {
      return diagnosis.scores().stream().filter(ArchetypeScore::ideal).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("the diagnosis has no ideal archetype"));
    }

    private String idealLabel() {
      return ideal().label().toLowerCase(Locale.ROOT);
    }

    private String evidence() {
      EvidenceSummary evidence = diagnosis.evidence();
      return count(evidence.decisions(), "decision") + ", " + count(evidence.respondents(), "survey respondent") + ", "
          + count(evidence.sources(), "interview, document or observation source") + " with "
          + count(evidence.observations(), "coded observation");
    }

    private String pointsSummary() {
      double total = diagnosis.scores().stream().mapToDouble(ArchetypeScore::points).sum();
      return points(total) + " from " + firedCount() + " fired " + (firedCount() == 1 ? "rule" : "rules");
    }

    private long firedCount() {
      return diagnosis.trace().stream().filter(RuleFiring::fired).count();
    }

    private static String confidenceParts(Confidence confidence) {
      return "Evidence volume " + Layout.twoDecimals(confidence.volume()) + ", source agreement "
          + agreement(confidence.sourceAgreement()) + ", respondent agreement "
          + agreement(confidence.respondentAgreement()) + ".";
    }

    private static String agreement(OptionalDouble value) {
      return value.isPresent() ? Layout.twoDecimals(value.getAsDouble()) : "not measurable (counted as 0.50)";
    }

    /**
     * A fired rule as pitfall evidence in Markdown: what it says, and the comparisons that held with their
     * observed values.
     */
    private static String evidenceMarkdown(RuleFiring firing) {
      List<String> held = new ArrayList<>();
      for (ComparisonResult comparison : firing.comparisons()) {
        if (comparison.outcome() == Truth.TRUE) {
          held.add("`" + comparisonText(comparison) + "`");
        }
      }
      String description = firing.description().endsWith(".")
          ? firing.description().substring(0, firing.description().length() - 1) : firing.description();
      return Layout.md(description) + ": " + (held.isEmpty() ? "its condition held" : String.join(", ", held));
    }

    private String[] perceptionRow(PerceivedDominance view) {
      String records = Integer.toString(view.records());
      if (view.suppressed()) {
        return new String[] {view.view(), records, "",
            "suppressed: fewer than " + model.minimumGroupSize() + " respondents"};
      }
      if (view.leader().isEmpty()) {
        return new String[] {view.view(), records, "none", "no rule fired"};
      }
      List<ArchetypeShare> top = new ArrayList<>(view.shares());
      top.removeIf(s -> s.share() <= 0);
      // stable sort: equal shares keep the model's order
      top.sort(Comparator.comparingDouble((ArchetypeShare s) -> -s.share()));
      List<String> parts = new ArrayList<>();
      for (ArchetypeShare share : top.subList(0, Math.min(TOP_SHARES, top.size()))) {
        parts.add(share.archetype() + " " + Layout.percent(share.share()));
      }
      return new String[] {view.view(), records, view.leader().get().value(), String.join(", ", parts)};
    }

    private Optional<PerceivedDominance> decisionLog() {
      return diagnosis.perception().stream().filter(v -> v.view().equals("decision-log") && !v.decided().isEmpty())
          .findFirst();
    }

    private static String functionShares(List<FunctionShare> shares) {
      List<FunctionShare> sorted = new ArrayList<>(shares);
      sorted.removeIf(s -> s.share() <= 0);
      sorted.sort(Comparator.comparingDouble((FunctionShare s) -> -s.share()));
      List<String> parts = new ArrayList<>();
      for (FunctionShare share : sorted) {
        parts.add(share.function() + " " + Layout.percent(share.share()));
      }
      return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    /** A comparison and what was observed: {@code decisions.decidedBy.sales >= 0.4: observed 0.278}. */
    private static String comparisonText(ComparisonResult comparison) {
      String test = comparison.operator() == Operator.BETWEEN
          ? comparison.signal() + " in [" + Layout.number(comparison.threshold()) + ", "
              + Layout.number(comparison.upper().orElse(comparison.threshold())) + "]"
          : comparison.signal() + " " + comparison.operator().symbol() + " " + Layout.number(comparison.threshold());
      return test + ": " + (comparison.observed().isPresent()
          ? "observed " + Layout.number(comparison.observed().getAsDouble()) : "no value");
    }

    /**
     * The first comparison that kept the rule from firing: in condition order, the first whose outcome, read
     * through the {@code not}s above it, is not true.
     */
    private static Optional<ComparisonResult> firstFailure(RuleFiring firing) {
      for (ComparisonResult comparison : firing.comparisons()) {
        Truth effective = comparison.outcome();
        for (String segment : comparison.path().split("\\.")) {
          if (segment.equals("not")) {
            effective = effective.not();
          }
        }
        if (effective != Truth.TRUE) {
          return Optional.of(comparison);
        }
      }
      return Optional.empty();
    }

    private static String failure(RuleFiring firing) {
      return firstFailure(firing)
          .map(c -> c.path() + "  " + comparisonText(c) + " → " + c.outcome().id())
          .orElse("its condition was " + firing.outcome().id());
    }

    private static String failureMarkdown(RuleFiring firing) {
      return firstFailure(firing)
          .map(c -> "`" + comparisonText(c) + "` → " + c.outcome().id() + " (`" + c.path() + "`)")
          .orElse("its condition was " + firing.outcome().id());
    }

    private String label(Id archetype) {
      ArchetypeScore score = scores.get(archetype);
      return score == null ? archetype.value() : score.label();
    }

    private String labels(List<Id> archetypes) {
      List<String> parts = new ArrayList<>();
      for (Id archetype : archetypes) {
        parts.add(label(archetype));
      }
      return joined(parts);
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    private static String joined(List<String> parts) {
      if (parts.size() <= 1) {
        return String.join("", parts);
      }
      return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static String capitalised(String text) {
      return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String count(long n, String noun) {
      return n + " " + (n == 1 ? noun : noun + "s");
    }

    private static String rules(long n) {
      return count(n, "rule");
    }

    private static String points(double points) {
      return Layout.number(points) + (points == 1 ? " point" : " points");
    }

    /** A bar of {@link #BAR_WIDTH} columns for a share of 1, in whole and eighth blocks. */
    private static String bar(double share) {
      long eighths = Math.round(Math.max(0, Math.min(1, share)) * BAR_WIDTH * 8);
      return "█".repeat((int) (eighths / 8)) + EIGHTHS[(int) (eighths % 8)];
    }
  }
}
