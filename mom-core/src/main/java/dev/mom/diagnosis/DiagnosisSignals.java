package dev.mom.diagnosis;

import dev.mom.model.Function;
import dev.mom.model.Id;
import dev.mom.rules.Signal;
import dev.mom.rules.SignalCatalogue;
import dev.mom.rules.SignalValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The signals the diagnosis publishes, and how they are derived from evidence. Every share is a count
 * divided by the number of records it is a share of; a signal whose denominator is zero has no value.
 */
final class DiagnosisSignals {

  /** The largest count a count signal may take. */
  static final double MAX_COUNT = 1e9;

  private DiagnosisSignals() {}

  /** The catalogue of a model's signals, in a fixed order. */
  static SignalCatalogue catalogue(AbstractDominanceModel model) {
    List<Signal> signals = new ArrayList<>();
    signals.add(Signal.of("decisions.count", "Number of sampled decisions", 0, MAX_COUNT));
    for (Function f : model.functions()) {
      signals.add(share("decisions.decidedBy." + f, "Share of sampled decisions decided by " + f));
      signals.add(share("decisions.initiatedBy." + f, "Share of sampled decisions initiated by " + f));
      signals.add(share("decisions.consulted." + f, "Share of sampled decisions for which " + f + " was consulted"));
      signals.add(share("decisions.overriddenBy." + f, "Share of sampled decisions overridden by " + f));
    }
    signals.add(share("decisions.overridden", "Share of sampled decisions overridden by anyone"));
    signals.add(share("decisions.strategyLinked", "Share of sampled decisions linked to a strategic objective"));
    signals.add(share("decisions.experimented", "Share of sampled decisions preceded by an experiment or prototype test"));
    signals.add(share("decisions.customerEvidence", "Share of sampled decisions resting on any customer evidence (insight or metric)"));
    signals.add(share("decisions.customerInsight", "Share of sampled decisions resting on direct customer insight"));
    signals.add(share("decisions.metricsOnly", "Share of sampled decisions resting on customer metrics but no direct customer insight"));
    signals.add(share("decisions.noEvidence", "Share of sampled decisions naming no evidence at all"));
    signals.add(share("decisions.consultationBreadth", "Mean share of the organisation's functions involved in a decision (initiator, decider and those consulted)"));
    for (EvidenceKind kind : model.evidenceKinds()) {
      signals.add(share("decisions.evidence." + kind.id(), "Share of sampled decisions using evidence: " + kind.label()));
    }
    signals.add(Signal.of("survey.responses", "Number of survey respondents", 0, MAX_COUNT));
    for (String name : surveySignals(model)) {
      signals.add(share("survey." + name, "Mean survey score (0–1, reverse items mirrored) of the items feeding '" + name + "'"));
      for (Function f : model.functions()) {
        signals.add(share("survey." + name + "." + f, "Mean survey score of the items feeding '" + name + "', respondents from " + f));
      }
    }
    signals.add(Signal.of("observations.sources", "Number of distinct interview, document and observation sources", 0, MAX_COUNT));
    for (ObservationCode code : model.codes()) {
      signals.add(share("observations." + code.id(), "Share of sources carrying the code '" + code.id() + "': " + code.meaning()));
    }
    return SignalCatalogue.of(signals);
  }

  private static Signal share(String name, String meaning) {
    return Signal.of(name, meaning, 0, 1);
  }

  /** The distinct survey signal names of a model, in the order of the items that first name them. */
  static List<String> surveySignals(AbstractDominanceModel model) {
    Set<String> names = new LinkedHashSet<>();
    for (SurveyItem item : model.surveyItems()) {
      names.add(item.signal());
    }
    return new ArrayList<>(names);
  }

