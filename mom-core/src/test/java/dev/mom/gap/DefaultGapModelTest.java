package dev.mom.gap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mom.model.ChangeLevel;
import dev.mom.model.EvidenceSource;
import dev.mom.model.FocusArea;
import dev.mom.model.Id;
import dev.mom.model.Organisation;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.Playbooks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The MOM playbook's gap model: the seeds' four focus areas at each of the four levels. */
class DefaultGapModelTest {

  private static final Playbook MOM = Playbooks.mom();
  private static final GapModel MODEL = MOM.gaps().orElseThrow();

  @Test
  void oneIndicatorForEachFocusAreaAtEachLevel() {
    assertThat(MODEL.indicators()).hasSize(16);
    for (FocusArea area : MOM.focusAreas()) {
      for (ChangeLevel level : MOM.changeLevels()) {
        assertThat(MODEL.indicators()).as("%s at %s", area.id(), level.id())
            .filteredOn(i -> i.focusArea().equals(area.id()) && i.level().equals(level.id())).hasSize(1);
      }
    }
  }

  @Test
  void everyIndicatorCitesASeedAndIsInADimension() {
    assertThat(MODEL.indicators()).allSatisfy(i -> {
      assertThat(i.cites()).as(i.id().value()).hasValueSatisfying(c -> assertThat(c).matches("00[0-3]: \".*"));
      assertThat(i.dimension()).as(i.id().value()).isPresent();
    });
    assertThat(MODEL.dimensions()).extracting(d -> d.id().value()).containsExactly("leadership-and-strategy",
        "structure-and-roles", "processes-and-activities", "measurement-and-incentives");
    assertThat(MODEL.maturityMethod()).isEqualTo(MaturityMethod.STAGED);
  }

  /**
   * Everyone answers 4 ("agree") to everything: every mean meets its target 4 exactly, each share at or
   * above 4 is 1 (above its target), and "one work group dictates" at 4 falls short of its target 2 by
   * 2 / 4 = 0.5, "major": level 1 is met, level 2 is blocked by that one indicator.
   */
  @Test
  void anOrganisationThatAgreesWithEverythingIsBlockedByTheOneLowerIsBetterSymptom() {
    GapScorer scorer = GapScorer.of(MODEL, MOM.focusAreas(), MOM.changeLevels());
    List<Measurement> measurements = new ArrayList<>();
    for (Indicator indicator : MODEL.indicators()) {
      for (int r = 0; r < 5; r++) {
        measurements.add(Measurement.builder().indicator(indicator.id()).sourceKind(EvidenceSource.SURVEY)
            .source(Id.of("r" + r)).value(4).build());
      }
    }
    Transformation mikro = Transformation.builder().id(Id.of("mikro")).title("MOM")
        .organisation(Organisation.builder().id(Id.of("mikro")).name("Mikro").build()).measurements(measurements)
        .build();

    GapReport report = scorer.score(mikro);

    assertThat(report.ranking()).containsExactly(Id.of("one-workgroup-dictates"));
    assertThat(report.stage().reached()).contains(Id.of("understanding-the-customer"));
    assertThat(report.stage().blockers()).extracting(b -> b.indicator().orElseThrow().value())
        .containsExactly("one-workgroup-dictates");
    assertThat(report.indicators()).filteredOn(g -> g.indicator().value().equals("one-workgroup-dictates"))
        .singleElement().satisfies(g -> {
          assertThat(g.normalisedGap()).isEqualTo(0.5);
          assertThat(g.severity()).isEqualTo(Id.of("major"));
        });
  }
}
