package dev.mom.examples.report;

import dev.mom.impact.ConceptImpact;
import dev.mom.impact.ConfidenceInterval;
import dev.mom.impact.ConsequenceEvidence;
import dev.mom.impact.EffectSizeBands;
import dev.mom.impact.EffectSizeKind;
import dev.mom.impact.ImpactAssessment;
import dev.mom.impact.ImpactModel;
import dev.mom.impact.ImpactVerdict;
import dev.mom.impact.Outcome;
import dev.mom.impact.OutcomeImpact;
import dev.mom.impact.OutcomeVerdict;
import dev.mom.impact.SignificanceTest;
import dev.mom.impact.StudyDesign;
import dev.mom.impact.UnintendedConsequence;
import dev.mom.impact.Wave;
import dev.mom.impact.WaveSummary;
import dev.mom.model.ChangeLevel;
import dev.mom.model.Id;
import dev.mom.model.Scale;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.priority.Concept;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An impact assessment as a report for analysts: did the Theory-of-Change outcomes move between the baseline
 * and the follow-up wave? A one-line answer, a summary table, a text "forest plot" of the standardised effect
 * sizes with their intervals on one fixed axis, then for every outcome its waves (n, mean, median, standard
 * deviation), the difference of means with its confidence interval, the effect size with its band, the test
 * with its statistic and how its p-value was computed, the raw and the Holm-adjusted p-value, and the verdict
 * with the engine's reason; then the attribution view per concept, with the engine's caveat that it is not a
 * causal claim, and the log of unintended consequences with their evidence.
 *
 * <p>The forest plot's interval of an effect size is the difference's confidence interval divided by the same
 * standard deviation as the effect size (that of the differences for d_z, the pooled one for d). It shows the
 * uncertainty of the difference on the common, standardised axis and ignores the uncertainty of that standard
 * deviation, so it is a little narrower than an exact interval for the effect size; the report says so.
 *
 * <p>Output is deterministic: the same case, playbook and assessment give the same text, with {@code \n} line
 * ends and numbers written the same whatever the default locale (means and differences with two decimals,
 * p-values with four, or "< 0.0001"). Stateless and thread-safe.
 */
public final class ImpactReport {

  /** The lowest effect size on the forest plot's axis; smaller values are clipped and marked {@code <}. */
  public static final double AXIS_MIN = -3;

  /** The highest effect size on the forest plot's axis; larger values are clipped and marked {@code >}. */
  public static final double AXIS_MAX = 3;

  /** Columns per unit of effect size on the forest plot's axis. */
  public static final int COLUMNS_PER_UNIT = 8;

  private ImpactReport() {}

  /**
   * The report as plain text for a terminal, prose wrapped at 100 columns.
   *
   * @param transformation the assessed case; not null
   * @param playbook the playbook it was assessed with; not null, with an impact model
   * @param assessment the assessment; not null
   * @return the report, ending with a newline
   * @throws IllegalArgumentException if the playbook has no impact model
   */
  public static String text(Transformation transformation, Playbook playbook, ImpactAssessment assessment) {
    return new View(transformation, playbook, assessment).text();
  }

  /**
   * The report as Markdown (CommonMark with GitHub tables), its title a level-1 heading.
   *
   * @param transformation the assessed case; not null
   * @param playbook the playbook it was assessed with; not null, with an impact model
   * @param assessment the assessment; not null
   * @return the report, ending with a newline
   * @throws IllegalArgumentException if the playbook has no impact model
   */
  public static String markdown(Transformation transformation, Playbook playbook, ImpactAssessment assessment) {
    return markdown(transformation, playbook, assessment, 1);
  }

  /**
   * The report as Markdown, its title a heading of the given level and its sections one level below, so that
   * it can follow another report in one document.
   *
   * @param transformation the assessed case; not null
   * @param playbook the playbook it was assessed with; not null, with an impact model
   * @param assessment the assessment; not null
   * @param level the level of the title's heading, 1 to 4
   * @return the report, ending with a newline
   * @throws IllegalArgumentException if the playbook has no impact model or the level is out of range
   */
  public static String markdown(Transformation transformation, Playbook playbook, ImpactAssessment assessment,
      int level) {
    if (level < 1 || level > 4) {
      throw new IllegalArgumentException("level must be 1 to 4, was " + level);
    }
    return new View(transformation, playbook, assessment).markdown(level);
  }