  /** Signals derived from the decision log. */
  static Map<String, Double> fromDecisions(DominanceModel model, List<Decision> decisions, int organisationFunctions) {
    Map<String, Double> values = new LinkedHashMap<>();
    int n = decisions.size();
    values.put("decisions.count", (double) n);
    if (n == 0) {
      return values;
    }
    List<Function> functions = model.functions();
    Map<Function, Integer> index = new HashMap<>();
    for (int i = 0; i < functions.size(); i++) {
      index.put(functions.get(i), i);
    }
    Map<Id, EvidenceNature> natures = new HashMap<>();
    Map<Id, Integer> kindIndex = new HashMap<>();
    for (int i = 0; i < model.evidenceKinds().size(); i++) {
      EvidenceKind kind = model.evidenceKinds().get(i);
      natures.put(kind.id(), kind.nature());
      kindIndex.put(kind.id(), i);
    }
    int[] decided = new int[functions.size()];
    int[] initiated = new int[functions.size()];
    int[] consulted = new int[functions.size()];
    int[] overriddenBy = new int[functions.size()];
    int[] byKind = new int[model.evidenceKinds().size()];
    int overridden = 0;
    int strategyLinked = 0;
    int experimented = 0;
    int customerEvidence = 0;
    int customerInsight = 0;
    int metricsOnly = 0;
    int noEvidence = 0;
    double breadth = 0;
    int breadthBase = organisationFunctions > 0 ? organisationFunctions : functions.size();
    Set<Function> involved = new HashSet<>();
    for (Decision decision : decisions) {
      count(index, decided, decision.decidedBy());
      count(index, initiated, decision.initiatedBy());
      for (Function f : decision.consulted()) {
        count(index, consulted, f);
      }
      if (decision.overriddenBy().isPresent()) {
        overridden++;
        count(index, overriddenBy, decision.overriddenBy().get());
      }
      strategyLinked += decision.strategyLinked() ? 1 : 0;
      experimented += decision.experimented() ? 1 : 0;
      boolean insight = false;
      boolean metric = false;
      for (Id kind : decision.evidence()) {
        EvidenceNature nature = natures.get(kind);
        insight |= nature == EvidenceNature.CUSTOMER_INSIGHT;
        metric |= nature == EvidenceNature.CUSTOMER_METRIC;
        Integer k = kindIndex.get(kind);
        if (k != null) {
          byKind[k]++;
        }
      }
      customerEvidence += insight || metric ? 1 : 0;
      customerInsight += insight ? 1 : 0;
      metricsOnly += metric && !insight ? 1 : 0;
      noEvidence += decision.evidence().isEmpty() ? 1 : 0;
      involved.clear();
      involved.add(decision.initiatedBy());
      involved.add(decision.decidedBy());
      involved.addAll(decision.consulted());
      breadth += Math.min(1.0, (double) involved.size() / breadthBase);
    }
    for (int i = 0; i < functions.size(); i++) {
      Function f = functions.get(i);
      values.put("decisions.decidedBy." + f, ratio(decided[i], n));
      values.put("decisions.initiatedBy." + f, ratio(initiated[i], n));
      values.put("decisions.consulted." + f, ratio(consulted[i], n));
      values.put("decisions.overriddenBy." + f, ratio(overriddenBy[i], n));
    }
    values.put("decisions.overridden", ratio(overridden, n));
    values.put("decisions.strategyLinked", ratio(strategyLinked, n));
    values.put("decisions.experimented", ratio(experimented, n));
    values.put("decisions.customerEvidence", ratio(customerEvidence, n));
    values.put("decisions.customerInsight", ratio(customerInsight, n));
    values.put("decisions.metricsOnly", ratio(metricsOnly, n));
    values.put("decisions.noEvidence", ratio(noEvidence, n));
    values.put("decisions.consultationBreadth", unit(breadth / n));
    for (int k = 0; k < byKind.length; k++) {
      values.put("decisions.evidence." + model.evidenceKinds().get(k).id(), ratio(byKind[k], n));
    }
    return values;
  }

  private static void count(Map<Function, Integer> index, int[] counts, Function function) {
    Integer i = index.get(function);
    if (i != null) {
      counts[i]++;
    }
  }

