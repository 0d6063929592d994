package dev.mom.model;

import dev.mom.diagnosis.Decision;
import dev.mom.diagnosis.Observation;
import dev.mom.diagnosis.SurveyResponse;
import dev.mom.gap.Measurement;
import dev.mom.impact.OutcomeMeasurement;
import dev.mom.impact.Outcome;
import dev.mom.impact.UnintendedConsequence;
import dev.mom.impact.Wave;
import dev.mom.internal.Numbers;
import dev.mom.internal.Suggestions;
import dev.mom.internal.Checks;
import dev.mom.internal.PortfolioChecks;
import dev.mom.priority.BoardDecision;
import dev.mom.priority.Concept;
import dev.mom.trace.Objective;
import dev.mom.trace.Roadmap;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One client's whole transformation case: the organisation, the teams that run the change, and the
 * evidence and plans each MOM engine reads. A {@code mom/transformation} document holds exactly one.
 *
 * <p>Engines read only the parts they need; a transformation without, say, a decision log simply is not
 * diagnosed. Build with {@code Transformation.builder()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractTransformation {

  AbstractTransformation() {}

  /** The id of this case. */
  public abstract Id id();

  /** The title of the case, e.g. "Customer-Centered Mikro". */
  @NotBlank
  public abstract String title();

  /** What the case is about, including whether its data is illustrative. */
  public abstract Optional<String> description();

  /** The organisation being transformed. */
  @Valid
  public abstract Organisation organisation();

  /** The span of the transformation, e.g. 2019-10-01 to 2022-12-31. */
  public abstract Optional<@Valid Period> period();

  /** The task force, its sub-groups, the advisory board, the agents and product teams, each id once. */
  public abstract List<@Valid Team> teams();

  /** The company strategy gaps, concepts and key results are linked to, e.g. the strategy for 2021. */
  public abstract Optional<@Valid Strategy> strategy();

  /** The sampled log of critical product decisions, for the dominance diagnosis; each id once. */
  public abstract List<@Valid Decision> decisions();

  /** The answers to the diagnosis survey, one per respondent. */
  public abstract List<@Valid SurveyResponse> surveyResponses();

  /** Coded observations from interviews, document reviews and observed meetings. */
  public abstract List<@Valid Observation> observations();

  /** The measurements of the gap indicators from interviews, surveys, document reviews and observations. */
  public abstract List<@Valid Measurement> measurements();

  /**
   * The concepts the task force designed, for prioritisation against the strategy; each id once, dependencies
   * on concepts of this list without cycles, alignment only to the strategy's objectives.
   */
  public abstract List<@Valid Concept> concepts();

  /** The advisory board's recorded decisions on concepts, at most one per concept. */
  public abstract List<@Valid BoardDecision> boardDecisions();

  /** The Theory-of-Change outcomes the transformation means to move, for the impact assessment; each id once. */
  public abstract List<@Valid Outcome> outcomes();

  /**
   * The measurement waves of the outcomes, in time order (baseline first); each id once, and a wave with a
   * period never starts before an earlier wave with a period.
   */
  public abstract List<@Valid Wave> waves();

  /** The log of effects not planned at the start, e.g. redesigned OKRs; each id once. */
  public abstract List<@Valid UnintendedConsequence> unintendedConsequences();

  /**
   * The OKR objectives with their key results, for road-map-to-OKR traceability. References between them
   * and to the strategy, the road map and the concepts are not invariants of the transformation: the
   * {@link dev.mom.trace.RoadmapTracer} reports dangling references, duplicate ids and parent cycles as
   * findings and traces the rest.
   */
  public abstract List<@Valid Objective> objectives();

  /** The action road map whose items are traced to the key results. */
  public abstract Optional<@Valid Roadmap> roadmap();

  /** The problem of a function the organisation does not have; {@code attribute} is where it is named. */
  private String unknownFunction(String attribute, Function function) {
    return attribute + " '" + function + "' is not a function of the organisation " + organisation().functions();
  }

  @Value.Check
  void check() {
    Checks.notBlank(title(), "title");
    Checks.unique(teams(), Team::id, "teams", "id");
    List<String> problems = new ArrayList<>();
    KnownFunctions known = new KnownFunctions(organisation());
    // each problem's place ("decisions[3].decidedBy") is written only when there is a problem
    for (int t = 0; t < teams().size(); t++) {
      List<Member> members = teams().get(t).members();
      for (int m = 0; m < members.size(); m++) {
        if (!known.hasFunction(members.get(m).function())) {
          problems.add(unknownFunction("teams[" + t + "].members[" + m + "].function", members.get(m).function()));
        }
      }
    }
    Checks.unique(decisions(), Decision::id, "decisions", "id");
    Checks.unique(surveyResponses(), SurveyResponse::respondent, "surveyResponses", "respondent");
    Checks.unique(outcomes(), Outcome::id, "outcomes", "id");
    Checks.unique(waves(), Wave::id, "waves", "id");
    Checks.unique(unintendedConsequences(), UnintendedConsequence::id, "unintendedConsequences", "id");
    for (int d = 0; d < decisions().size(); d++) {
      Decision decision = decisions().get(d);
      if (!known.hasFunction(decision.initiatedBy())) {
        problems.add(unknownFunction("decisions[" + d + "].initiatedBy", decision.initiatedBy()));
      }
      if (!known.hasFunction(decision.decidedBy())) {
        problems.add(unknownFunction("decisions[" + d + "].decidedBy", decision.decidedBy()));
      }
      for (int c = 0; c < decision.consulted().size(); c++) {
        if (!known.hasFunction(decision.consulted().get(c))) {
          problems.add(unknownFunction("decisions[" + d + "].consulted[" + c + "]", decision.consulted().get(c)));
        }
      }
      if (decision.overriddenBy().isPresent() && !known.hasFunction(decision.overriddenBy().get())) {
        problems.add(unknownFunction("decisions[" + d + "].overriddenBy", decision.overriddenBy().get()));
      }
    }
    for (int r = 0; r < surveyResponses().size(); r++) {
      Function function = surveyResponses().get(r).function();
      if (!known.hasFunction(function)) {
        problems.add(unknownFunction("surveyResponses[" + r + "].function", function));
      }
    }
    for (int o = 0; o < observations().size(); o++) {
      Optional<Function> function = observations().get(o).function();
      if (function.isPresent() && !known.hasFunction(function.get())) {
        problems.add(unknownFunction("observations[" + o + "].function", function.get()));
      }
    }
    for (int m = 0; m < measurements().size(); m++) {
      Optional<Function> function = measurements().get(m).function();
      if (function.isPresent() && !known.hasFunction(function.get())) {
        problems.add(unknownFunction("measurements[" + m + "].function", function.get()));
      }
    }
    problems.addAll(PortfolioChecks.violations(concepts(), boardDecisions(), strategy()));
    checkWaves(problems, known);
    InvalidValueException.throwIfAny(problems);
  }

  /**
   * {@link Organisation#hasFunction}, answered from a hash set of the organisation's functions, for the checks of
   * thousands of records against a handful of functions.
   */
  private static final class KnownFunctions {
    private final Set<Function> functions;

    KnownFunctions(Organisation organisation) {
      this.functions = new HashSet<>(organisation.functions());
    }

    boolean hasFunction(Function function) {
      return functions.isEmpty() || functions.contains(function);
    }
  }

  private static String measurementAt(int wave, int measurement) {
    return "waves[" + wave + "].measurements[" + measurement + "]";
  }

  /**
   * The impact inputs: every measurement names a known outcome, lies on that outcome's scale, is the only
   * one of its outcome and unit in its wave, and names a function of the organisation; waves are in time order.
   */
  private void checkWaves(List<String> problems, KnownFunctions known) {
    Map<Id, Outcome> outcomes = new HashMap<>();
    for (Outcome outcome : outcomes()) {
      outcomes.put(outcome.id(), outcome);
    }
    int lastWithPeriod = -1;
    for (int w = 0; w < waves().size(); w++) {
      Wave wave = waves().get(w);
      if (wave.period().isPresent()) {
        if (lastWithPeriod >= 0
            && wave.period().get().start().isBefore(waves().get(lastWithPeriod).period().get().start())) {
          problems.add("waves[" + w + "].period starts " + wave.period().get().start() + ", before waves["
              + lastWithPeriod + "] (" + waves().get(lastWithPeriod).period().get().start()
              + "); list the waves in time order");
        }
        lastWithPeriod = w;
      }
      Map<List<Id>, Integer> seen = new HashMap<>(wave.measurements().size() * 4 / 3 + 1);
      for (int m = 0; m < wave.measurements().size(); m++) {
        OutcomeMeasurement measurement = wave.measurements().get(m);
        Outcome outcome = outcomes.get(measurement.outcome());
        if (outcome == null) {
          problems.add(measurementAt(w, m) + ".outcome '" + measurement.outcome() + "' is not one of the outcomes"
              + Suggestions.closest(measurement.outcome().value(),
                  outcomes.keySet().stream().map(Id::value).sorted().toList())
              .map(s -> " (did you mean '" + s + "'?)").orElse(""));
        } else if (!outcome.scale().contains(measurement.value())) {
          problems.add(measurementAt(w, m) + ".value " + Numbers.format(measurement.value()) + " is off the scale ["
              + Numbers.format(outcome.scale().min()) + ", " + Numbers.format(outcome.scale().max())
              + "] of outcome '" + outcome.id() + "'");
        }
        Integer earlier = seen.putIfAbsent(List.of(measurement.outcome(), measurement.unit()), m);
        if (earlier != null) {
          problems.add(measurementAt(w, m) + ".unit '" + measurement.unit() + "' already has a measurement of outcome '"
              + measurement.outcome() + "' in this wave, at waves[" + w + "].measurements[" + earlier + "]");
        }
        if (measurement.function().isPresent() && !known.hasFunction(measurement.function().get())) {
          problems.add(unknownFunction(measurementAt(w, m) + ".function", measurement.function().get()));
        }
      }
    }
  }
}