  /** The assessment with what the report needs to name things: the outcomes' metrics, levels, waves, concepts. */
  private static final class View {

    private final Transformation transformation;
    private final Playbook playbook;
    private final ImpactAssessment assessment;
    private final ImpactModel model;
    private final Map<Id, Outcome> outcomes = new LinkedHashMap<>();
    private final Map<Id, Wave> waves = new LinkedHashMap<>();
    private final Map<Id, Concept> concepts = new LinkedHashMap<>();

    View(Transformation transformation, Playbook playbook, ImpactAssessment assessment) {
      this.transformation = Objects.requireNonNull(transformation, "transformation");
      this.playbook = Objects.requireNonNull(playbook, "playbook");
      this.assessment = Objects.requireNonNull(assessment, "assessment");
      this.model = playbook.impact().orElseThrow(() -> new IllegalArgumentException("the playbook '"
          + playbook.id() + "' has no impact model"));
      transformation.outcomes().forEach(o -> outcomes.put(o.id(), o));
      transformation.waves().forEach(w -> waves.put(w.id(), w));
      transformation.concepts().forEach(c -> concepts.put(c.id(), c));
    }

    // ---- plain text ---------------------------------------------------------------------------------

    String text() {
      StringBuilder out = new StringBuilder();
      String title = "Impact assessment: did the outcomes move? " + transformation.title() + " ("
          + transformation.id() + ")";
      Layout.heading(out, title, '=');
      Layout.line(out, "");
      Layout.wrap(out, "Answer: " + answer(), "", "  ");
      Layout.wrap(out, "Waves: " + wavesText(), "", "  ");
      Layout.wrap(out, "Rules: " + rules(), "", "  ");
      Layout.line(out, "Playbook: " + playbook.title() + " (" + playbook.id() + ", version " + playbook.version()
          + ")");

      Layout.line(out, "");
      Layout.line(out, "Outcomes (" + assessment.outcomes().size() + "), in the case's order:");
      String[] header = {"Outcome", "n", "Difference", "Effect size", "p raw", "p Holm", "Verdict"};
      List<String[]> rows = new ArrayList<>();
      rows.add(header);
      for (OutcomeImpact outcome : assessment.outcomes()) {
        rows.add(summaryRow(outcome));
      }
      int[] widths = new int[header.length];
      for (String[] row : rows) {
        for (int c = 0; c < widths.length; c++) {
          widths[c] = Math.max(widths[c], row[c].length());
        }
      }
      boolean[] right = {false, true, true, false, true, true, false};
      for (String[] row : rows) {
        StringBuilder line = new StringBuilder(" ");
        for (int c = 0; c < row.length; c++) {
          line.append(' ').append(c == row.length - 1 ? row[c]
              : right[c] ? Layout.padLeft(row[c], widths[c]) : Layout.pad(row[c], widths[c])).append(c < row.length - 1
              ? " " : "");
        }
        Layout.line(out, line.toString().stripTrailing());
      }

      Layout.line(out, "");
      forestPlot(out, "  ");

      int number = 1;
      for (OutcomeImpact outcome : assessment.outcomes()) {
        Layout.line(out, "");
        outcomeText(out, number++, outcome);
      }

      Layout.line(out, "");
      Layout.line(out, "Attribution by concept: what happened to the outcomes each concept was meant to move");
      Layout.wrap(out, assessment.caveat(), "  ");
      if (assessment.concepts().isEmpty()) {
        Layout.line(out, "  No outcome or unintended consequence names a concept.");
      }
      for (ConceptImpact concept : assessment.concepts()) {
        Layout.wrap(out, conceptName(concept.concept()) + ": " + concept.summary(), "  ", "    ");
        for (OutcomeVerdict verdict : concept.outcomes()) {
          Layout.line(out, "    - " + verdict.outcome() + ": " + verdictText(verdict.verdict()));
        }
        for (Id consequence : concept.unintendedConsequences()) {
          Layout.line(out, "    - unintended consequence " + consequence);
        }
      }

      Layout.line(out, "");
      List<UnintendedConsequence> consequences = assessment.unintendedConsequences();
      if (consequences.isEmpty()) {
        Layout.line(out, "Unintended consequences: none logged.");
      } else {
        Layout.line(out, "Unintended consequences (" + consequences.size() + "): effects not planned at the start");
      }
      for (UnintendedConsequence consequence : consequences) {
        Layout.wrap(out, consequence.id() + ": " + consequence.statement(), "  ", "    ");
        Layout.wrap(out, consequenceFacts(consequence), "    ", "    ");
        for (ConsequenceEvidence evidence : consequence.evidence()) {
          Layout.wrap(out, "- " + evidenceText(evidence), "    ", "      ");
        }
      }
      return out.toString();
    }

