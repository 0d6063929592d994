package dev.mom.examples.bench;

import dev.mom.diagnosis.Decision;
import dev.mom.diagnosis.DominanceDiagnoser;
import dev.mom.diagnosis.DominanceDiagnosis;
import dev.mom.diagnosis.DominanceModel;
import dev.mom.diagnosis.EvidenceKind;
import dev.mom.diagnosis.EvidenceNature;
import dev.mom.diagnosis.Observation;
import dev.mom.diagnosis.SurveyItem;
import dev.mom.diagnosis.SurveyResponse;
import dev.mom.examples.generate.SyntheticCase;
import dev.mom.model.Function;
import dev.mom.model.Id;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.Playbooks;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The stakeholder-dominance diagnosis of 25,000 × scale decisions and 5,000 × scale survey responses (scale 4:
 * the 100,000 decisions and 20,000 responses of issue #11), with coded observations, against a loop that
 * computes the same signals (shares by function, evidence shares, survey means per item and per function, code
 * shares by source) in one pass.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
public class DiagnosisBenchmark {

  @Param({"1", "2", "4"})
  int scale;

  Transformation transformation;
  DominanceDiagnoser diagnoser;
  Loop loop;

  @Setup
  public void setUp() {
    Playbook playbook = Playbooks.mom();
    transformation = SyntheticCase.builder().seed(11).decisions(25_000 * scale).responses(5_000 * scale)
        .measurements(0).concepts(0).keyResults(0).items(0).outcomes(0).build().transformation();
    diagnoser = DominanceDiagnoser.of(playbook.diagnosis().orElseThrow(), playbook.interventions());
    loop = new Loop(playbook.diagnosis().orElseThrow(), transformation.organisation().functions());
  }

  @Benchmark
  public DominanceDiagnosis engine() {
    return diagnoser.diagnose(transformation);
  }

  @Benchmark
  public double[] handWrittenLoop() {
    return loop.signals(transformation);
  }

  /** The baseline: the diagnosis's signals in one pass over each list, with indices resolved up front. */
  static final class Loop {
    private final Map<Function, Integer> functions = new HashMap<>();
    private final Map<Id, Integer> evidence = new HashMap<>();
    private final boolean[] customerEvidence;
    private final Map<Id, Integer> items = new HashMap<>();
    private final List<SurveyItem> surveyItems;
    private final Map<Id, Integer> codes = new HashMap<>();

    Loop(DominanceModel model, List<Function> organisation) {
      organisation.forEach(f -> functions.put(f, functions.size()));
      customerEvidence = new boolean[model.evidenceKinds().size()];
      for (EvidenceKind kind : model.evidenceKinds()) {
        customerEvidence[evidence.size()] = kind.nature() != EvidenceNature.INTERNAL;
        evidence.put(kind.id(), evidence.size());
      }
      surveyItems = model.surveyItems();
      surveyItems.forEach(i -> items.put(i.id(), items.size()));
      model.codes().forEach(c -> codes.put(c.id(), codes.size()));
    }

    double[] signals(Transformation transformation) {
      int f = functions.size();
      int k = evidence.size();
      int s = items.size();
      double[] decided = new double[f];
      double[] initiated = new double[f];
      double[] kinds = new double[k];
      double overridden = 0;
      double customer = 0;
      double linked = 0;
      double experimented = 0;
      List<Decision> decisions = transformation.decisions();
      for (Decision decision : decisions) {
        decided[functions.get(decision.decidedBy())]++;
        initiated[functions.get(decision.initiatedBy())]++;
        boolean anyCustomer = false;
        for (Id e : decision.evidence()) {
          int index = evidence.get(e);
          kinds[index]++;
          anyCustomer |= customerEvidence[index];
        }
        overridden += decision.overriddenBy().isPresent() ? 1 : 0;
        customer += anyCustomer ? 1 : 0;
        linked += decision.strategyLinked() ? 1 : 0;
        experimented += decision.experimented() ? 1 : 0;
      }
      double[] sum = new double[s];
      double[] count = new double[s];
      double[] byFunction = new double[s * f];
      double[] countByFunction = new double[s * f];
      for (SurveyResponse response : transformation.surveyResponses()) {
        int function = functions.get(response.function());
        for (Map.Entry<Id, Double> answer : response.answers().entrySet()) {
          int item = items.get(answer.getKey());
          SurveyItem surveyItem = surveyItems.get(item);
          double x = (answer.getValue() - surveyItem.scale().min()) / surveyItem.scale().range();
          double v = surveyItem.reverse() ? 1 - x : x;
          sum[item] += v;
          count[item]++;
          byFunction[item * f + function] += v;
          countByFunction[item * f + function]++;
        }
      }
      Map<Id, Integer> sources = new HashMap<>();
      BitSet[] sourcesByCode = new BitSet[codes.size()];
      for (Observation observation : transformation.observations()) {
        Integer source = sources.putIfAbsent(observation.source(), sources.size());
        int c = codes.get(observation.code());
        if (sourcesByCode[c] == null) {
          sourcesByCode[c] = new BitSet();
        }
        sourcesByCode[c].set(source == null ? sources.size() - 1 : source);
      }
      double[] signals = new double[2 * f + k + 4 + s + s * f + codes.size()];
      int at = 0;
      double n = Math.max(1, decisions.size());
      for (int i = 0; i < f; i++) {
        signals[at++] = decided[i] / n;
        signals[at++] = initiated[i] / n;
      }
      for (int i = 0; i < k; i++) {
        signals[at++] = kinds[i] / n;
      }
      signals[at++] = overridden / n;
      signals[at++] = customer / n;
      signals[at++] = linked / n;
      signals[at++] = experimented / n;
      for (int i = 0; i < s; i++) {
        signals[at++] = count[i] == 0 ? 0 : sum[i] / count[i];
      }
      for (int i = 0; i < s * f; i++) {
        signals[at++] = countByFunction[i] == 0 ? 0 : byFunction[i] / countByFunction[i];
      }
      for (BitSet code : sourcesByCode) {
        signals[at++] = code == null ? 0 : code.cardinality() / (double) Math.max(1, sources.size());
      }
      return signals;
    }
  }
}
