package dev.mom.diagnosis;

import dev.mom.internal.Checks;
import dev.mom.model.Function;
import dev.mom.model.InvalidValueException;
import dev.mom.rules.Rule;
import dev.mom.rules.RuleCompiler;
import dev.mom.rules.RuleSet;
import dev.mom.rules.SignalCatalogue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * The diagnosis section of a playbook: the archetypes, the kinds of evidence, the survey instrument, the
 * code list, and the rules that turn signals into archetype points, with the thresholds that decide
 * "dominant" versus "mixed". Everything a consultant may adapt for a client, as data.
 *
 * <p>The signals the rules may use are {@linkplain #signalCatalogue() derived from this model}: a share for
 * each of {@link #functions()}, each evidence kind, each survey signal and each code.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractDominanceModel {

  AbstractDominanceModel() {}

  /**
   * The functions that get their own signals ({@code decisions.decidedBy.sales}, …), each once. Decisions
   * may name other functions; they count in totals but have no signal of their own.
   */
  @Size(min = 1)
  public abstract List<Function> functions();

  /** The archetypes, in the order reports list them and ties are broken; exactly one is the ideal. */
  @Size(min = 2)
  public abstract List<@Valid Archetype> archetypes();

  /** The kinds of evidence decisions may name, each id once. */
  public abstract List<@Valid EvidenceKind> evidenceKinds();

  /** The survey instrument: its items, each id once. */
  public abstract List<@Valid SurveyItem> surveyItems();

  /** The codes interviews and document reviews are coded with, each id once. */
  public abstract List<@Valid ObservationCode> codes();

  /** The rules, in evaluation order; each adds points to one archetype when it fires. */
  public abstract List<@Valid Rule<ArchetypePoints>> rules();

  /**
   * The lead, in share, that the first archetype needs over the second to be called dominant; below it the
   * verdict is mixed (most organisations are). Default 0.1.
   */
  @DecimalMin("0")
  @DecimalMax("1")
  @Value.Default
  public double mixedMargin() {
    return 0.1;
  }

  /** The share at which a pitfall archetype with fired rules counts as present. Default 0.2. */
  @DecimalMin("0")
  @DecimalMax("1")
  @Value.Default
  public double pitfallShare() {
    return 0.2;
  }

  /** How much evidence counts as enough for full confidence. */
  @Valid
  @Value.Default
  public EvidenceTargets targets() {
    return EvidenceTargets.builder().build();
  }

  /** The fewest respondents of a function whose own view is shown in the perception gap. Default 5. */
  @Min(1)
  @Value.Default
  public int minimumGroupSize() {
    return 5;
  }

  /**
   * The signals this model's rules may use, in a fixed order.
   *
   * @return the catalogue; the same instance on every call
   */
  public final SignalCatalogue signalCatalogue() {
    return catalogue();
  }

  @Value.Lazy
  SignalCatalogue catalogue() {
    return DiagnosisSignals.catalogue(this);
  }

  /**
   * The rules as a rule set, for compiling and tracing.
   *
   * @return the rule set
   */
  public final RuleSet<ArchetypePoints> ruleSet() {
    return RuleSet.<ArchetypePoints>builder().addAllRules(rules()).build();
  }

  /**
   * Checks the model, including its rules: they are compiled against the model's signal catalogue, so that
   * a rule naming an unknown signal or a condition that can never hold is refused here, with every problem
   * listed in a {@link dev.mom.rules.RuleSetException}.
   */
  @Value.Check
  void check() {
    Checks.unique(functions(), f -> f, "functions", "");
    Checks.unique(archetypes(), Archetype::id, "archetypes", "id");
    Checks.unique(evidenceKinds(), EvidenceKind::id, "evidenceKinds", "id");
    Checks.unique(surveyItems(), SurveyItem::id, "surveyItems", "id");
    Checks.unique(codes(), ObservationCode::id, "codes", "id");
    long ideals = archetypes().stream().filter(Archetype::ideal).count();
    if (ideals != 1) {
      throw new IllegalArgumentException("archetypes must have exactly one ideal (e.g. customer-driven), found "
          + ideals);
    }
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < rules().size(); i++) {
      ArchetypePoints effect = rules().get(i).effect();
      if (archetypes().stream().noneMatch(a -> a.id().equals(effect.archetype()))) {
        problems.add("rules[" + i + "].effect.archetype '" + effect.archetype() + "' is not one of the archetypes");
      }
    }
    InvalidValueException.throwIfAny(problems);
    RuleCompiler.compile(ruleSet(), DiagnosisSignals.catalogue(this));
    Checks.finite(mixedMargin(), "mixedMargin");
    Checks.finite(pitfallShare(), "pitfallShare");
    if (mixedMargin() < 0 || mixedMargin() > 1) {
      throw new IllegalArgumentException("mixedMargin must be within [0, 1], was " + mixedMargin());
    }
    if (pitfallShare() < 0 || pitfallShare() > 1) {
      throw new IllegalArgumentException("pitfallShare must be within [0, 1], was " + pitfallShare());
    }
    if (minimumGroupSize() < 1) {
      throw new IllegalArgumentException("minimumGroupSize must be at least 1, was " + minimumGroupSize());
    }
  }
}
