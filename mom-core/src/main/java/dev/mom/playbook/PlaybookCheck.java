package dev.mom.playbook;

import dev.mom.diagnosis.Archetype;
import dev.mom.diagnosis.ArchetypePoints;
import dev.mom.diagnosis.DominanceModel;
import dev.mom.gap.Dimension;
import dev.mom.gap.GapModel;
import dev.mom.gap.Indicator;
import dev.mom.internal.Numbers;
import dev.mom.model.Id;
import dev.mom.priority.PrioritisationModel;
import dev.mom.priority.ScoringModel;
import dev.mom.priority.ScoringModelKind;
import dev.mom.rules.Compare;
import dev.mom.rules.Condition;
import dev.mom.rules.ConditionVisitor;
import dev.mom.rules.Operator;
import dev.mom.rules.Rule;
import dev.mom.rules.RuleCompiler;
import dev.mom.rules.RuleProblem;
import dev.mom.rules.Signal;
import dev.mom.rules.SignalCatalogue;
import dev.mom.trace.TraceabilityModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The semantic check of a playbook, beyond what its types enforce: what in it cannot matter or does not do what
 * it seems to say. A consultant runs it (through {@code mom validate}) before using a playbook for a client.
 *
 * <p>A {@link Playbook} value already satisfies every invariant that makes a playbook unusable, and the JSON
 * reader reports each broken one with its pointer, every section's together: unknown signals (with "did you
 * mean"), repeated ids, conditions no value can satisfy and thresholds off a signal's range (by
 * {@link RuleCompiler}), references between sections that point nowhere (an archetype's intervention, a rule's
 * archetype, an indicator's focus area, level or dimension, the default scoring model), targets and cut-offs
 * off an indicator's scale, bands out of order. A reference from one section into another is checked once
 * both sections are valid in themselves. What remains for this check are the
 * {@linkplain PlaybookFinding.Severity#WARNING warnings}, in document order:
 * <ul>
 *   <li><b>always-true conditions</b> (from {@link RuleCompiler}): a comparison that holds on its signal's
 *       whole range, and a rule that fires on every input that has its signals;
 *   <li><b>a threshold partly off its signal's range</b>: a {@code between} with one end outside the range;
 *   <li><b>an archetype no rule scores</b>: no rule gives it points, so its share is always 0;
 *   <li><b>weights that cannot matter</b>: an indicator with weight 0 (it counts in no roll-up and not in the
 *       stage), a strategic-fit model with {@code gapWeight} 0 (gaps never change a score, so
 *       {@code assumedGapSeverity} cannot matter either) or 1 (alignment to the strategy never does), and a
 *       weighted model with one criterion (weights are normalised, so its weight cannot matter);
 *   <li><b>a dimension no indicator is in</b>: its roll-up is always empty;
 *   <li><b>a word in both traceability word lists</b>: a key result with it counts as output-style and as a
 *       customer metric at once.
 * </ul>
 *
 * <p>Pure and thread-safe: no state, no I/O; the same playbook always gives the same findings.
 */
public final class PlaybookCheck {

  private PlaybookCheck() {}

  /**
   * Checks a playbook.
   *
   * @param playbook the playbook; not null
   * @return every finding, in document order (section by section as a {@code mom/playbook} document lists them);
   *     empty if there is nothing to say; immutable
   * @throws NullPointerException if {@code playbook} is null
   */
  public static List<PlaybookFinding> of(Playbook playbook) {
    Objects.requireNonNull(playbook, "playbook");
    List<PlaybookFinding> findings = new ArrayList<>();
    playbook.diagnosis().ifPresent(model -> diagnosis(model, findings));
    playbook.gaps().ifPresent(model -> gaps(model, findings));
    playbook.prioritisation().ifPresent(model -> prioritisation(model, findings));
    playbook.traceability().ifPresent(model -> traceability(model, findings));
    return List.copyOf(findings);
  }

  private static void diagnosis(DominanceModel model, List<PlaybookFinding> findings) {
    List<Archetype> archetypes = model.archetypes();
    for (int a = 0; a < archetypes.size(); a++) {
      Id archetype = archetypes.get(a).id();
      boolean scored = model.rules().stream().map(Rule::effect).map(ArchetypePoints::archetype)
          .anyMatch(archetype::equals);
      if (!scored) {
        findings.add(PlaybookFinding.warning("diagnosis.archetypes[" + a + "]", "/diagnosis/archetypes/" + a,
            "no rule gives points to archetype '" + archetype + "', so its share is always 0"));
      }
    }
    SignalCatalogue catalogue = model.signalCatalogue();
    List<RuleProblem> warnings = RuleCompiler.compile(model.ruleSet(), catalogue).warnings();
    List<Rule<ArchetypePoints>> rules = model.rules();
    for (int r = 0; r < rules.size(); r++) {
      String location = "rules[" + r + "] (" + rules.get(r).id() + ")";
      for (RuleProblem warning : warnings) {
        if (warning.location().equals(location) || warning.location().startsWith(location + ".")) {
          findings.add(PlaybookFinding.warning("diagnosis." + warning.location(), "/diagnosis" + warning.pointer(),
              warning.message()));
        }
      }
      rules.get(r).when().accept(new PartlyOffRange(catalogue, "diagnosis." + location + ".when",
          "/diagnosis/rules/" + r + "/when", findings));
    }
  }

  /** Finds {@code between}s with one end off their signal's range (the compiler reports the other cases). */
  private static final class PartlyOffRange implements ConditionVisitor<Void> {
    private final SignalCatalogue catalogue;
    private final String path;
    private final String pointer;
    private final List<PlaybookFinding> findings;

    PartlyOffRange(SignalCatalogue catalogue, String path, String pointer, List<PlaybookFinding> findings) {
      this.catalogue = catalogue;
      this.path = path;
      this.pointer = pointer;
      this.findings = findings;
    }

    private void children(List<Condition> conditions, String list) {
      for (int i = 0; i < conditions.size(); i++) {
        conditions.get(i).accept(new PartlyOffRange(catalogue, path + "." + list + "[" + i + "]",
            pointer + "/" + list + "/" + i, findings));
      }
    }

    @Override
    public Void visitAll(Condition.All all) {
      children(all.conditions(), "all");
      return null;
    }

    @Override
    public Void visitAny(Condition.Any any) {
      children(any.conditions(), "any");
      return null;
    }

    @Override
    public Void visitNot(Condition.Not not) {
      not.condition().accept(new PartlyOffRange(catalogue, path + ".not", pointer + "/not", findings));
      return null;
    }

    @Override
    public Void visitCompare(Compare compare) {
      Optional<Signal> found = catalogue.signal(compare.signal());
      if (compare.operator() != Operator.BETWEEN || found.isEmpty()) {
        return null;
      }
      Signal signal = found.get();
      boolean lowOff = compare.value() < signal.min();
      boolean highOff = compare.upper() > signal.max();
      if (lowOff != highOff) {
        double end = lowOff ? compare.value() : compare.upper();
        findings.add(PlaybookFinding.warning(path, pointer, compare + ": the " + (lowOff ? "lower" : "upper")
            + " end " + Numbers.format(end) + " is off the signal's range [" + Numbers.format(signal.min()) + ", "
            + Numbers.format(signal.max()) + "]; use " + Numbers.format(lowOff ? signal.min() : signal.max())
            + " or a one-sided comparison"));
      }
      return null;
    }
  }

  private static void gaps(GapModel model, List<PlaybookFinding> findings) {
    List<Indicator> indicators = model.indicators();
    for (int i = 0; i < indicators.size(); i++) {
      if (indicators.get(i).weight() == 0) {
        findings.add(PlaybookFinding.warning("gaps.indicators[" + i + "].weight", "/gaps/indicators/" + i + "/weight",
            "weight 0: indicator '" + indicators.get(i).id() + "' is scored but counts in no roll-up and not in "
                + "the stage reached"));
      }
    }
    List<Dimension> dimensions = model.dimensions();
    for (int d = 0; d < dimensions.size(); d++) {
      Id dimension = dimensions.get(d).id();
      if (indicators.stream().noneMatch(i -> i.dimension().equals(Optional.of(dimension)))) {
        findings.add(PlaybookFinding.warning("gaps.dimensions[" + d + "]", "/gaps/dimensions/" + d,
            "no indicator is in dimension '" + dimension + "', so its roll-up is always empty"));
      }
    }
  }

  private static void prioritisation(PrioritisationModel model, List<PlaybookFinding> findings) {
    List<ScoringModel> models = model.scoringModels();
    for (int m = 0; m < models.size(); m++) {
      ScoringModel scoring = models.get(m);
      String path = "prioritisation.scoringModels[" + m + "]";
      String pointer = "/prioritisation/scoringModels/" + m;
      if (scoring.type() == ScoringModelKind.STRATEGIC_FIT && scoring.gapWeightOrDefault() == 0) {
        findings.add(PlaybookFinding.warning(path + ".gapWeight", pointer + "/gapWeight", "gapWeight 0: the gaps a "
            + "concept closes never change its score" + (scoring.assumedGapSeverity().isPresent()
                ? ", so assumedGapSeverity cannot matter either" : "")));
      } else if (scoring.type() == ScoringModelKind.STRATEGIC_FIT && scoring.gapWeightOrDefault() == 1) {
        findings.add(PlaybookFinding.warning(path + ".gapWeight", pointer + "/gapWeight", "gapWeight 1: a concept's "
            + "alignment to the strategy never changes its score"));
      }
      if (scoring.type() == ScoringModelKind.WEIGHTED && scoring.criteria().size() == 1) {
        findings.add(PlaybookFinding.warning(path + ".criteria[0].weight", pointer + "/criteria/0/weight",
            "the only criterion's weight cannot matter: weights are normalised to sum to 1"));
      }
    }
  }

  private static void traceability(TraceabilityModel model, List<PlaybookFinding> findings) {
    List<String> customer = model.customerWords().stream().map(w -> w.toLowerCase(Locale.ROOT).strip()).toList();
    List<String> output = model.outputWords();
    for (int w = 0; w < output.size(); w++) {
      int c = customer.indexOf(output.get(w).toLowerCase(Locale.ROOT).strip());
      if (c >= 0) {
        findings.add(PlaybookFinding.warning("traceability.outputWords[" + w + "]", "/traceability/outputWords/" + w,
            "'" + output.get(w) + "' is also customerWords[" + c + "]: a key result with it counts as output-style "
                + "and as a customer metric at once"));
      }
    }
  }
}
