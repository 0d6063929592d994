package dev.mom.examples.mikro;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mom.gap.GapModel;
import dev.mom.gap.Indicator;
import dev.mom.gap.Measurement;
import dev.mom.json.MomJson;
import dev.mom.model.EvidenceSource;
import dev.mom.model.FocusAreas;
import dev.mom.model.Function;
import dev.mom.model.Id;
import dev.mom.model.Member;
import dev.mom.model.Team;
import dev.mom.model.TeamRole;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbooks;
import dev.mom.priority.BoardVerdict;
import static org.assertj.core.api.Assertions.tuple;
import dev.mom.impact.Wave;
import dev.mom.impact.Valence;
import dev.mom.impact.StudyDesign;
import dev.mom.impact.SignificanceTest;
import dev.mom.impact.OutcomeMeasurement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MikroCaseTest {

  private static byte[] resourceBytes() throws IOException {
    try (InputStream in = MikroCase.class.getResourceAsStream(MikroCase.RESOURCE)) {
      assertThat(in).as("resource %s", MikroCase.RESOURCE).isNotNull();
      return in.readAllBytes();
    }
  }

  private static List<Team> teams(Transformation mikro, TeamRole role) {
    return mikro.teams().stream().filter(t -> t.role() == role).collect(Collectors.toList());
  }

  @Test
  void theBundledDocumentReadsAsATransformation() throws IOException {
    Transformation mikro = MomJson.standard().read(resourceBytes(), Transformation.class);

    assertThat(mikro).isEqualTo(MikroCase.transformation());
    assertThat(mikro.id()).isEqualTo(Id.of("mikro-mom"));
  }

  @Test
  void theBundledDocumentIsCanonical() throws IOException {
    byte[] bytes = resourceBytes();
    Transformation mikro = MomJson.standard().read(bytes, Transformation.class);

    // reading and writing again gives the identical bytes: the file diffs cleanly when it is edited
    assertThat(MomJson.standard().write(mikro)).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
  }

  @Test
  void theOrganisationHasTheFactsOfTheSeed() {
    var organisation = MikroCase.transformation().organisation();

    assertThat(organisation.name()).isEqualTo("Mikro Yazılım");
    assertThat(organisation.founded()).hasValue(1990);
    assertThat(organisation.partners()).hasValue(300);
    assertThat(organisation.customers()).hasValue(100_000);
    assertThat(organisation.description()).hasValueSatisfying(d -> assertThat(d).contains("dealer network"));
    assertThat(organisation.functions()).contains(Function.SALES, Function.ENGINEERING, Function.SUPPORT,
        Function.PRODUCT, Function.EXECUTIVE);
  }

  @Test
  void thePeriodSpans2019To2022() {
    var period = MikroCase.transformation().period().orElseThrow();

    assertThat(period.start()).isEqualTo(LocalDate.of(2019, 10, 1));
    assertThat(period.end()).isEqualTo(LocalDate.of(2022, 12, 31));
    assertThat(period.label()).hasValue("2019–2022");
  }

  @Test
  void theTaskForceHas16MembersFromTheFourFunctionsOfTheSeed() {
    List<Team> taskForces = teams(MikroCase.transformation(), TeamRole.TASK_FORCE);

    assertThat(taskForces).hasSize(1);
    List<Member> members = taskForces.get(0).members();
    assertThat(members).hasSize(16);
    assertThat(members.stream().map(Member::function).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(Function.SALES, Function.ENGINEERING, Function.SUPPORT, Function.PRODUCT);
  }

  @Test
  void fourSubGroupsOfTheTaskForceEachMapOneFocusArea() {
    Transformation mikro = MikroCase.transformation();
    Set<Id> taskForce = teams(mikro, TeamRole.TASK_FORCE).get(0).members().stream().map(Member::id)
        .collect(Collectors.toSet());
    List<Team> subGroups = teams(mikro, TeamRole.SUB_GROUP);

    assertThat(subGroups).hasSize(4);
    assertThat(subGroups.stream().map(t -> t.focusArea().orElseThrow()).collect(Collectors.toList()))
        .containsExactlyElementsOf(FocusAreas.defaults().stream().map(a -> a.id()).collect(Collectors.toList()));
    for (Team subGroup : subGroups) {
      assertThat(subGroup.members()).as(subGroup.name()).isNotEmpty()
          .allSatisfy(m -> assertThat(taskForce).contains(m.id()));
    }
    // together the sub-groups are the whole task force, each member in exactly one
    assertThat(subGroups.stream().flatMap(t -> t.members().stream()).map(Member::id).collect(Collectors.toList()))
        .containsExactlyInAnyOrderElementsOf(taskForce);
  }

  @Test
  void theAdvisoryBoardIsTheExecutivesAndTheAgentsComeFromOctober2020() {
    Transformation mikro = MikroCase.transformation();

    assertThat(teams(mikro, TeamRole.ADVISORY_BOARD)).singleElement()
        .satisfies(board -> assertThat(board.members()).isNotEmpty()
            .allSatisfy(m -> assertThat(m.function()).isEqualTo(Function.EXECUTIVE)));
    assertThat(teams(mikro, TeamRole.AGENTS)).singleElement()
        .satisfies(agents -> {
          assertThat(agents.name()).contains("October 2020");
          assertThat(agents.members()).isNotEmpty();
        });
  }

  @Test
  void theDescriptionSaysWhatIsPseudonymousAndWhatIsIllustrative() {
    assertThat(MikroCase.transformation().description()).hasValueSatisfying(d -> assertThat(d)
        .contains("Member ids are pseudonymous")
        .contains("Any detail not in the source texts is illustrative"));
  }

  @Test
  void theDiagnosisEvidenceIsThereAndSaidToBeIllustrative() {
    Transformation mikro = MikroCase.transformation();

    assertThat(mikro.decisions()).hasSize(36)
        .allSatisfy(d -> assertThat(d.date()).hasValueSatisfying(date -> assertThat(date.getYear()).isBetween(2020, 2021)));
    assertThat(mikro.surveyResponses()).hasSize(25).allSatisfy(r -> assertThat(r.answers()).hasSize(15));
    assertThat(mikro.observations().stream().map(o -> o.source()).distinct()).hasSize(10);
    assertThat(mikro.description()).hasValueSatisfying(d -> assertThat(d)
        .contains("The diagnosis evidence is illustrative as well"));
  }

  @Test
  void theStrategyMeasurementsAndConceptsAreThereAndSaidToBeIllustrative() {
    Transformation mikro = MikroCase.transformation();
    GapModel gaps = Playbooks.mom().gaps().orElseThrow();

    assertThat(mikro.strategy()).hasValueSatisfying(s -> {
      assertThat(s.id()).isEqualTo(Id.of("strategy-2021"));
      assertThat(s.objectives()).hasSizeBetween(3, 5);
    });
    // every indicator of the default gap model is measured, 7 to 13 times, from surveys, interviews and
    // document reviews
    Map<Id, Long> perIndicator = mikro.measurements().stream()
        .collect(Collectors.groupingBy(Measurement::indicator, Collectors.counting()));
    assertThat(perIndicator.keySet()).containsExactlyInAnyOrderElementsOf(
        gaps.indicators().stream().map(Indicator::id).collect(Collectors.toList()));
    assertThat(perIndicator.values()).allSatisfy(n -> assertThat(n).isBetween(7L, 13L));
    assertThat(mikro.measurements().stream().map(Measurement::sourceKind).distinct())
        .containsExactlyInAnyOrder(EvidenceSource.SURVEY, EvidenceSource.INTERVIEW, EvidenceSource.DOCUMENT_REVIEW);
    // the five concepts of the seed, each green-lit by the advisory board
    assertThat(mikro.concepts()).extracting(c -> c.id().value()).containsExactly("product-2-0",
        "customer-centric-hiring", "data-management", "insight-tools", "listen-and-tell");
    assertThat(mikro.boardDecisions()).hasSize(5)
        .allSatisfy(d -> assertThat(d.verdict()).isEqualTo(BoardVerdict.GREEN_LIGHT));
    assertThat(mikro.description()).hasValueSatisfying(d -> assertThat(d)
        .contains("The gap analysis and the prioritisation data are illustrative too"));
  }

  @Test
  void theImpactDataHaveTwoWavesFiveOutcomesAndTheConsequencesOfTheSeed() {
    Transformation mikro = MikroCase.transformation();

    assertThat(mikro.waves()).extracting(w -> w.id().value()).containsExactly("baseline-2020", "follow-up-2021");
    assertThat(mikro.waves()).extracting(Wave::name)
        .containsExactly("Baseline, autumn 2020", "Follow-up, autumn 2021");
    // every test is chosen explicitly, both designs and both kinds of test are used
    assertThat(mikro.outcomes()).extracting(o -> o.id().value(), o -> o.test()).containsExactly(
        tuple("customer-understanding", SignificanceTest.WILCOXON_SIGNED_RANK),
        tuple("insight-based-decisions", SignificanceTest.WELCH_T),
        tuple("direct-customer-contact", SignificanceTest.MANN_WHITNEY_U),
        tuple("cross-department-sharing", SignificanceTest.PAIRED_T),
        tuple("customer-metric-coverage", SignificanceTest.PAIRED_T));
    assertThat(mikro.outcomes()).allSatisfy(o -> assertThat(o.concepts()).isNotEmpty());
    // at least 20 values per wave for the outcomes that are tested; the department plans are only seven
    for (Wave wave : mikro.waves()) {
      Map<String, Long> counts = wave.measurements().stream()
          .collect(Collectors.groupingBy(m -> m.outcome().value(), Collectors.counting()));
      assertThat(counts).as(wave.id().value()).containsEntry("customer-metric-coverage", 7L);
      counts.remove("customer-metric-coverage");
      assertThat(counts.values()).as(wave.id().value()).hasSize(4).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(20));
    }
    // the paired outcomes measure the same units in both waves; the independent ones different respondents
    for (var outcome : mikro.outcomes()) {
      List<Set<Id>> units = mikro.waves().stream().map(w -> w.measurements().stream()
          .filter(m -> m.outcome().equals(outcome.id())).map(OutcomeMeasurement::unit).collect(Collectors.toSet()))
          .collect(Collectors.toList());
      if (outcome.design() == StudyDesign.PAIRED) {
        assertThat(units.get(1)).as(outcome.id().value()).isEqualTo(units.get(0));
      } else {
        assertThat(units.get(1)).as(outcome.id().value()).doesNotContainAnyElementsOf(units.get(0));
      }
    }
    assertThat(mikro.unintendedConsequences()).extracting(c -> c.id().value()).containsExactly("okr-redesign",
        "customer-performance-indicators", "redefined-principles", "task-force-capabilities");
    assertThat(mikro.unintendedConsequences()).allSatisfy(c -> {
      assertThat(c.valence()).isEqualTo(Valence.POSITIVE);
      assertThat(c.evidence()).isNotEmpty();
    });
    assertThat(mikro.description()).hasValueSatisfying(d -> assertThat(d)
        .contains("The impact data are illustrative as well"));
  }
}