    private String[] summaryRow(OutcomeImpact outcome) {
      return new String[] {outcome.outcome().value(), Integer.toString(outcome.n()),
          signed(outcome.difference()), effect(outcome), pRaw(outcome), pAdjusted(outcome),
          verdictText(outcome.verdict())};
    }

    private void outcomeText(StringBuilder out, int number, OutcomeImpact result) {
      Outcome outcome = outcomes.get(result.outcome());
      String prefix = number + ". ";
      String indent = " ".repeat(prefix.length() + 2);
      Layout.line(out, "  " + prefix + result.outcome() + ": " + verdictText(result.verdict()));
      Layout.wrap(out, result.statement(), indent);
      Layout.wrap(out, "Level: " + levelName(result.level()), indent, indent + "  ");
      if (outcome != null) {
        Layout.wrap(out, "Metric: " + outcome.metric() + "; " + scaleText(outcome), indent, indent + "  ");
      }
      Layout.wrap(out, "Concepts expected to move it: " + conceptList(result.concepts()), indent, indent + "  ");
      Layout.wrap(out, "Design: " + designText(result), indent, indent + "  ");
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"", "Wave", "n", "Mean", "Median", "SD"});
      rows.add(waveRow("Baseline", result.baseline()));
      rows.add(waveRow("Follow-up", result.followUp()));
      int[] widths = new int[6];
      for (String[] row : rows) {
        for (int c = 0; c < widths.length; c++) {
          widths[c] = Math.max(widths[c], row[c].length());
        }
      }
      for (String[] row : rows) {
        Layout.line(out, (indent + "  " + Layout.pad(row[0], widths[0]) + "  " + Layout.pad(row[1], widths[1]) + "  "
            + Layout.padLeft(row[2], widths[2]) + "  " + Layout.padLeft(row[3], widths[3]) + "  "
            + Layout.padLeft(row[4], widths[4]) + "  " + Layout.padLeft(row[5], widths[5])).stripTrailing());
      }
      Layout.wrap(out, "Difference follow-up − baseline: " + differenceText(result), indent, indent + "  ");
      Layout.wrap(out, "Effect size: " + effectText(result), indent, indent + "  ");
      Layout.wrap(out, "Test: " + result.method() + statisticText(result), indent, indent + "  ");
      Layout.wrap(out, "p-values: " + pValuesText(result), indent, indent + "  ");
      Layout.wrap(out, "Verdict: " + verdictText(result.verdict()) + " — " + result.reason(), indent, indent + "  ");
      for (String note : result.notes()) {
        Layout.wrap(out, "Note: " + note, indent, indent + "  ");
      }
    }

    private static String[] waveRow(String role, WaveSummary summary) {
      return new String[] {role, summary.wave().value(), Integer.toString(summary.n()), fixed(summary.mean()),
          fixed(summary.median()), summary.standardDeviation().isPresent()
              ? fixed(summary.standardDeviation().getAsDouble()) : "-"};
    }

    // ---- forest plot --------------------------------------------------------------------------------

    /** The effect sizes with their intervals on one fixed axis, one line per outcome. */
    private void forestPlot(StringBuilder out, String indent) {
      int columns = (int) Math.round((AXIS_MAX - AXIS_MIN) * COLUMNS_PER_UNIT) + 1;
      int labelWidth = assessment.outcomes().stream().mapToInt(o -> o.outcome().value().length()).max().orElse(0);
      Layout.line(out, "Effect sizes with " + percentLevel() + " intervals, d_z for paired and d for independent designs:");
      Layout.line(out, indent + "● effect size, ○ effect size of an outcome that was not tested, [---] interval, | zero");
      char[] ticks = blank(columns + 1);
      char[] axis = new char[columns];
      Arrays.fill(axis, '-');
      for (int value = (int) Math.ceil(AXIS_MIN); value <= AXIS_MAX; value++) {
        int at = column(value);
        String label = Integer.toString(value);
        for (int i = 0; i < label.length(); i++) {
          ticks[at + 1 - label.length() + 1 + i] = label.charAt(i);
        }
        axis[at] = value == 0 ? '|' : '+';
      }
      Layout.line(out, (indent + " ".repeat(labelWidth + 1) + new String(ticks)).stripTrailing());
      Layout.line(out, indent + " ".repeat(labelWidth + 2) + new String(axis));
      boolean clipped = false;
      for (OutcomeImpact outcome : assessment.outcomes()) {
        char[] row = blank(columns);
        row[column(0)] = '|';
        String suffix;
        if (outcome.effectSize().isEmpty()) {
          suffix = "no effect size (no spread)";
        } else {
          double effect = outcome.effectSize().getAsDouble();
          Optional<double[]> interval = effectInterval(outcome);
          if (interval.isPresent()) {
            double lower = interval.get()[0];
            double upper = interval.get()[1];
            int from = column(Math.max(lower, AXIS_MIN));
            int to = column(Math.min(upper, AXIS_MAX));
            for (int c = from; c <= to; c++) {
              row[c] = '-';
            }
            row[from] = lower < AXIS_MIN ? '<' : '[';
            row[to] = upper > AXIS_MAX ? '>' : ']';
            clipped |= lower < AXIS_MIN || upper > AXIS_MAX;
          }
          if (effect < AXIS_MIN || effect > AXIS_MAX) {
            row[column(effect < AXIS_MIN ? AXIS_MIN : AXIS_MAX)] = effect < AXIS_MIN ? '<' : '>';
            clipped = true;
          } else {
            row[column(effect)] = outcome.pValue().isPresent() ? '●' : '○';
          }
          suffix = signed(effect) + (interval.isPresent() ? " [" + signed(interval.get()[0]) + ", "
              + signed(interval.get()[1]) + "]" : " (no interval)");
        }
        Layout.line(out, indent + Layout.pad(outcome.outcome().value(), labelWidth) + "  " + new String(row) + "  "
            + suffix);
      }
      Layout.wrap(out, "The interval of an effect size is the difference's confidence interval divided by the same "
          + "standard deviation as the effect size; it ignores the uncertainty of that standard deviation."
          + (clipped ? " < and > mark values beyond the axis from " + Layout.number(AXIS_MIN) + " to "
              + Layout.number(AXIS_MAX) + "." : ""), indent);
    }

    private static char[] blank(int width) {
      char[] chars = new char[width];
      Arrays.fill(chars, ' ');
      return chars;
    }

    private static int column(double value) {
      return (int) Math.round((value - AXIS_MIN) * COLUMNS_PER_UNIT);
    }

    /**
     * The difference's interval in standard deviations: divided by the effect size's standardiser, which is
     * difference / effect size (or, for an independent design with no difference at all, the pooled standard
     * deviation of the waves).
     */
    private static Optional<double[]> effectInterval(OutcomeImpact outcome) {
      if (outcome.differenceInterval().isEmpty() || outcome.effectSize().isEmpty()) {
        return Optional.empty();
      }
      double effect = outcome.effectSize().getAsDouble();
      double standardiser;
      if (effect != 0) {
        standardiser = outcome.difference() / effect;
      } else if (outcome.design() == StudyDesign.INDEPENDENT) {
        WaveSummary a = outcome.baseline();
        WaveSummary b = outcome.followUp();
        double sa = a.standardDeviation().orElse(0);
        double sb = b.standardDeviation().orElse(0);
        standardiser = Math.sqrt(((a.n() - 1) * sa * sa + (b.n() - 1) * sb * sb) / (a.n() + b.n() - 2));
      } else {
        return Optional.empty();
      }
      if (!(standardiser > 0) || Double.isInfinite(standardiser)) {
        return Optional.empty();
      }
      ConfidenceInterval interval = outcome.differenceInterval().get();
      return Optional.of(new double[] {interval.lower() / standardiser, interval.upper() / standardiser});
    }

    // ---- Markdown -----------------------------------------------------------------------------------

    String markdown(int level) {
      String h1 = "#".repeat(level) + " ";
      String h2 = "#".repeat(level + 1) + " ";
      String h3 = "#".repeat(level + 2) + " ";
      StringBuilder out = new StringBuilder();
      Layout.line(out, h1 + "Impact assessment: did the outcomes move? " + Layout.md(transformation.title()) + " (`"
          + transformation.id() + "`)");
      Layout.line(out, "");
      Layout.line(out, "- **Answer:** " + Layout.md(answer()));
      Layout.line(out, "- **Waves:** " + Layout.md(wavesText()));
      Layout.line(out, "- **Rules:** " + Layout.md(rules()));
      Layout.line(out, "- **Playbook:** " + Layout.md(playbook.title()) + " (`" + playbook.id() + "`, version "
          + Layout.md(playbook.version()) + ")");

      Layout.line(out, "");
      Layout.line(out, h2 + "Outcomes");
      Layout.line(out, "");
      Layout.line(out, "| Outcome | Level | Test | n | Difference [" + percentLevel() + " CI] | Effect size | p raw "
          + "| p Holm | Verdict |");
      Layout.line(out, "| --- | --- | --- | ---: | --- | --- | ---: | ---: | --- |");
      for (OutcomeImpact outcome : assessment.outcomes()) {
        Layout.line(out, "| `" + outcome.outcome() + "` | " + Layout.md(playbook.changeLevel(outcome.level())
            .map(ChangeLevel::name).orElse(outcome.level().value())) + " | "
            + Layout.md(outcome.test().label()) + " | " + outcome.n() + " | " + Layout.md(signed(outcome.difference())
                + outcome.differenceInterval().map(i -> " [" + signed(i.lower()) + ", " + signed(i.upper()) + "]")
                .orElse("")) + " | " + Layout.md(effect(outcome)) + " | " + Layout.md(pRaw(outcome)) + " | "
            + Layout.md(pAdjusted(outcome)) + " | **" + verdictText(outcome.verdict()) + "** |");
      }
      Layout.line(out, "");
      Layout.line(out, h3 + "Effect sizes");
      Layout.line(out, "");
      Layout.line(out, "```text");
      StringBuilder plot = new StringBuilder();
      forestPlot(plot, "");
      out.append(plot);
      Layout.line(out, "```");

      int number = 1;
      for (OutcomeImpact result : assessment.outcomes()) {
        Outcome outcome = outcomes.get(result.outcome());
        Layout.line(out, "");
        Layout.line(out, h3 + number++ + ". `" + result.outcome() + "`: " + verdictText(result.verdict()));
        Layout.line(out, "");
        Layout.line(out, Layout.md(result.statement()));
        Layout.line(out, "");
        Layout.line(out, "- **Level:** " + Layout.md(levelName(result.level())));
        if (outcome != null) {
          Layout.line(out, "- **Metric:** " + Layout.md(outcome.metric() + "; " + scaleText(outcome)));
        }
        Layout.line(out, "- **Concepts expected to move it:** " + Layout.md(conceptList(result.concepts())));
        Layout.line(out, "- **Design:** " + Layout.md(designText(result)));
        Layout.line(out, "");
        Layout.line(out, "| | Wave | n | Mean | Median | SD |");
        Layout.line(out, "| --- | --- | ---: | ---: | ---: | ---: |");
        for (String[] row : List.of(waveRow("Baseline", result.baseline()), waveRow("Follow-up", result.followUp()))) {
          Layout.line(out, "| " + row[0] + " | `" + row[1] + "` | " + row[2] + " | " + row[3] + " | " + row[4] + " | "
              + row[5] + " |");
        }
        Layout.line(out, "");
        Layout.line(out, "- **Difference follow-up − baseline:** " + Layout.md(differenceText(result)));
        Layout.line(out, "- **Effect size:** " + Layout.md(effectText(result)));
        Layout.line(out, "- **Test:** " + Layout.md(result.method() + statisticText(result)));
        Layout.line(out, "- **p-values:** " + Layout.md(pValuesText(result)));
        Layout.line(out, "- **Verdict:** " + verdictText(result.verdict()) + " — " + Layout.md(result.reason()));
        for (String note : result.notes()) {
          Layout.line(out, "- **Note:** " + Layout.md(note));
        }
      }

      Layout.line(out, "");
      Layout.line(out, h2 + "Attribution by concept");
      Layout.line(out, "");
      Layout.line(out, "> " + Layout.md(assessment.caveat()));
      Layout.line(out, "");
      if (assessment.concepts().isEmpty()) {
        Layout.line(out, "No outcome or unintended consequence names a concept.");
      } else {
        Layout.line(out, "| Concept | Outcomes it was meant to move | Unintended consequences | Summary |");
        Layout.line(out, "| --- | --- | --- | --- |");
        for (ConceptImpact concept : assessment.concepts()) {
          List<String> verdicts = new ArrayList<>();
          for (OutcomeVerdict verdict : concept.outcomes()) {
            verdicts.add("`" + verdict.outcome() + "`: " + verdictText(verdict.verdict()));
          }
          List<String> named = new ArrayList<>();
          concept.unintendedConsequences().forEach(c -> named.add("`" + c + "`"));
          Layout.line(out, "| " + conceptMarkdown(concept.concept()) + " | " + String.join("<br>", verdicts) + " | "
              + String.join("<br>", named) + " | " + Layout.md(concept.summary()) + " |");
        }
      }

      Layout.line(out, "");
      Layout.line(out, h2 + "Unintended consequences");
      Layout.line(out, "");
      if (assessment.unintendedConsequences().isEmpty()) {
        Layout.line(out, "None logged.");
      } else {
        Layout.line(out, "Effects not planned at the start.");
        Layout.line(out, "");
        Layout.line(out, "| Consequence | Level | Valence | Concepts | Evidence |");
        Layout.line(out, "| --- | --- | --- | --- | --- |");
        for (UnintendedConsequence consequence : assessment.unintendedConsequences()) {
          List<String> evidence = new ArrayList<>();
          consequence.evidence().forEach(e -> evidence.add(Layout.md(evidenceText(e))));
          Layout.line(out, "| `" + consequence.id() + "`: " + Layout.md(consequence.statement()) + " | "
              + Layout.md(levelName(consequence.level())) + " | " + consequence.valence().id() + " | "
              + Layout.md(origin(consequence)) + " | " + String.join("<br>", evidence) + " |");
        }
      }
      return out.toString();
    }

    // ---- the parts ----------------------------------------------------------------------------------

    /** The one-line answer: how many outcomes improved, and which. */
    private String answer() {
      Map<ImpactVerdict, List<String>> byVerdict = new EnumMap<>(ImpactVerdict.class);
      for (ImpactVerdict verdict : ImpactVerdict.values()) {
        byVerdict.put(verdict, new ArrayList<>());
      }
      for (OutcomeImpact outcome : assessment.outcomes()) {
        byVerdict.get(outcome.verdict()).add(outcome.outcome().value());
      }
      int total = assessment.outcomes().size();
      List<String> parts = new ArrayList<>();
      parts.add(count(byVerdict.get(ImpactVerdict.IMPROVED), "improved", total));
      parts.add(count(byVerdict.get(ImpactVerdict.WORSENED), "worsened", -1));
      parts.add(count(byVerdict.get(ImpactVerdict.NO_DETECTABLE_CHANGE), "no detectable change", -1));
      parts.add(count(byVerdict.get(ImpactVerdict.INSUFFICIENT_DATA), "insufficient data", -1));
      return String.join("; ", parts) + ".";
    }

    private static String count(List<String> ids, String what, int total) {
      String head = ids.size() + (total >= 0 ? " of " + total + " outcome" + (total == 1 ? "" : "s") : "") + " "
          + what;
      return ids.isEmpty() ? head : head + " (" + String.join(", ", ids) + ")";
    }

    private String wavesText() {
      List<String> parts = new ArrayList<>();
      for (Wave wave : transformation.waves()) {
        parts.add(wave.name() + " (" + wave.id() + wave.period().map(p -> ", " + p.start() + " to " + p.end())
            .orElse("") + ", " + wave.measurements().size() + " measurement"
            + (wave.measurements().size() == 1 ? "" : "s") + ")");
      }
      return String.join(" → ", parts) + "; each outcome's baseline is the first wave that measures it, its "
          + "follow-up the last.";
    }

    private String rules() {
      EffectSizeBands bands = model.effectSizeBands();
      return "p-values Holm-adjusted over the " + assessment.familySize() + " tested outcome"
          + (assessment.familySize() == 1 ? "" : "s") + " and compared with alpha " + Layout.number(assessment.alpha())
          + "; " + percentLevel() + " confidence intervals; a change counts only if it is at least the outcome's "
          + "minimum difference; effect sizes very small < " + Layout.number(bands.small()) + " ≤ small < "
          + Layout.number(bands.medium()) + " ≤ medium < " + Layout.number(bands.large()) + " ≤ large; an outcome "
          + "with fewer than " + model.minimumSampleSize() + " pairs (paired) or values in a wave (independent) is "
          + "not tested.";
    }

    private String percentLevel() {
      return Layout.number(assessment.confidenceLevel() * 100) + "%";
    }

    private String levelName(Id level) {
      return playbook.changeLevel(level).map(ChangeLevel::name).map(n -> n + " (" + level + ")")
          .orElse(level.value());
    }

    private static String scaleText(Outcome outcome) {
      Scale scale = outcome.scale();
      return "scale " + Layout.number(scale.min()) + " to " + Layout.number(scale.max()) + ", " + outcome.direction()
          .id() + " desired, a difference of " + Layout.number(outcome.minimumDifference()) + " matters";
    }

    private String conceptName(Id concept) {
      Concept known = concepts.get(concept);
      return known == null ? concept.value() : known.name() + " (" + concept + ")";
    }

    private String conceptMarkdown(Id concept) {
      Concept known = concepts.get(concept);
      return known == null ? "`" + concept + "`" : Layout.md(known.name()) + " (`" + concept + "`)";
    }

    private static String conceptList(List<Id> ids) {
      if (ids.isEmpty()) {
        return "none named";
      }
      List<String> names = new ArrayList<>();
      ids.forEach(id -> names.add(id.value()));
      return String.join(", ", names);
    }

    private static String designText(OutcomeImpact result) {
      if (result.design() == StudyDesign.PAIRED) {
        return "paired, " + result.n() + " pair" + (result.n() == 1 ? "" : "s") + " (the same units in both waves), "
            + result.zeroDifferences() + " zero difference" + (result.zeroDifferences() == 1 ? "" : "s");
      }
      return "independent samples of " + result.baseline().n() + " and " + result.followUp().n() + " (n = "
          + result.n() + ")";
    }

    private String differenceText(OutcomeImpact result) {
      String median = result.design() == StudyDesign.PAIRED ? "median of the differences " : "difference of medians ";
      return signed(result.difference()) + result.differenceInterval().map(i -> ", " + percentLevel() + " CI "
          + signed(i.lower()) + " to " + signed(i.upper())).orElse(", no interval") + "; " + median
          + signed(result.medianDifference());
    }

    private String effectText(OutcomeImpact result) {
      if (result.effectSize().isEmpty()) {
        return kind(result.effectSizeKind()) + " not defined (no spread)";
      }
      return kind(result.effectSizeKind()) + " = " + signed(result.effectSize().getAsDouble()) + ", "
          + result.effectSizeBand().map(b -> b.id().replace('-', ' ')).orElse("") + " ("
          + (result.effectSizeKind() == EffectSizeKind.COHENS_D_Z ? "mean difference over the standard deviation of "
              + "the differences" : "difference of means over the pooled standard deviation") + ")";
    }

    private static String statisticText(OutcomeImpact result) {
      if (result.statistic().isEmpty()) {
        return "";
      }
      String name = result.test() == SignificanceTest.WILCOXON_SIGNED_RANK ? "W+"
          : result.test() == SignificanceTest.MANN_WHITNEY_U ? "U" : "t";
      return "; " + name + " = " + Layout.number(result.statistic().getAsDouble());
    }

    private static String pValuesText(OutcomeImpact result) {
      if (result.pValue().isEmpty()) {
        return "none (not tested)";
      }
      return "raw " + p(result.pValue().getAsDouble()) + " ("
          + result.pValueMethod().map(m -> m.id().replace('-', ' ')).orElse("") + (result.continuityCorrection()
              ? ", continuity correction" : "") + (result.tiedValues() ? ", ties" : "") + "), Holm-adjusted "
          + p(result.adjustedPValue().orElse(Double.NaN)) + (result.significant() ? ", significant" : ", not significant");
    }

    private String consequenceFacts(UnintendedConsequence consequence) {
      return "Level: " + levelName(consequence.level()) + "; " + consequence.valence().id() + "; from "
          + origin(consequence);
    }

    private static String origin(UnintendedConsequence consequence) {
      int count = consequence.concepts().size();
      return count == 0 ? "the project as a whole"
          : (count == 1 ? "concept " : "concepts ") + conceptList(consequence.concepts());
    }

    private static String evidenceText(ConsequenceEvidence evidence) {
      return evidence.source().id() + evidence.date().map(d -> ", " + d).orElse("") + ": " + evidence.description();
    }

    private static String verdictText(ImpactVerdict verdict) {
      return verdict.id().replace('-', ' ');
    }

    private static String kind(EffectSizeKind kind) {
      return kind == EffectSizeKind.COHENS_D_Z ? "d_z" : "d";
    }

    private static String effect(OutcomeImpact outcome) {
      if (outcome.effectSize().isEmpty()) {
        return "-";
      }
      return kind(outcome.effectSizeKind()) + " " + signed(outcome.effectSize().getAsDouble()) + " "
          + outcome.effectSizeBand().map(b -> b.id().replace('-', ' ')).orElse("");
    }

    private static String pRaw(OutcomeImpact outcome) {
      return outcome.pValue().isPresent() ? p(outcome.pValue().getAsDouble()) : "-";
    }

    private static String pAdjusted(OutcomeImpact outcome) {
      return outcome.adjustedPValue().isPresent() ? p(outcome.adjustedPValue().getAsDouble()) : "-";
    }
  }

  /** A p-value with four decimals, or "< 0.0001". */
  static String p(double value) {
    return value < 0.0001 ? "< 0.0001" : String.format(Locale.ROOT, "%.4f", value);
  }

  /** A number with two decimals. */
  static String fixed(double value) {
    String text = String.format(Locale.ROOT, "%.2f", value);
    return text.equals("-0.00") ? "0.00" : text;
  }

  /** A number with two decimals and its sign: {@code +0.83}, {@code -1.20}, {@code 0.00}. */
  static String signed(double value) {
    String text = fixed(value);
    return text.equals("0.00") || text.startsWith("-") ? text : "+" + text;
  }
}
