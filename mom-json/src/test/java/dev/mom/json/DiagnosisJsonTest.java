package dev.mom.json;

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

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void modelsEvidenceAndDiagnosesRoundTrip(long seed) {
    Random random = new Random(seed);
    DominanceModel model = DiagnosisGenerators.model(random);
    Transformation transformation = DiagnosisGenerators.transformation(random, model);
    DominanceDiagnosis diagnosis = DominanceDiagnoser.of(model, List.of()).diagnose(transformation);

    JsonRoundTrip.assertRoundTrips(seed, model, DominanceModel.class);
    JsonRoundTrip.assertRoundTrips(seed, transformation, Transformation.class);
    JsonRoundTrip.assertRoundTrips(seed, diagnosis, DominanceDiagnosis.class);

    dev.mom.playbook.Playbook playbook = dev.mom.playbook.Playbook.builder().from(dev.mom.playbook.Playbooks.mom())
        .interventions(List.of()).diagnosis(model).build();
    JsonRoundTrip.assertRoundTrips(seed, dev.mom.Mom.analyze(transformation, playbook),
        dev.mom.TransformationReport.class);
  }
}
