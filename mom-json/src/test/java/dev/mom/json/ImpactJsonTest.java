package dev.mom.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mom.impact.ImpactAssessment;
import dev.mom.impact.ImpactAssessor;
import dev.mom.impact.ImpactModel;
import dev.mom.model.ChangeLevels;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.Playbooks;
import dev.mom.testing.ImpactGenerators;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded round trips of the impact assessment's inputs, model and results through JSON: what is written
 * reads back equal, and writing is canonical.
 */
class ImpactJsonTest {

  private static final MomJson JSON = MomJson.standard();

  private static <T> void roundTrips(long seed, T value, Class<T> type) {
    String written = JSON.write(value);
    T read = JSON.read(written, type);
    assertThat(read).as("seed %d: %s read back from%n%s", seed, type.getSimpleName(), written).isEqualTo(value);
    assertThat(JSON.write(read)).as("seed %d: %s written twice", seed, type.getSimpleName()).isEqualTo(written);
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void modelsInputsAndAssessmentsRoundTrip(long seed) {
    Random random = new Random(seed);
    ImpactModel model = ImpactGenerators.model(random);
    Transformation transformation = ImpactGenerators.transformation(random);
    ImpactAssessment assessment = ImpactAssessor.of(model, ChangeLevels.defaults()).assess(transformation);

    roundTrips(seed, model, ImpactModel.class);
    roundTrips(seed, transformation, Transformation.class);
    roundTrips(seed, assessment, ImpactAssessment.class);
  }

  @Test
  void theMomPlaybooksImpactModelRoundTripsAndIsWrittenInFull() {
    Playbook mom = Playbooks.mom();

    roundTrips(0, mom, Playbook.class);
    assertThat(JSON.write(mom.impact().orElseThrow()).strip()).isEqualTo("""
        {
          "alpha": 0.05,
          "confidenceLevel": 0.95,
          "effectSizeBands": {
            "small": 0.2,
            "medium": 0.5,
            "large": 0.8
          },
          "minimumSampleSize": 10
        }
        """.strip());
  }
}
