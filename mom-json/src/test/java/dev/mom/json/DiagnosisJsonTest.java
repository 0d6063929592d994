package dev.mom.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mom.diagnosis.DominanceDiagnoser;
import dev.mom.diagnosis.DominanceDiagnosis;
import dev.mom.diagnosis.DominanceModel;
import dev.mom.model.Transformation;
import dev.mom.testing.DiagnosisGenerators;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded round trips of the diagnosis's inputs, model and results through JSON: what is written reads back
 * equal, and writing is canonical.
 */
class DiagnosisJsonTest {

  private static final MomJson JSON = MomJson.standard();

  private static <T> void roundTrips(long seed, T value, Class<T> type) {
    String written = JSON.write(value);
    T read = JSON.read(written, type);
    assertThat(read).as("seed %d: %s read back from%n%s", seed, type.getSimpleName(), written).isEqualTo(value);
    assertThat(JSON.write(read)).as("seed %d: %s written twice", seed, type.getSimpleName()).isEqualTo(written);
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void modelsEvidenceAndDiagnosesRoundTrip(long seed) {
    Random random = new Random(seed);
    DominanceModel model = DiagnosisGenerators.model(random);
    Transformation transformation = DiagnosisGenerators.transformation(random, model);
    DominanceDiagnosis diagnosis = DominanceDiagnoser.of(model, List.of()).diagnose(transformation);

    roundTrips(seed, model, DominanceModel.class);
    roundTrips(seed, transformation, Transformation.class);
    roundTrips(seed, diagnosis, DominanceDiagnosis.class);
  }
}
