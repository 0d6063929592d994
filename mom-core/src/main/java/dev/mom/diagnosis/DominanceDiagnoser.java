package dev.mom.diagnosis;

import dev.mom.internal.Numbers;
import dev.mom.internal.Suggestions;
import dev.mom.model.Function;
import dev.mom.model.Id;
import dev.mom.model.InputProblem;
import dev.mom.model.Intervention;
import dev.mom.model.InvalidInputException;
import dev.mom.model.InvalidValueException;
import dev.mom.model.Scale;
import dev.mom.model.Transformation;
import dev.mom.rules.Compare;
import dev.mom.rules.CompiledRuleSet;
import dev.mom.rules.ConditionTrace;
import dev.mom.rules.Evaluation;
import dev.mom.rules.Operator;
import dev.mom.rules.Rule;
import dev.mom.rules.RuleCompiler;
import dev.mom.rules.RuleOutcome;
import dev.mom.rules.RuleProblem;
import dev.mom.rules.SignalCatalogue;
import dev.mom.rules.SignalValues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Diagnoses who drives product decisions, from a transformation's decision log, survey responses and coded
 * observations, with the rules of a playbook's {@link DominanceModel}.
 *
 * <p>How a diagnosis is made:
 * <ol>
 *   <li>the input is checked against the model (survey items and codes it knows, answers on their scales,
 *       some evidence at all); every problem is reported at once in an {@link InvalidInputException};
 *   <li>the model's signals are derived from the evidence (see {@link DominanceModel#signalCatalogue()});
 *   <li>the rules are evaluated in declared order; each fired rule adds its points to one archetype;
 *   <li>an archetype's share is its points over all points. The first archetype by points (ties: the
 *       model's order) is dominant when its share exceeds the second's by at least the mixed margin (within
 *       1e-9); otherwise the verdict is mixed, led by every archetype within the margin of the first. When
 *       no rule fires the verdict is inconclusive and every share is 0;
 *   <li>the same rules run on each source alone (decision log, survey, observations) and on each
 *       function's own survey answers, giving the perception gap and the source agreement of the
 *       {@link Confidence}.
 * </ol>
 *
 * <p>Built once per model ({@link #of(DominanceModel, List)}), immutable, and safe to share between
 * threads; {@link #diagnose(Transformation)} is pure and deterministic.
 * <p><b>Errors.</b> Input that {@code check} accepts never makes this engine throw, and its results never
 * hold NaN or an infinity (reach, effort, capacity and outcome
 * scales are bounded by {@link dev.mom.model.Magnitude}); input it does not
 * accept is refused with an {@link dev.mom.model.InvalidInputException} (an {@code IllegalArgumentException})
 * that lists every problem with its JSON pointer.
 */
public final class DominanceDiagnoser {

  private static final double TIE = 1e-9;

  private final DominanceModel model;
  private final List<Intervention> interventions;
  private final CompiledRuleSet<ArchetypePoints> rules;
  private final Map<Id, Integer> archetypeIndex = new HashMap<>();

  private DominanceDiagnoser(DominanceModel model, List<Intervention> interventions) {
    this.model = model;
    this.interventions = List.copyOf(interventions);
    this.rules = RuleCompiler.compile(model.ruleSet(), model.signalCatalogue());
    for (int i = 0; i < model.archetypes().size(); i++) {
      archetypeIndex.put(model.archetypes().get(i).id(), i);
    }
  }

  /**
   * Builds the diagnoser for a model, compiling its rules once.
   *
   * @param model the playbook's diagnosis model; not null
   * @param interventions the playbook's intervention catalogue, which the archetypes refer to; not null
   * @return the diagnoser
   * @throws dev.mom.rules.RuleSetException listing every problem of the rules (unknown signals, repeated ids,
   *     conditions that can never hold)
   * @throws IllegalArgumentException if an archetype names an intervention not in the catalogue
   */
  public static DominanceDiagnoser of(DominanceModel model, List<Intervention> interventions) {
    Objects.requireNonNull(model, "model");
    Set<Id> known = interventions.stream().map(Intervention::id).collect(Collectors.toSet());
    List<String> problems = new ArrayList<>();
    for (int a = 0; a < model.archetypes().size(); a++) {
      List<Id> named = model.archetypes().get(a).interventions();
      for (int i = 0; i < named.size(); i++) {
        if (!known.contains(named.get(i))) {
          problems.add("archetypes[" + a + "].interventions[" + i + "] '" + named.get(i)
              + "' is not in the intervention catalogue");
        }
      }
    }
    InvalidValueException.throwIfAny(problems);
    return new DominanceDiagnoser(model, interventions);
  }

  /**
   * The model this diagnoser runs.
   *
   * @return the model
   */
  public DominanceModel model() {
    return model;
  }

  /**
   * The signals the rules may use.
   *
   * @return the catalogue
   */
  public SignalCatalogue signals() {
    return rules.catalogue();
  }

  /**
   * Warnings about the rules found when compiling (e.g. a comparison that always holds).
   *
   * @return the warnings; empty if none
   */
  public List<RuleProblem> warnings() {
    return rules.warnings();
  }

  /**
   * Checks a transformation's diagnosis evidence against the model without diagnosing.
   *
   * @param transformation the transformation; not null
   * @return every problem, each with its JSON pointer into the transformation document; empty if it can be
   *     diagnosed
   */
  public List<InputProblem> check(Transformation transformation) {
    List<InputProblem> problems = new ArrayList<>();
    if (transformation.decisions().isEmpty() && transformation.surveyResponses().isEmpty()
        && transformation.observations().isEmpty()) {
      problems.add(new InputProblem("", "no evidence to diagnose: the transformation has no decisions, survey "
          + "responses or observations"));
      return problems;
    }
    List<String> kindIds = model.evidenceKinds().stream().map(k -> k.id().value()).toList();
    Set<Id> kinds = new HashSet<>();
    model.evidenceKinds().forEach(k -> kinds.add(k.id()));
    List<Decision> decisions = transformation.decisions();
    for (int d = 0; d < decisions.size(); d++) {
      List<Id> evidence = decisions.get(d).evidence();
      for (int e = 0; e < evidence.size(); e++) {
        if (!kinds.contains(evidence.get(e))) {
          problems.add(new InputProblem("/decisions/" + d + "/evidence/" + e,
              unknown("evidence kind", evidence.get(e).value(), kindIds)));
        }
      }
    }
    Map<Id, SurveyItem> items = new LinkedHashMap<>();
    for (SurveyItem item : model.surveyItems()) {
      items.put(item.id(), item);
    }
    List<SurveyResponse> responses = transformation.surveyResponses();
    for (int r = 0; r < responses.size(); r++) {
      if (responses.get(r).answers().isEmpty()) {
        problems.add(new InputProblem("/surveyResponses/" + r + "/answers", "a response needs at least one answer"));
      }
      if (!answersFit(responses.get(r), items)) {
        answerProblems(r, responses.get(r), items, problems);
      }
    }
    List<String> codeIds = model.codes().stream().map(c -> c.id().value()).toList();
    List<Observation> observations = transformation.observations();
    for (int o = 0; o < observations.size(); o++) {
      Id code = observations.get(o).code();
      if (!codeIds.contains(code.value())) {
        problems.add(new InputProblem("/observations/" + o + "/code", unknown("code", code.value(), codeIds)));
      }
    }
    return problems;
  }

  /** Whether every answer of a response is to a known item and on its scale. */
  private static boolean answersFit(SurveyResponse response, Map<Id, SurveyItem> items) {
    for (Map.Entry<Id, Double> answer : response.answers().entrySet()) {
      SurveyItem item = items.get(answer.getKey());
      if (item == null || !item.scale().contains(answer.getValue())) {
        return false;
      }
    }
    return true;
  }

  /** The problems of a response's answers, in item id order. */
  private static void answerProblems(int r, SurveyResponse response, Map<Id, SurveyItem> items,
      List<InputProblem> problems) {
    List<String> itemIds = items.keySet().stream().map(Id::value).toList();
    for (Map.Entry<Id, Double> answer : new TreeMap<>(response.answers()).entrySet()) {
      String pointer = "/surveyResponses/" + r + "/answers/" + answer.getKey();
      SurveyItem item = items.get(answer.getKey());
      if (item == null) {
        problems.add(new InputProblem(pointer, unknown("survey item", answer.getKey().value(), itemIds)));
      } else if (!item.scale().contains(answer.getValue())) {
        Scale scale = item.scale();
        problems.add(new InputProblem(pointer, "answer " + Numbers.format(answer.getValue())
            + " is off the scale [" + Numbers.format(scale.min()) + ", " + Numbers.format(scale.max())
            + "] of item '" + item.id() + "'"));
      }
    }
  }

  private static String unknown(String what, String value, List<String> known) {
    String message = "unknown " + what + " '" + value + "'";
    return Suggestions.closest(value, known).map(s -> message + " (did you mean '" + s + "'?)")
        .orElse(message + "; the playbook has " + (known.isEmpty() ? "none" : String.join(", ", known)));
  }

  /**
   * Diagnoses who drives product decisions in a transformation.
   *
   * @param transformation the transformation with its decisions, survey responses and observations; not null
   * @return the diagnosis
   * @throws InvalidInputException listing every problem {@link #check(Transformation)} finds
   */
  public DominanceDiagnosis diagnose(Transformation transformation) {
    List<InputProblem> problems = check(transformation);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    int organisationFunctions = transformation.organisation().functions().size();
    Map<String, Double> fromDecisions =
        DiagnosisSignals.fromDecisions(model, transformation.decisions(), organisationFunctions);
    Map<String, Double> fromSurvey = DiagnosisSignals.fromSurvey(model, transformation.surveyResponses(), true);
    Map<String, Double> fromObservations = DiagnosisSignals.fromObservations(model, transformation.observations());
    Map<String, Double> all = new LinkedHashMap<>();
    all.putAll(fromDecisions);
    all.putAll(fromSurvey);
    all.putAll(fromObservations);

    Evaluation<ArchetypePoints> evaluation = rules.evaluate(DiagnosisSignals.values(signals(), all));
    double[] points = points(evaluation);
    double total = sum(points);
    List<Integer> ranking = ranking(points);

    DominanceDiagnosis.Builder result = DominanceDiagnosis.builder();
    List<ArchetypeScore> scores = new ArrayList<>();
    for (int a = 0; a < points.length; a++) {
      Archetype archetype = model.archetypes().get(a);
      List<Id> fired = new ArrayList<>();
      for (Rule<ArchetypePoints> rule : evaluation.fired()) {
        if (rule.effect().archetype().equals(archetype.id())) {
          fired.add(rule.id());
        }
      }
      scores.add(ArchetypeScore.builder().archetype(archetype.id()).label(archetype.label()).ideal(archetype.ideal())
          .points(points[a]).share(share(points[a], total)).rules(fired).build());
    }
    result.scores(scores);
    decide(points, total, ranking, result);
    int ideal = idealIndex();
    result.distanceToIdeal(1.0 - share(points[ideal], total));

    List<PerceivedDominance> perception = new ArrayList<>();
    int decisions = transformation.decisions().size();
    int respondents = transformation.surveyResponses().size();
    int sources = fromObservations.get("observations.sources").intValue();
    PerceivedDominance logView = view("decision-log", decisions, fromDecisions);
    PerceivedDominance surveyView = view("survey", respondents, withoutFunctionMeans(fromSurvey));
    PerceivedDominance observationView = view("observations", sources, fromObservations);
    for (PerceivedDominance view : List.of(logView, surveyView, observationView)) {
      if (view.records() > 0) {
        perception.add(view);
      }
    }
    perception.addAll(functionViews(transformation));
    result.perception(perception);

    result.confidence(confidence(transformation, decisions, respondents, sources, ranking, total,
        List.of(logView, surveyView, observationView)));
    List<Pitfall> pitfalls = pitfalls(evaluation, scores);
    result.pitfalls(pitfalls);
    result.interventions(recommend(evaluation, pitfalls));
    result.evidence(EvidenceSummary.builder().decisions(decisions).respondents(respondents).sources(sources)
        .observations(transformation.observations().size()).build());
    Map<String, Double> observed = new TreeMap<>();
    for (String name : signals().signals().stream().map(s -> s.name()).toList()) {
      Double value = all.get(name);
      if (value != null) {
        observed.put(name, value);
      }
    }
    result.signals(observed);
    result.trace(trace(evaluation));
    return result.build();
  }

  private double[] points(Evaluation<ArchetypePoints> evaluation) {
    double[] points = new double[model.archetypes().size()];
    for (ArchetypePoints effect : evaluation.effects()) {
      points[archetypeIndex.get(effect.archetype())] += effect.points();
    }
    return points;
  }

  private static double sum(double[] values) {
    double total = 0;
    for (double value : values) {
      total += value;
    }
    return total;
  }

  private static double share(double points, double total) {
    return total > 0 ? Math.min(1.0, points / total) : 0.0;
  }

  /** Archetype indices by points, highest first; ties keep the model's order. */
  private static List<Integer> ranking(double[] points) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < points.length; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -points[i]).thenComparingInt(i -> i));
    return order;
  }

  private void decide(double[] points, double total, List<Integer> ranking, DominanceDiagnosis.Builder result) {
    if (total <= 0) {
      result.verdict(Verdict.INCONCLUSIVE);
      return;
    }
    int first = ranking.get(0);
    double lead = (points[first] - points[ranking.get(1)]) / total;
    if (lead >= model.mixedMargin() - TIE) {
      result.verdict(Verdict.DOMINANT).dominant(model.archetypes().get(first).id())
          .addLeader(model.archetypes().get(first).id());
      return;
    }
    result.verdict(Verdict.MIXED);
    for (int i : ranking) {
      if ((points[first] - points[i]) / total < model.mixedMargin() - TIE) {
        result.addLeader(model.archetypes().get(i).id());
      }
    }
  }

  private int idealIndex() {
    for (int i = 0; i < model.archetypes().size(); i++) {
      if (model.archetypes().get(i).ideal()) {
        return i;
      }
    }
    throw new IllegalStateException("the model has no ideal archetype");
  }

  private static Map<String, Double> withoutFunctionMeans(Map<String, Double> survey) {
    Map<String, Double> overall = new LinkedHashMap<>();
    for (Map.Entry<String, Double> entry : survey.entrySet()) {
      if (entry.getKey().chars().filter(c -> c == '.').count() == 1) {
        overall.put(entry.getKey(), entry.getValue());
      }
    }
    return overall;
  }

  /** One view of the evidence: the rules run on the given signals alone. */
  private PerceivedDominance view(String name, int records, Map<String, Double> given) {
    PerceivedDominance.Builder view = PerceivedDominance.builder().view(name).records(records).suppressed(false);
    if (records == 0) {
      return view.build();
    }
    double[] points = points(rules.evaluate(DiagnosisSignals.values(signals(), given)));
    double total = sum(points);
    for (int a = 0; a < points.length; a++) {
      view.addShare(ArchetypeShare.builder().archetype(model.archetypes().get(a).id()).share(share(points[a], total))
          .build());
    }
    if (total > 0) {
      view.leader(model.archetypes().get(ranking(points).get(0)).id());
    }
    if (name.equals("decision-log")) {
      for (Function f : model.functions()) {
        view.addInitiated(FunctionShare.builder().function(f).share(given.get("decisions.initiatedBy." + f)).build());
        view.addDecided(FunctionShare.builder().function(f).share(given.get("decisions.decidedBy." + f)).build());
      }
    }
    return view.build();
  }

  /** Each respondent function's own view, functions in id order; small groups suppressed. */
  private List<PerceivedDominance> functionViews(Transformation transformation) {
    Map<Function, List<SurveyResponse>> byFunction = new TreeMap<>();
    for (SurveyResponse response : transformation.surveyResponses()) {
      byFunction.computeIfAbsent(response.function(), f -> new ArrayList<>()).add(response);
    }
    List<PerceivedDominance> views = new ArrayList<>();
    for (Map.Entry<Function, List<SurveyResponse>> entry : byFunction.entrySet()) {
      String name = "survey:" + entry.getKey();
      int n = entry.getValue().size();
      if (n < model.minimumGroupSize()) {
        views.add(PerceivedDominance.builder().view(name).function(entry.getKey()).records(n).suppressed(true).build());
      } else {
        Map<String, Double> own = DiagnosisSignals.fromSurvey(model, entry.getValue(), false);
        views.add(PerceivedDominance.copyOf(view(name, n, own)).withFunction(entry.getKey()));
      }
    }
    return views;
  }

  private Confidence confidence(Transformation transformation, int decisions, int respondents, int sources,
      List<Integer> ranking, double total, List<PerceivedDominance> views) {
    EvidenceTargets targets = model.targets();
    List<String> reasons = new ArrayList<>();
    double volume = (Math.min(1.0, (double) decisions / targets.decisions())
        + Math.min(1.0, (double) respondents / targets.responses())
        + Math.min(1.0, (double) sources / targets.sources())) / 3.0;
    volumeReason(reasons, decisions, targets.decisions(), "decisions sampled", "no decision log");
    volumeReason(reasons, respondents, targets.responses(), "survey respondents", "no survey responses");
    volumeReason(reasons, sources, targets.sources(), "interview, document and observation sources",
        "no coded interviews or documents");

    Confidence.Builder confidence = Confidence.builder().volume(volume);
    List<PerceivedDominance> pointing = views.stream().filter(v -> v.leader().isPresent()).toList();
    double sourcePart = 0.5;
    if (pointing.size() >= 2) {
      Id overall = total > 0 ? model.archetypes().get(ranking.get(0)).id() : null;
      long agreeing = pointing.stream().filter(v -> v.leader().get().equals(overall)).count();
      sourcePart = (double) agreeing / pointing.size();
      confidence.sourceAgreement(sourcePart);
      if (agreeing < pointing.size()) {
        reasons.add("the sources point to different archetypes: " + pointing.stream()
            .map(v -> v.view() + " → " + v.leader().get()).collect(Collectors.joining(", ")));
      } else {
        reasons.add("every source on its own points to " + overall);
      }
    } else {
      reasons.add("fewer than two sources point to an archetype on their own, so they cannot be cross-checked");
    }
    OptionalDouble agreement = respondentAgreement(transformation);
    double respondentPart = 0.5;
    if (agreement.isPresent()) {
      respondentPart = agreement.getAsDouble();
      confidence.respondentAgreement(respondentPart);
      reasons.add("respondents' agreement r_wg is " + String.format(java.util.Locale.ROOT, "%.2f", respondentPart)
          + (respondentPart < 0.5 ? " (weak)" : respondentPart < 0.7 ? " (moderate)" : " (strong)"));
    }
    double score = Math.max(0.0, Math.min(1.0, volume * (0.5 + 0.25 * sourcePart + 0.25 * respondentPart)));
    return confidence.score(score).level(ConfidenceLevel.of(score)).reasons(reasons).build();
  }

  private static void volumeReason(List<String> reasons, int count, int target, String what, String none) {
    if (count == 0) {
      reasons.add(none);
    } else if (count < target) {
      reasons.add(count + " " + what + ", below the " + target + " that give full confidence");
    }
  }

  /** The mean r_wg over items with two or more answers. */
  private OptionalDouble respondentAgreement(Transformation transformation) {
    // every item's normalised answers in one pass over the responses; the means sum them sorted, so the
    // order they are gathered in does not matter
    List<SurveyItem> items = model.surveyItems();
    Map<Id, Integer> itemIndex = new HashMap<>();
    DiagnosisSignals.Values[] answers = new DiagnosisSignals.Values[items.size()];
    for (int i = 0; i < items.size(); i++) {
      itemIndex.put(items.get(i).id(), i);
      answers[i] = new DiagnosisSignals.Values(transformation.surveyResponses().size());
    }
    for (SurveyResponse response : transformation.surveyResponses()) {
      for (Map.Entry<Id, Double> answer : response.answers().entrySet()) {
        Integer i = itemIndex.get(answer.getKey());
        if (i != null) {
          answers[i].add(items.get(i).scale().normalise(answer.getValue()));
        }
      }
    }
    double sum = 0;
    int counted = 0;
    for (int i = 0; i < items.size(); i++) {
      DiagnosisSignals.Values own = answers[i];
      if (own.size >= 2) {
        double mean = own.mean();
        double[] squares = new double[own.size];
        for (int a = 0; a < own.size; a++) {
          squares[a] = (own.values[a] - mean) * (own.values[a] - mean);
        }
        double variance = DiagnosisSignals.sortedMean(squares) * own.size / (own.size - 1);
        double uniform = uniformVariance(items.get(i).scale());
        sum += 1.0 - Math.min(variance, uniform) / uniform;
        counted++;
      }
    }
    return counted == 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.max(0.0, Math.min(1.0, sum / counted)));
  }

  /**
   * σ² of a uniform answer, on the scale normalised to [0, 1]: for an A-point scale of whole numbers
   * ((A² − 1) / 12) / range² = (1 + 2 / range) / 12, as A = range + 1; otherwise 1 / 12. Normalising first
   * keeps the arithmetic finite on any scale.
   */
  static double uniformVariance(Scale scale) {
    if (scale.min() == Math.rint(scale.min()) && scale.max() == Math.rint(scale.max())) {
      return (1.0 + 2.0 / scale.range()) / 12.0;
    }
    return 1.0 / 12.0;
  }

  private List<Pitfall> pitfalls(Evaluation<ArchetypePoints> evaluation, List<ArchetypeScore> scores) {
    List<Pitfall> pitfalls = new ArrayList<>();
    for (ArchetypeScore score : scores) {
      if (score.ideal() || score.rules().isEmpty() || score.share() < model.pitfallShare() - TIE) {
        continue;
      }
      Archetype archetype = model.archetypes().get(archetypeIndex.get(score.archetype()));
      List<String> evidence = new ArrayList<>();
      for (RuleOutcome<ArchetypePoints> outcome : evaluation.outcomes()) {
        if (outcome.fired() && outcome.rule().effect().archetype().equals(score.archetype())) {
          String description = outcome.rule().description();
          if (description.endsWith(".")) {
            description = description.substring(0, description.length() - 1);
          }
          evidence.add(description + ": " + observedLeaves(outcome.trace()));
        }
      }
      pitfalls.add(Pitfall.builder().archetype(score.archetype()).label(archetype.label())
          .consequence(archetype.consequence()).share(score.share()).rules(score.rules()).evidence(evidence).build());
    }
    pitfalls.sort(Comparator.comparingDouble((Pitfall p) -> -p.share()));
    return pitfalls;
  }

  private static String observedLeaves(ConditionTrace trace) {
    List<String> parts = new ArrayList<>();
    for (ConditionTrace leaf : trace.leaves()) {
      if (leaf.truth() == dev.mom.rules.Truth.TRUE && leaf.compare().isPresent()) {
        parts.add(leaf.compare().get() + " (observed " + Numbers.brief(leaf.observed().getAsDouble()) + ")");
      }
    }
    return parts.isEmpty() ? "its condition held" : String.join(", ", parts);
  }

  private List<RecommendedIntervention> recommend(Evaluation<ArchetypePoints> evaluation, List<Pitfall> pitfalls) {
    Set<Id> present = pitfalls.stream().map(Pitfall::archetype).collect(Collectors.toSet());
    Map<Id, List<Id>> rulesByIntervention = new LinkedHashMap<>();
    Map<Id, Double> pointsByIntervention = new HashMap<>();
    Map<Id, Set<Integer>> archetypesByIntervention = new HashMap<>();
    for (Rule<ArchetypePoints> rule : evaluation.fired()) {
      int a = archetypeIndex.get(rule.effect().archetype());
      Archetype archetype = model.archetypes().get(a);
      if (!present.contains(archetype.id())) {
        continue;
      }
      for (Id intervention : archetype.interventions()) {
        rulesByIntervention.computeIfAbsent(intervention, i -> new ArrayList<>()).add(rule.id());
        pointsByIntervention.merge(intervention, rule.effect().points(), Double::sum);
        archetypesByIntervention.computeIfAbsent(intervention, i -> new TreeSet<>()).add(a);
      }
    }
    List<RecommendedIntervention> recommended = new ArrayList<>();
    for (int c = 0; c < interventions.size(); c++) {
      Intervention intervention = interventions.get(c);
      List<Id> addressed = rulesByIntervention.get(intervention.id());
      if (addressed == null) {
        continue;
      }
      List<Id> archetypes = archetypesByIntervention.get(intervention.id()).stream()
          .map(i -> model.archetypes().get(i).id()).toList();
      recommended.add(RecommendedIntervention.builder().intervention(intervention.id()).name(intervention.name())
          .description(intervention.description()).cites(intervention.cites()).archetypes(archetypes)
          .rules(addressed).points(pointsByIntervention.get(intervention.id())).build());
    }
    recommended.sort(Comparator.comparingInt((RecommendedIntervention r) -> -r.rules().size())
        .thenComparingInt(this::relevance)
        .thenComparingDouble(r -> -r.points()));
    return recommended;
  }

  /** The best place the intervention takes in the lists of the archetypes it addresses (0 = named first). */
  private int relevance(RecommendedIntervention recommended) {
    int best = Integer.MAX_VALUE;
    for (Id archetype : recommended.archetypes()) {
      int position = model.archetypes().get(archetypeIndex.get(archetype)).interventions()
          .indexOf(recommended.intervention());
      if (position >= 0) {
        best = Math.min(best, position);
      }
    }
    return best;
  }

  private static List<RuleFiring> trace(Evaluation<ArchetypePoints> evaluation) {
    List<RuleFiring> firings = new ArrayList<>();
    for (RuleOutcome<ArchetypePoints> outcome : evaluation.outcomes()) {
      Rule<ArchetypePoints> rule = outcome.rule();
      RuleFiring.Builder firing = RuleFiring.builder().rule(rule.id()).description(rule.description())
          .outcome(outcome.truth()).fired(outcome.fired()).archetype(rule.effect().archetype())
          .points(rule.effect().points()).cites(rule.cites());
      for (ConditionTrace leaf : outcome.trace().leaves()) {
        Compare compare = leaf.compare().orElseThrow();
        ComparisonResult.Builder result = ComparisonResult.builder().path(leaf.path()).signal(compare.signal())
            .operator(compare.operator()).threshold(compare.value()).observed(leaf.observed()).outcome(leaf.truth());
        if (compare.operator() == Operator.BETWEEN) {
          result.upper(compare.upper());
        }
        firing.addComparison(result.build());
      }
      firings.add(firing.build());
    }
    return firings;
  }
}
