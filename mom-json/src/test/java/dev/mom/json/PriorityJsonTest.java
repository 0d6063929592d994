package dev.mom.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mom.model.FocusAreas;
import dev.mom.model.Id;
import dev.mom.model.Transformation;
import dev.mom.priority.ConceptPrioritiser;
import dev.mom.priority.Prioritisation;
import dev.mom.priority.PrioritisationModel;
import dev.mom.priority.PrioritisationOptions;
import dev.mom.testing.PriorityGenerators;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded round trips of the prioritisation's inputs, model, options and results through JSON: what is
 * written reads back equal, and writing is canonical.
 */
class PriorityJsonTest {

  private static final MomJson JSON = MomJson.standard();
  private static final List<String> MODELS = List.of("strategic-fit", "rice", "ice", "ice-mean", "wsjf", "weighted");

  private static <T> void roundTrips(long seed, T value, Class<T> type) {
    String written = JSON.write(value);
    T read = JSON.read(written, type);
    assertThat(read).as("seed %d: %s read back from%n%s", seed, type.getSimpleName(), written).isEqualTo(value);
    assertThat(JSON.write(read)).as("seed %d: %s written twice", seed, type.getSimpleName()).isEqualTo(written);
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void modelsConceptsOptionsAndPrioritisationsRoundTrip(long seed) {
    Random random = new Random(seed);
    PrioritisationModel model = PriorityGenerators.model(random);
    Transformation transformation = PriorityGenerators.transformation(random);
    PrioritisationOptions.Builder options = PrioritisationOptions.builder()
        .model(Id.of(MODELS.get(random.nextInt(MODELS.size())))).gapSeverities(PriorityGenerators.severities(random))
        .runs(10).seed(random.nextLong());
    if (random.nextBoolean()) {
      options.capacity(1 + random.nextInt(20)).addMustCover(FocusAreas.CORPORATE_STRATEGY.id());
    }
    Prioritisation prioritisation = ConceptPrioritiser.of(PriorityGenerators.ALL_MODELS, FocusAreas.defaults())
        .prioritise(transformation, options.build());

    roundTrips(seed, model, PrioritisationModel.class);
    roundTrips(seed, transformation, Transformation.class);
    roundTrips(seed, options.build(), PrioritisationOptions.class);
    roundTrips(seed, prioritisation, Prioritisation.class);
  }
}
