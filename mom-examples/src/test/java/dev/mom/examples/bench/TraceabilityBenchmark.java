package dev.mom.examples.bench;

import dev.mom.examples.generate.SyntheticCase;
import dev.mom.model.Id;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbooks;
import dev.mom.trace.KeyResult;
import dev.mom.trace.KeyResultLink;
import dev.mom.trace.LinkKind;
import dev.mom.trace.Objective;
import dev.mom.trace.RoadmapItem;
import dev.mom.trace.RoadmapTracer;
import dev.mom.trace.Traceability;
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
 * Road-map-to-OKR traceability of 250,000 × scale road-map items over 25,000 × scale key results (scale 4: the
 * 1,000,000 items and 100,000 key results of issue #11), against a loop that resolves every link, counts the
 * items per key result (contributing and supporting), the orphan and exempt items and the key results no item
 * works on, and rolls the key results' progress up to their objectives, in one pass.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx10g"})
public class TraceabilityBenchmark {

  @Param({"1", "2", "4"})
  int scale;

  Transformation transformation;
  RoadmapTracer tracer;

  @Setup
  public void setUp() {
    transformation = SyntheticCase.builder().seed(11).items(250_000 * scale).keyResults(25_000 * scale)
        .concepts(0).decisions(0).responses(0).measurements(0).outcomes(0).build().transformation();
    tracer = RoadmapTracer.of(Playbooks.mom().traceability().orElseThrow());
  }

  @Benchmark
  public Traceability engine() {
    return tracer.trace(transformation);
  }

  @Benchmark
  public double[] handWrittenLoop() {
    Map<Id, Integer> index = new HashMap<>();
    List<Objective> objectives = transformation.objectives();
    int k = 0;
    for (Objective objective : objectives) {
      for (KeyResult keyResult : objective.keyResults()) {
        index.put(keyResult.id(), k++);
      }
    }
    int[] contributing = new int[k];
    int[] supporting = new int[k];
    int orphans = 0;
    int exempt = 0;
    int dangling = 0;
    for (RoadmapItem item : transformation.roadmap().orElseThrow().items()) {
      if (item.exemption().isPresent()) {
        exempt++;
      } else if (item.links().isEmpty()) {
        orphans++;
      }
      for (KeyResultLink link : item.links()) {
        Integer at = index.get(link.keyResult());
        if (at == null) {
          dangling++;
        } else if (link.kind() == LinkKind.CONTRIBUTES) {
          contributing[at]++;
        } else {
          supporting[at]++;
        }
      }
    }
    double[] result = new double[objectives.size() + 4];
    int unsupported = 0;
    int at = 0;
    for (int o = 0; o < objectives.size(); o++) {
      double sum = 0;
      List<KeyResult> keyResults = objectives.get(o).keyResults();
      for (KeyResult keyResult : keyResults) {
        double range = keyResult.target().getAsDouble() - keyResult.baseline().getAsDouble();
        sum += range == 0 ? 0 : (keyResult.current().getAsDouble() - keyResult.baseline().getAsDouble()) / range;
        unsupported += contributing[at] == 0 ? 1 : 0;
        at++;
      }
      result[o] = keyResults.isEmpty() ? 0 : sum / keyResults.size();
    }
    result[objectives.size()] = orphans;
    result[objectives.size() + 1] = exempt;
    result[objectives.size() + 2] = dangling;
    result[objectives.size() + 3] = unsupported;
    return result;
  }
}
