package dev.mom.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EngineTest {

  private final Playbook mom = Playbooks.mom();

  @Test
  void theDiagnosisPublishesItsModelsCatalogueAndTheOthersNone() {
    assertThat(Engine.DIAGNOSIS.signals(mom)).isEqualTo(mom.diagnosis().orElseThrow().signalCatalogue());
    // 1 decision count; 4 shares for each of the 9 functions; 8 decision signals; 14 evidence kinds; 1 survey
    // count and 12 survey signals, each also per function (12 × 10); 1 observation count; 12 codes
    assertThat(Engine.DIAGNOSIS.signals(mom).size()).isEqualTo(1 + 36 + 8 + 14 + 1 + 120 + 1 + 12).isEqualTo(193);
    for (Engine engine : new Engine[] {Engine.GAPS, Engine.PRIORITISATION, Engine.TRACEABILITY, Engine.IMPACT}) {
      assertThat(engine.rulesDriven()).as(engine.id()).isFalse();
      assertThat(engine.signals(mom).signals()).as(engine.id()).isEmpty();
      assertThat(engine.configuredIn(mom)).as(engine.id()).isTrue();
    }
    assertThat(Engine.DIAGNOSIS.rulesDriven()).isTrue();
  }

  @Test
  void aPlaybookWithoutADiagnosisPublishesNoDiagnosisSignals() {
    Playbook withoutDiagnosis = mom.withDiagnosis(Optional.empty());

    assertThat(Engine.DIAGNOSIS.configuredIn(withoutDiagnosis)).isFalse();
    assertThat(Engine.DIAGNOSIS.signals(withoutDiagnosis).size()).isZero();
  }

  @Test
  void idsAreTheSectionNames() {
    assertThat(Engine.values()).extracting(Engine::id)
        .containsExactly("diagnosis", "gaps", "prioritisation", "traceability", "impact");
    assertThat(Engine.byId("Gaps")).contains(Engine.GAPS);
    assertThat(Engine.byId("gap")).isEmpty();
    assertThat(Engine.IMPACT.title()).isEqualTo("impact assessment");
  }
}