  /**
   * Signals derived from survey responses. With {@code asFunction} set, the responses are one function's and
   * its means stand as the overall survey signals (for that function's own view); otherwise the overall means
   * and each function's means are both given.
   */
  static Map<String, Double> fromSurvey(DominanceModel model, List<SurveyResponse> responses, boolean perFunction) {
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("survey.responses", (double) responses.size());
    if (responses.isEmpty()) {
      return values;
    }
    List<String> names = surveySignals(model);
    Map<String, Integer> signalIndex = new HashMap<>();
    for (String name : names) {
      signalIndex.put(name, signalIndex.size());
    }
    // each item by id, with the index of its signal
    Map<Id, Integer> itemIndex = new HashMap<>();
    List<SurveyItem> items = model.surveyItems();
    int[] signalOf = new int[items.size()];
    for (int i = 0; i < items.size(); i++) {
      itemIndex.put(items.get(i).id(), i);
      signalOf[i] = signalIndex.get(items.get(i).signal());
    }
    Map<Function, Integer> functionIndex = new HashMap<>();
    for (Function function : model.functions()) {
      functionIndex.put(function, functionIndex.size());
    }
    // one pass over the answers: each respondent's mean per signal, summed in the answers' order
    int signals = names.size();
    Values[] means = new Values[signals];
    Values[][] byFunction = new Values[signals][functionIndex.size()];
    for (int s = 0; s < signals; s++) {
      means[s] = new Values(responses.size());
    }
    double[] respondentSum = new double[signals];
    int[] answered = new int[signals];
    for (SurveyResponse response : responses) {
      java.util.Arrays.fill(respondentSum, 0);
      java.util.Arrays.fill(answered, 0);
      for (Map.Entry<Id, Double> answer : response.answers().entrySet()) {
        Integer i = itemIndex.get(answer.getKey());
        if (i != null) {
          int s = signalOf[i];
          respondentSum[s] += items.get(i).score(answer.getValue());
          answered[s]++;
        }
      }
      Integer f = perFunction ? functionIndex.get(response.function()) : null;
      for (int s = 0; s < signals; s++) {
        if (answered[s] > 0) {
          double mean = respondentSum[s] / answered[s];
          means[s].add(mean);
          if (f != null) {
            if (byFunction[s][f] == null) {
              byFunction[s][f] = new Values(16);
            }
            byFunction[s][f].add(mean);
          }
        }
      }
    }
    for (int s = 0; s < signals; s++) {
      String name = names.get(s);
      if (means[s].size > 0) {
        values.put("survey." + name, unit(means[s].mean()));
      }
      if (perFunction) {
        for (Function function : model.functions()) {
          Values own = byFunction[s][functionIndex.get(function)];
          if (own != null) {
            values.put("survey." + name + "." + function, unit(own.mean()));
          }
        }
      }
    }
    return values;
  }

  /** A growing list of doubles, unboxed. */
  static final class Values {
    double[] values;
    int size;

    Values(int capacity) {
      values = new double[Math.max(1, capacity)];
    }

    void add(double value) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, 2 * size);
      }
      values[size++] = value;
    }

    /** The mean, summed in ascending order as {@link DiagnosisSignals#mean(List)}; needs a value. */
    double mean() {
      return sortedMean(java.util.Arrays.copyOf(values, size));
    }
  }

  /** Signals derived from coded observations: the share of distinct sources carrying each code. */
  static Map<String, Double> fromObservations(DominanceModel model, List<Observation> observations) {
    Map<String, Double> values = new LinkedHashMap<>();
    Map<Id, Set<Id>> sourcesByCode = new HashMap<>();
    Set<Id> sources = new HashSet<>();
    for (Observation observation : observations) {
      sources.add(observation.source());
      sourcesByCode.computeIfAbsent(observation.code(), c -> new HashSet<>()).add(observation.source());
    }
    values.put("observations.sources", (double) sources.size());
    if (sources.isEmpty()) {
      return values;
    }
    for (ObservationCode code : model.codes()) {
      Set<Id> carrying = sourcesByCode.getOrDefault(code.id(), Set.of());
      values.put("observations." + code.id(), ratio(carrying.size(), sources.size()));
    }
    return values;
  }

  /** The values of a catalogue: those given, every other signal missing. */
  static SignalValues values(SignalCatalogue catalogue, Map<String, Double> given) {
    SignalValues.Builder builder = SignalValues.builder(catalogue);
    for (Signal signal : catalogue.signals()) {
      Double value = given.get(signal.name());
      if (value != null) {
        builder.value(signal.name(), value);
      }
    }
    return builder.build();
  }

  /**
   * The mean of some values, summed in ascending order so that the result does not depend on the order the
   * records came in.
   */
  static double mean(List<Double> values) {
    double[] sorted = new double[values.size()];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = values.get(i);
    }
    return sortedMean(sorted);
  }

  /** The mean of values summed in ascending order; sorts the array given. */
  static double sortedMean(double[] sorted) {
    java.util.Arrays.sort(sorted);
    double sum = 0;
    for (double value : sorted) {
      sum += value;
    }
    return sum / sorted.length;
  }

  private static double ratio(int count, int total) {
    return unit((double) count / total);
  }

  private static double unit(double value) {
    return Math.max(0.0, Math.min(1.0, value));
  }
}
