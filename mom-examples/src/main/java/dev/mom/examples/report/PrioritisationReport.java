package dev.mom.examples.report;

import dev.mom.gap.GapReport;
import dev.mom.model.Id;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.priority.AhpResult;
import dev.mom.priority.AuditEntry;
import dev.mom.priority.BoardAudit;
import dev.mom.priority.BoardVerdict;
import dev.mom.priority.Contribution;
import dev.mom.priority.ContributionKind;
import dev.mom.priority.GreenLightProposal;
import dev.mom.priority.ObjectiveWeight;
import dev.mom.priority.Prioritisation;
import dev.mom.priority.PrioritisationModel;
import dev.mom.priority.RankProbability;
import dev.mom.priority.RankSwap;
import dev.mom.priority.RankedConcept;
import dev.mom.priority.Robustness;
import dev.mom.priority.ScoreTerm;
import dev.mom.priority.ScoringModel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A concept prioritisation as a report for the advisory board: the concepts ranked with their scores, the
 * formula with the numbers substituted for the top ones (the playbook's k, the same k as "P(top k)"), the
 * Pareto front of value against effort, the green-light proposal with the capacity it uses, the ranking's
 * robustness to the weights (the critical weight changes and each concept's probability of ranking in the
 * top k and of being green-lit), the audit of the board's recorded decisions with every override, and the
 * warnings.
 *
 * <p>Scores, values and weights are shown rounded half-even to 4 decimals, as the engine's explanations
 * are; probabilities as percentages with one decimal. Output is deterministic, with {@code \n} line ends,
 * whatever the default locale. Stateless and thread-safe.
 */
public final class PrioritisationReport {

  private PrioritisationReport() {}

  /**
   * The report as plain text for a terminal, prose wrapped at 100 columns.
   *
   * @param transformation the case; not null
   * @param playbook the playbook it was prioritised with; not null, with a prioritisation model
   * @param prioritisation the result; not null
   * @param gaps the gap report whose severities the run used, or empty if it used the assumed severity
   * @return the report, ending with a newline
   * @throws IllegalArgumentException if the playbook has no prioritisation model
   */
  public static String text(Transformation transformation, Playbook playbook, Prioritisation prioritisation,
      Optional<GapReport> gaps) {
    return new View(transformation, playbook, prioritisation, gaps).text();
  }

  /**
   * The report as Markdown (CommonMark with GitHub tables), its title a level-1 heading.
   *
   * @param transformation the case; not null
   * @param playbook the playbook it was prioritised with; not null, with a prioritisation model
   * @param prioritisation the result; not null
   * @param gaps the gap report whose severities the run used, or empty if it used the assumed severity
   * @return the report, ending with a newline
   * @throws IllegalArgumentException if the playbook has no prioritisation model
   */
  public static String markdown(Transformation transformation, Playbook playbook, Prioritisation prioritisation,
      Optional<GapReport> gaps) {
    return markdown(transformation, playbook, prioritisation, gaps, 1);
  }

  /**
   * The report as Markdown, its title a heading of the given level and its sections one level below.
   *
   * @param transformation the case; not null
   * @param playbook the playbook it was prioritised with; not null, with a prioritisation model
   * @param prioritisation the result; not null
   * @param gaps the gap report whose severities the run used, or empty if it used the assumed severity
   * @param level the level of the title's heading, 1 to 4
   * @return the report, ending with a newline
   * @throws IllegalArgumentException if the playbook has no prioritisation model or the level is out of range
   */
  public static String markdown(Transformation transformation, Playbook playbook, Prioritisation prioritisation,
      Optional<GapReport> gaps, int level) {
    if (level < 1 || level > 4) {
      throw new IllegalArgumentException("level must be 1 to 4, was " + level);
    }
    return new View(transformation, playbook, prioritisation, gaps).markdown(level);
  }

  /** The result with what the report needs to name things. */
  private static final class View {

    private final Transformation transformation;
    private final Playbook playbook;
    private final Prioritisation result;
    private final Optional<GapReport> gaps;
    private final PrioritisationModel model;
    private final ScoringModel scoring;
    private final Map<Id, RankedConcept> concepts = new HashMap<>();

    View(Transformation transformation, Playbook playbook, Prioritisation result, Optional<GapReport> gaps) {
      this.transformation = Objects.requireNonNull(transformation, "transformation");
      this.playbook = Objects.requireNonNull(playbook, "playbook");
      this.result = Objects.requireNonNull(result, "prioritisation");
      this.gaps = Objects.requireNonNull(gaps, "gaps");
      this.model = playbook.prioritisation().orElseThrow(() -> new IllegalArgumentException("the playbook '"
          + playbook.id() + "' has no prioritisation model"));
      this.scoring = model.scoringModel(result.model()).orElseThrow(() -> new IllegalArgumentException(
          "the playbook '" + playbook.id() + "' has no scoring model '" + result.model() + "'"));
      for (RankedConcept concept : result.ranking()) {
        concepts.put(concept.concept(), concept);
      }
    }

    // ---- plain text ---------------------------------------------------------------------------------

    String text() {
      StringBuilder out = new StringBuilder();
      String title = "Prioritisation: " + transformation.title() + " (" + transformation.id() + ")";
      Layout.heading(out, title, '=');
      Layout.line(out, "");
      Layout.wrap(out, "Model: " + modelSummary(), "", "  ");
      strategySummary().ifPresent(s -> Layout.wrap(out, "Strategy: " + s, "", "  "));
      weightsSummary().ifPresent(w -> Layout.wrap(out, "Objective weights: " + w, "", "  "));
      if (usesGaps()) {
        Layout.wrap(out, "Gap severities: " + severitySummary(), "", "  ");
      }
      Layout.wrap(out, "Answer: " + answer(), "", "  ");
      Layout.line(out, "Playbook: " + playbook.title() + " (" + playbook.id() + ", version " + playbook.version()
          + ")");

      Layout.line(out, "");
      Layout.line(out, "Ranking (" + count(result.ranking().size(), "concept") + "; score " + tieRule() + "):");
      int nameWidth = "Concept".length();
      int statusWidth = "Status".length();
      for (RankedConcept concept : result.ranking()) {
        nameWidth = Math.max(nameWidth, concept.concept().value().length());
        statusWidth = Math.max(statusWidth, concept.status().id().length());
      }
      Layout.line(out, "   #  " + Layout.pad("Concept", nameWidth) + "  " + Layout.pad("Status", statusWidth) + "  "
          + Layout.padLeft("Score", 9) + "  " + Layout.padLeft("Value", 9) + "  " + Layout.padLeft("Effort", 6)
          + "  Pareto front");
      for (RankedConcept concept : result.ranking()) {
        Layout.line(out, Layout.padLeft(Integer.toString(concept.rank()), 4) + "  " + Layout.pad(concept.concept().value(), nameWidth)
            + "  " + Layout.pad(concept.status().id(), statusWidth) + "  " + Layout.padLeft(d(concept.score()), 9) + "  "
            + Layout.padLeft(d(concept.value()), 9) + "  "
            + Layout.padLeft(concept.effort().isPresent() ? d(concept.effort().getAsDouble()) : "–", 6) + "  "
            + pareto(concept));
      }

      List<RankedConcept> top = top();
      Layout.line(out, "");
      Layout.wrap(out, "How the top " + top.size() + " scores are made: " + top.get(0).formula(), "", "  ");
      for (RankedConcept concept : top) {
        Layout.line(out, "");
        Layout.wrap(out, concept.rank() + ". " + label(concept) + ": " + concept.substituted(), "  ", "     ");
        for (ScoreTerm term : concept.terms()) {
          Layout.wrap(out, term.name() + ": " + term.explanation(), "     ", "       ");
        }
        for (Contribution contribution : nonZero(concept)) {
          Layout.wrap(out, "+ " + d(contribution.contribution()) + " from " + contributionName(contribution) + ": "
              + contribution.explanation(), "     ", "       ");
        }
      }

      Layout.line(out, "");
      Layout.wrap(out, "Pareto front of value against effort: " + paretoSummary(), "", "  ");

      Layout.line(out, "");
      if (result.greenLight().isPresent()) {
        GreenLightProposal proposal = result.greenLight().get();
        Layout.wrap(out, "Green-light proposal under capacity " + d(proposal.capacity()) + ": " + proposalSummary(proposal),
            "", "  ");
        Layout.wrap(out, "Sort and cut, for comparison: " + sortAndCut(proposal), "  ", "    ");
        for (String note : proposal.notes()) {
          Layout.wrap(out, "Note: " + note, "  ", "    ");
        }
      } else {
        Layout.wrap(out, "Green-light proposal: none, as no capacity was given (run with --capacity N, in the unit "
            + "of the concepts' effort).", "", "  ");
      }

      if (result.robustness().isPresent()) {
        Robustness robustness = result.robustness().get();
        Layout.line(out, "");
        Layout.wrap(out, "Robustness to the " + weightNoun(robustness) + " weights (" + robustnessBasis(robustness)
            + "):", "", "  ");
        Layout.line(out, "  Critical weight changes, the smallest change of one weight (the others rescaled) that "
            + "ties");
        Layout.line(out, "  neighbours in the ranking:");
        for (RankSwap swap : robustness.swaps()) {
          Layout.wrap(out, "- " + swapText(swap), "    ", "      ");
        }
        boolean greenLit = robustness.probabilities().stream().anyMatch(p -> p.greenLit().isPresent());
        int idWidth = "Concept".length();
        for (RankProbability probability : robustness.probabilities()) {
          idWidth = Math.max(idWidth, probability.concept().value().length());
        }
        Layout.line(out, "  " + Layout.pad("Concept", idWidth) + "  " + Layout.padLeft("P(top " + robustness.topK() + ")", 9)
            + (greenLit ? "  " + Layout.padLeft("P(green-lit)", 12) : ""));
        for (RankProbability probability : robustness.probabilities()) {
          Layout.line(out, "  " + Layout.pad(probability.concept().value(), idWidth) + "  "
              + Layout.padLeft(Layout.percent(probability.topK()), 9)
              + (greenLit ? "  " + Layout.padLeft(Layout.percent(probability.greenLit().orElse(0)), 12) : ""));
        }
      }

      if (result.audit().isPresent()) {
        BoardAudit audit = result.audit().get();
        Layout.line(out, "");
        Layout.wrap(out, "Board audit against " + audit.basis() + ": " + auditSummary(audit), "", "  ");
        for (AuditEntry entry : audit.entries()) {
          Layout.wrap(out, "- " + entry.explanation() + entry.rationale().map(r -> ". Board: \"" + r + "\"").orElse(""),
              "  ", "    ");
        }
        if (!audit.undecided().isEmpty()) {
          Layout.wrap(out, "Recommended without a board decision: " + ids(audit.undecided()) + ".", "  ", "    ");
        }
      }

      Layout.line(out, "");
      if (result.warnings().isEmpty()) {
        Layout.line(out, "Warnings: none.");
      } else {
        Layout.line(out, "Warnings:");
        for (String warning : result.warnings()) {
          Layout.wrap(out, "- " + warning, "  ", "    ");
        }
      }
      return out.toString();
    }

    // ---- Markdown -----------------------------------------------------------------------------------

    String markdown(int level) {
      String h = "#".repeat(level) + " ";
      String h2 = "#".repeat(level + 1) + " ";
      StringBuilder out = new StringBuilder();
      Layout.line(out, h + "Prioritisation: " + Layout.md(transformation.title()) + " (`" + transformation.id() + "`)");
      Layout.line(out, "");
      Layout.line(out, "- **Model:** " + Layout.md(modelSummary()));
      strategySummary().ifPresent(s -> Layout.line(out, "- **Strategy:** " + Layout.md(s)));
      weightsSummary().ifPresent(w -> Layout.line(out, "- **Objective weights:** " + Layout.md(w)));
      if (usesGaps()) {
        Layout.line(out, "- **Gap severities:** " + Layout.md(severitySummary()));
      }
      Layout.line(out, "- **Answer:** " + Layout.md(answer()));
      Layout.line(out, "- **Playbook:** " + Layout.md(playbook.title()) + " (`" + playbook.id() + "`, version "
          + Layout.md(playbook.version()) + ")");

      Layout.line(out, "");
      Layout.line(out, h2 + "Ranking");
      Layout.line(out, "");
      Layout.line(out, "Score " + Layout.md(tieRule()) + ".");
      Layout.line(out, "");
      Layout.line(out, "| # | Concept | Status | Score | Value | Effort | Pareto front |");
      Layout.line(out, "| ---: | --- | --- | ---: | ---: | ---: | --- |");
      for (RankedConcept concept : result.ranking()) {
        Layout.line(out, "| " + concept.rank() + " | " + Layout.md(concept.name()) + " (`" + concept.concept() + "`) | "
            + concept.status().id() + " | " + d(concept.score()) + " | " + d(concept.value()) + " | "
            + (concept.effort().isPresent() ? d(concept.effort().getAsDouble()) : "–") + " | "
            + Layout.md(pareto(concept)) + " |");
      }

      List<RankedConcept> top = top();
      Layout.line(out, "");
      Layout.line(out, h2 + "How the top " + top.size() + " scores are made");
      Layout.line(out, "");
      Layout.line(out, "`" + top.get(0).formula() + "`");
      for (RankedConcept concept : top) {
        Layout.line(out, "");
        Layout.line(out, concept.rank() + ". **" + Layout.md(concept.name()) + "**: `" + concept.substituted() + "`");
        Layout.line(out, "");
        Layout.line(out, "   | Term | Value | How |");
        Layout.line(out, "   | --- | ---: | --- |");
        for (ScoreTerm term : concept.terms()) {
          Layout.line(out, "   | " + Layout.md(term.name()) + " (" + Layout.md(term.symbol()) + ") | " + d(term.value())
              + " | `" + term.explanation() + "` |");
        }
        for (Contribution contribution : nonZero(concept)) {
          Layout.line(out, "   | + from " + Layout.md(contributionName(contribution)) + " | "
              + d(contribution.contribution()) + " | `" + contribution.explanation() + "` |");
        }
      }

      Layout.line(out, "");
      Layout.line(out, h2 + "Pareto front");
      Layout.line(out, "");
      Layout.line(out, Layout.md(paretoSummary()));

      Layout.line(out, "");
      Layout.line(out, h2 + "Green-light proposal");
      Layout.line(out, "");
      if (result.greenLight().isPresent()) {
        GreenLightProposal proposal = result.greenLight().get();
        Layout.line(out, "Under capacity " + d(proposal.capacity()) + ": " + Layout.md(proposalSummary(proposal)));
        Layout.line(out, "");
        Layout.line(out, "Sort and cut, for comparison: " + Layout.md(sortAndCut(proposal)));
        for (String note : proposal.notes()) {
          Layout.line(out, "");
          Layout.line(out, "Note: " + Layout.md(note));
        }
      } else {
        Layout.line(out, "None, as no capacity was given (run with `--capacity N`, in the unit of the concepts' "
            + "effort).");
      }

      if (result.robustness().isPresent()) {
        Robustness robustness = result.robustness().get();
        Layout.line(out, "");
        Layout.line(out, h2 + "Robustness");
        Layout.line(out, "");
        Layout.line(out, "To the " + weightNoun(robustness) + " weights: " + Layout.md(robustnessBasis(robustness)) + ".");
        Layout.line(out, "");
        Layout.line(out, "| Higher | Lower | Critical weight change |");
        Layout.line(out, "| --- | --- | --- |");
        for (RankSwap swap : robustness.swaps()) {
          Layout.line(out, "| `" + swap.higher() + "` | `" + swap.lower() + "` | " + Layout.md(swapChange(swap)) + " |");
        }
        boolean greenLit = robustness.probabilities().stream().anyMatch(p -> p.greenLit().isPresent());
        Layout.line(out, "");
        Layout.line(out, "| Concept | P(top " + robustness.topK() + ") |" + (greenLit ? " P(green-lit) |" : ""));
        Layout.line(out, "| --- | ---: |" + (greenLit ? " ---: |" : ""));
        for (RankProbability probability : robustness.probabilities()) {
          Layout.line(out, "| `" + probability.concept() + "` | " + Layout.percent(probability.topK()) + " |"
              + (greenLit ? " " + Layout.percent(probability.greenLit().orElse(0)) + " |" : ""));
        }
      }

      if (result.audit().isPresent()) {
        BoardAudit audit = result.audit().get();
        Layout.line(out, "");
        Layout.line(out, h2 + "Board audit");
        Layout.line(out, "");
        Layout.line(out, "Against " + Layout.md(audit.basis()) + ": " + Layout.md(auditSummary(audit)));
        Layout.line(out, "");
        Layout.line(out, "| Concept | Rank | Board | Model | Agreement | Rationale |");
        Layout.line(out, "| --- | ---: | --- | --- | --- | --- |");
        for (AuditEntry entry : audit.entries()) {
          Layout.line(out, "| `" + entry.concept() + "` | " + entry.rank() + " | " + verdict(entry.verdict()) + " | "
              + (entry.recommended() ? "recommended" : "not recommended") + " | "
              + (entry.override() ? "**override**" : "agrees") + " | " + Layout.md(entry.rationale().orElse("")) + " |");
        }
        if (!audit.undecided().isEmpty()) {
          Layout.line(out, "");
          Layout.line(out, "Recommended without a board decision: " + Layout.md(ids(audit.undecided())) + ".");
        }
      }

      Layout.line(out, "");
      Layout.line(out, h2 + "Warnings");
      Layout.line(out, "");
      if (result.warnings().isEmpty()) {
        Layout.line(out, "None.");
      } else {
        for (String warning : result.warnings()) {
          Layout.line(out, "- " + Layout.md(warning));
        }
      }
      return out.toString();
    }

    // ---- the parts ----------------------------------------------------------------------------------

    private String modelSummary() {
      return scoring.id() + scoring.title().map(t -> " (" + t + ")").orElse("") + (scoring.id().equals(model.defaultModel())
          ? ", the playbook's default" : "");
    }

    private Optional<String> strategySummary() {
      return transformation.strategy().map(s -> s.title() + " (" + s.id() + ")"
          + s.period().map(p -> ", " + p.label().orElse(p.start() + " to " + p.end())).orElse("") + ", "
          + count(s.objectives().size(), "objective"));
    }

    private Optional<String> weightsSummary() {
      if (result.weights().isEmpty()) {
        return Optional.empty();
      }
      List<String> parts = new ArrayList<>();
      for (ObjectiveWeight weight : result.weights()) {
        parts.add(weight.objective() + " " + d(weight.weight()));
      }
      String source = result.weightSource().map(s -> s.id()).orElse("");
      String basis;
      if (result.ahp().isPresent()) {
        AhpResult ahp = result.ahp().get();
        basis = "derived by AHP from the board's pairwise comparisons (" + count(ahp.judges(), "judge")
            + "; CR " + d(ahp.consistencyRatio()) + (ahp.consistent() ? " ≤ " : " > ") + Layout.number(ahp.threshold())
            + (ahp.consistent() ? ", consistent" : ", inconsistent") + ")";
      } else {
        basis = source + ", each objective's weight divided by their sum";
      }
      return Optional.of(String.join(", ", parts) + " (" + basis + ")");
    }

    private boolean usesGaps() {
      return result.ranking().stream().flatMap(c -> c.contributions().stream())
          .anyMatch(c -> c.kind() == ContributionKind.GAP);
    }

    private String severitySummary() {
      String assumed = Layout.number(scoring.assumedGapSeverityOrDefault());
      if (gaps.isPresent()) {
        GapReport report = gaps.get();
        return "the shortfalls of the gap analysis (" + count(report.measurements(), "measurement") + ", "
            + report.indicators().size() + " indicators measured), per indicator and per focus area; " + assumed
            + " assumed for a gap it does not measure";
      }
      return "assumed " + assumed + " for every gap: the case has no gap measurements, or the playbook no gap model";
    }

    /** The answer to "which concepts?" in one sentence. */
    private String answer() {
      if (result.greenLight().isPresent()) {
        GreenLightProposal proposal = result.greenLight().get();
        if (!proposal.feasible()) {
          return "no selection within capacity " + d(proposal.capacity()) + " meets the constraints.";
        }
        return "green-light " + names(proposal.selected()) + " (" + d(proposal.totalEffort()) + " of "
            + d(proposal.capacity()) + " effort).";
      }
      int k = result.robustness().map(Robustness::topK).orElse(model.topK());
      List<Id> top = new ArrayList<>();
      for (RankedConcept concept : result.ranking().subList(0, Math.min(k, result.ranking().size()))) {
        top.add(concept.concept());
      }
      return "the top " + top.size() + " are " + names(top) + "; give a capacity for a green-light proposal.";
    }

    /** The contributions that add something; an objective the concept is not aligned to adds 0. */
    private static List<Contribution> nonZero(RankedConcept concept) {
      List<Contribution> contributions = new ArrayList<>();
      for (Contribution contribution : concept.contributions()) {
        if (contribution.contribution() != 0) {
          contributions.add(contribution);
        }
      }
      return contributions;
    }

    private static String tieRule() {
      return "highest first; ties by value, then lower effort, then id";
    }

    private List<RankedConcept> top() {
      int k = result.robustness().map(Robustness::topK).orElse(model.topK());
      return result.ranking().subList(0, Math.max(1, Math.min(k, result.ranking().size())));
    }

    private String pareto(RankedConcept concept) {
      if (concept.effort().isEmpty()) {
        return "no effort";
      }
      if (concept.paretoOptimal()) {
        return "on the front";
      }
      return "dominated by " + ids(concept.dominatedBy());
    }

    private String paretoSummary() {
      List<String> front = new ArrayList<>();
      for (Id id : result.paretoFront()) {
        RankedConcept concept = concepts.get(id);
        front.add(id + " (effort " + d(concept.effort().orElse(0)) + ", value " + d(concept.value()) + ")");
      }
      List<String> dominated = new ArrayList<>();
      for (RankedConcept concept : result.ranking()) {
        if (concept.effort().isPresent() && !concept.paretoOptimal()) {
          dominated.add(concept.concept() + " (by " + ids(concept.dominatedBy()) + ")");
        }
      }
      return (front.isEmpty() ? "no concept has an effort" : String.join(", ", front)) + "."
          + (dominated.isEmpty() ? " No concept is dominated." : " Dominated: " + String.join(", ", dominated) + ".");
    }

    private String proposalSummary(GreenLightProposal proposal) {
      if (!proposal.feasible()) {
        return "no selection of candidates meets the constraints" + (proposal.mustCover().isEmpty() ? ""
            : " (must cover " + ids(proposal.mustCover()) + ")") + ".";
      }
      String used = proposal.capacity() > 0 ? " (" + Layout.percent(proposal.totalEffort() / proposal.capacity()) + ")"
          : "";
      return (proposal.selected().isEmpty() ? "nothing" : ids(proposal.selected())) + "; effort "
          + d(proposal.totalEffort()) + " of " + d(proposal.capacity()) + used + ", value " + d(proposal.totalValue())
          + (proposal.mustCover().isEmpty() ? "" : "; covers " + ids(proposal.mustCover())) + ".";
    }

    private static String sortAndCut(GreenLightProposal proposal) {
      return (proposal.sortAndCut().isEmpty() ? "nothing" : ids(proposal.sortAndCut())) + ", value "
          + d(proposal.sortAndCutValue()) + " (taking the ranking in order while it fits, ignoring must-cover).";
    }

    private static String weightNoun(Robustness robustness) {
      return robustness.weightsOf() == ContributionKind.CRITERION ? "criterion" : "objective";
    }

    private static String robustnessBasis(Robustness robustness) {
      return robustness.runs() + " weightings drawn from Dirichlet(" + Layout.number(robustness.concentration())
          + " × w), seed " + robustness.seed();
    }

    private String swapText(RankSwap swap) {
      return rankOf(swap.higher()) + " " + swap.higher() + " over " + rankOf(swap.lower()) + " " + swap.lower() + ": "
          + swapChange(swap);
    }

    private static String swapChange(RankSwap swap) {
      if (swap.weight().isEmpty()) {
        return "no single weight swaps them";
      }
      double change = swap.change().orElse(0);
      double now = swap.newWeight().orElse(0);
      double before = now - change;
      return swap.weight().get() + " " + d(before) + " → " + d(now) + " (" + (change >= 0 ? "+" : "−")
          + d(Math.abs(change)) + ")";
    }

    private int rankOf(Id concept) {
      RankedConcept ranked = concepts.get(concept);
      return ranked == null ? 0 : ranked.rank();
    }

    private static String auditSummary(BoardAudit audit) {
      int overrides = audit.overrides().size();
      return count(audit.entries().size(), "decision") + ", " + (overrides == 0 ? "no overrides"
          : count(overrides, "override") + " (" + ids(audit.overrides()) + ")") + ".";
    }

    private static String verdict(BoardVerdict verdict) {
      return verdict == BoardVerdict.GREEN_LIGHT ? "green-lit" : "rejected";
    }

    private String contributionName(Contribution contribution) {
      String kind = contribution.kind() == ContributionKind.OBJECTIVE ? "objective"
          : contribution.kind() == ContributionKind.GAP ? "gap" : "criterion";
      return kind + " " + contribution.source() + (contribution.assumed() ? " (severity assumed)" : "");
    }

    private static String label(RankedConcept concept) {
      return concept.name() + " (" + concept.concept() + ")";
    }

    private String names(List<Id> ids) {
      List<String> parts = new ArrayList<>();
      for (Id id : ids) {
        RankedConcept concept = concepts.get(id);
        parts.add(concept == null ? id.value() : concept.name());
      }
      if (parts.size() <= 1) {
        return parts.isEmpty() ? "none" : parts.get(0);
      }
      return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static String ids(List<Id> ids) {
      List<String> parts = new ArrayList<>();
      ids.forEach(i -> parts.add(i.value()));
      return String.join(", ", parts);
    }

    private static String count(long n, String noun) {
      return n + " " + (n == 1 ? noun : noun + "s");
    }

    /** A number as the engine's explanations write it: rounded half-even to 4 decimals, no trailing zeros. */
    private static String d(double number) {
      String text = BigDecimal.valueOf(number).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros()
          .toPlainString();
      return text.equals("-0") ? "0" : text;
    }
  }
}
