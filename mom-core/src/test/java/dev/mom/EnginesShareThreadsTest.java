package dev.mom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mom.diagnosis.DominanceDiagnoser;
import dev.mom.gap.GapScorer;
import dev.mom.impact.ImpactAssessor;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.Playbooks;
import dev.mom.priority.ConceptPrioritiser;
import dev.mom.testing.DiagnosisGenerators;
import dev.mom.testing.GapGenerators;
import dev.mom.testing.ImpactGenerators;
import dev.mom.testing.PriorityGenerators;
import dev.mom.testing.TraceGenerators;
import dev.mom.trace.RoadmapTracer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Each engine is built once and shared: eight threads evaluating the same inputs 10,000 times in all get
 * exactly the results one thread gets. Equal results are equal bit for bit ({@code Double.equals} tells
 * {@code -0.0} from {@code 0.0}), so the canonical JSON written from them is byte-identical too.
 */
class EnginesShareThreadsTest {

  private static final int THREADS = 8;
  private static final int INPUTS = 25;
  /** 8 threads × 50 rounds × 25 inputs = 10,000 evaluations per engine. */
  private static final int ROUNDS = 50;

  private static <T> void sameUnderThreads(List<Transformation> inputs, Function<Transformation, T> engine)
      throws Exception {
    List<T> expected = inputs.stream().map(engine).toList();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<T>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        futures.add(pool.submit(() -> {
          List<T> last = null;
          for (int round = 0; round < ROUNDS; round++) {
            last = inputs.stream().map(engine).toList();
            assertThat(last).isEqualTo(expected);
          }
          return last;
        }));
      }
      for (Future<List<T>> future : futures) {
        assertThat(future.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Transformation> inputs(Function<Random, Transformation> generator) {
    List<Transformation> inputs = new ArrayList<>();
    for (long seed = 1; seed <= INPUTS; seed++) {
      inputs.add(generator.apply(new Random(seed)));
    }
    return inputs;
  }

  @Test
  void theDiagnoserIsSafeToShare() throws Exception {
    Playbook mom = Playbooks.mom();
    DominanceDiagnoser diagnoser = DominanceDiagnoser.of(mom.diagnosis().orElseThrow(), mom.interventions());
    sameUnderThreads(inputs(r -> DiagnosisGenerators.transformation(r, mom.diagnosis().orElseThrow())),
        diagnoser::diagnose);
  }

  @Test
  void theGapScorerIsSafeToShare() throws Exception {
    Playbook playbook = GapGenerators.playbook(new Random(7));
    GapScorer scorer = GapGenerators.scorer(playbook);
    sameUnderThreads(inputs(r -> GapGenerators.transformation(r, playbook)), scorer::score);
  }

  @Test
  void thePrioritiserIsSafeToShare() throws Exception {
    ConceptPrioritiser prioritiser = ConceptPrioritiser.of(PriorityGenerators.ALL_MODELS, Playbooks.mom().focusAreas());
    sameUnderThreads(inputs(PriorityGenerators::transformation), prioritiser::prioritise);
  }

  @Test
  void theRoadmapTracerIsSafeToShare() throws Exception {
    RoadmapTracer tracer = RoadmapTracer.of(TraceGenerators.model(new Random(11)));
    sameUnderThreads(inputs(TraceGenerators::transformation), tracer::trace);
  }

  @Test
  void theImpactAssessorIsSafeToShare() throws Exception {
    ImpactAssessor assessor = ImpactAssessor.of(Playbooks.mom().impact().orElseThrow(), Playbooks.mom().changeLevels());
    sameUnderThreads(inputs(ImpactGenerators::transformation), assessor::assess);
  }
}
