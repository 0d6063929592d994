package dev.mom.examples.cli;

import static dev.mom.examples.cli.CliRuns.golden;
import static dev.mom.examples.cli.CliRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mom.examples.cli.CliRuns.Run;
import dev.mom.examples.mikro.MikroCase;
import dev.mom.gap.GapReport;
import dev.mom.gap.GapScorer;
import dev.mom.json.MomJson;
import dev.mom.model.Id;
import dev.mom.model.PairwiseJudgement;
import dev.mom.model.Strategy;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.Playbooks;
import dev.mom.priority.ConceptPrioritiser;
import dev.mom.priority.GapSeverities;
import dev.mom.priority.GreenLightProposal;
import dev.mom.priority.Prioritisation;
import dev.mom.priority.PrioritisationOptions;
import dev.mom.priority.RankedConcept;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code mom gaps} and {@code mom prioritize} in-process on the Mikro case and on broken input. */
class GapsAndPrioritizeCommandTest {

  @TempDir
  Path folder;

  private Path write(String name, String content) throws IOException {
    return CliRuns.write(folder, name, content);
  }

  private Path mikroFile() throws IOException {
    return CliRuns.mikroFile(folder);
  }

  private Path mikroFile(Transformation changed) throws IOException {
    return write("changed.json", MomJson.standard().write(changed));
  }

  private static GapReport mikroGaps() {
    Playbook playbook = Playbooks.mom();
    return GapScorer.of(playbook.gaps().orElseThrow(), playbook.focusAreas(), playbook.changeLevels())
        .score(MikroCase.transformation());
  }

  private static Prioritisation prioritise(Transformation transformation, PrioritisationOptions.Builder options) {
    Playbook playbook = Playbooks.mom();
    return ConceptPrioritiser.of(playbook.prioritisation().orElseThrow(), playbook.focusAreas())
        .prioritise(transformation, options.gapSeverities(GapSeverities.from(mikroGaps())).build());
  }

  private static Prioritisation fromJson(Run run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return MomJson.standard().read(run.out(), Prioritisation.class);
  }

  private static List<String> ranking(Prioritisation prioritisation) {
    return prioritisation.ranking().stream().map(c -> c.concept().value()).collect(Collectors.toList());
  }

  private static List<String> selected(Prioritisation prioritisation) {
    return prioritisation.greenLight().orElseThrow().selected().stream().map(Id::value).collect(Collectors.toList());
  }

  // ---- gaps: the Mikro case -----------------------------------------------------------------------

  @Test
  void gapsJsonIsTheGapReportItself() throws IOException {
    Run run = run("gaps", "--format", "json", mikroFile().toString());

    assertThat(MomJson.standard().read(run.out(), GapReport.class)).isEqualTo(mikroGaps());
  }

  /**
   * The Mikro case at the start of its transformation: no stage reached, every indicator of "understanding
   * the customer" short of the threshold 0.1, the higher levels further off, and the sales team alone in not
   * seeing one work group dictate what gets built.
   */
  @Test
  void theMikroGapsTellTheStoryOfTheSeeds() {
    GapReport gaps = mikroGaps();

    assertThat(gaps.measurements()).isEqualTo(145);
    assertThat(gaps.unmeasured()).isEmpty();
    assertThat(gaps.stage().reached()).isEmpty();
    assertThat(gaps.stage().next()).hasValue(Id.of("understanding-the-customer"));
    assertThat(gaps.stage().blockers()).extracting(b -> b.indicator().orElseThrow().value()).containsExactly(
        "decisions-rest-on-customer-data", "customer-insight-shared", "customer-problems-known",
        "customer-first-vision");
    // the levels' mean shortfall rises with the level
    List<Double> byLevel = gaps.levels().stream().map(l -> l.shortfall().orElseThrow()).collect(Collectors.toList());
    assertThat(byLevel).isSorted();
    assertThat(byLevel.get(0)).isCloseTo(0.3257, within(1e-4));
    assertThat(byLevel.get(3)).isCloseTo(0.5990, within(1e-4));
    assertThat(gaps.ranking().subList(0, 3)).extracting(Id::value)
        .containsExactly("customer-metrics-in-okrs", "customer-metrics-on-dashboards", "outcomes-over-outputs");
    assertThat(GapSeverities.from(gaps).get(Id.of("data-access-and-use"))).isCloseTo(37.0 / 72.0, within(1e-12));
  }

  @Test
  void gapsWritesToAFile() throws IOException {
    Path report = folder.resolve("gaps.md");

    Run run = run("gaps", "--format", "markdown", "--out", report.toString(), mikroFile().toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo(golden("gaps-mikro.md"));
  }

  // ---- gaps: bad input ----------------------------------------------------------------------------

  /** Measurements the default gap model cannot score: an unknown indicator and a value off the scale. */
  private static final String MISMEASURED = "{\n"
      + "  \"kind\": \"mom/transformation\",\n"
      + "  \"schemaVersion\": 1,\n"
      + "  \"id\": \"acme\",\n"
      + "  \"title\": \"Acme\",\n"
      + "  \"organisation\": {\"id\": \"acme\", \"name\": \"Acme\", \"functions\": [\"sales\"]},\n"
      + "  \"measurements\": [\n"
      + "    {\"indicator\": \"customer-problem-known\", \"sourceKind\": \"survey\", \"source\": \"p1\", \"value\": 3},\n"
      + "    {\"indicator\": \"customer-first-vision\", \"sourceKind\": \"survey\", \"source\": \"p1\", \"value\": 6}\n"
      + "  ]\n"
      + "}\n";

  @Test
  void gapsListsMeasurementsThatDoNotFitThePlaybook() throws IOException {
    Path file = write("acme.json", MISMEASURED);

    Run run = run("gaps", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("mom gaps: " + file + ": the measurements do not fit the playbook 'mom' "
        + "(2 problems)\n"
        + "  /measurements/0/indicator: unknown indicator 'customer-problem-known' "
        + "(did you mean 'customer-problems-known'?)\n"
        + "  /measurements/1/value: value 6 is off the scale [1, 5] of indicator 'customer-first-vision'\n");
  }

  @Test
  void gapsWithoutMeasurementsIsInvalidInput() throws IOException {
    Path file = mikroFile(MikroCase.transformation().withMeasurements(List.of()));

    Run run = run("gaps", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("mom gaps: " + file + ": the measurements do not fit the playbook 'mom' "
        + "(1 problem)\n"
        + "  (document): no measurements to score: the transformation has no measurements\n");
  }

  @Test
  void gapsReportsAMissingFileOnOneLine() {
    Path missing = folder.resolve("missing.json");

    Run run = run("gaps", missing.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("mom gaps: " + missing + ": cannot read the file: no such file\n");
  }

  // ---- prioritize: the Mikro case -----------------------------------------------------------------

  @Test
  void prioritizeRunsTheGapAnalysisFirstAndScoresTheGapsAsMeasured() throws IOException {
    Prioritisation viaCli = fromJson(run("prioritize", "--format", "json", mikroFile().toString()));

    assertThat(viaCli).isEqualTo(prioritise(MikroCase.transformation(), PrioritisationOptions.builder()));
    // no gap of the five concepts is left to the assumed severity
    assertThat(viaCli.ranking()).flatExtracting(RankedConcept::contributions)
        .filteredOn(c -> c.kind() == dev.mom.priority.ContributionKind.GAP)
        .isNotEmpty().allSatisfy(c -> assertThat(c.assumed()).isFalse());
  }

  /**
   * strategic-fit with the measured gaps: Listen & Tell first (cheap, confident, aligned to three objectives),
   * then the insight tools and Product 2.0; the board green-lit all five, so against the top 3 it overrode
   * the model twice.
   */
  @Test
  void theMikroRankingAndAudit() throws IOException {
    Prioritisation mikro = fromJson(run("prioritize", "--format", "json", mikroFile().toString()));

    assertThat(ranking(mikro)).containsExactly("listen-and-tell", "insight-tools", "product-2-0",
        "customer-centric-hiring", "data-management");
    assertThat(mikro.ranking().get(0).score()).isCloseTo(0.2529, within(1e-4));
    assertThat(mikro.paretoFront()).extracting(Id::value).containsExactly("listen-and-tell", "insight-tools",
        "product-2-0");
    assertThat(mikro.audit().orElseThrow().overrides()).extracting(Id::value)
        .containsExactly("customer-centric-hiring", "data-management");
    assertThat(mikro.warnings()).isEmpty();
  }

  @Test
  void theCapacityChangesTheProposal() throws IOException {
    Path file = mikroFile();

    Prioritisation eight = fromJson(run("prioritize", "--capacity", "8", "--format", "json", file.toString()));
    Prioritisation sixteen = fromJson(run("prioritize", "--capacity", "16", "--format", "json", file.toString()));
    Prioritisation all = fromJson(run("prioritize", "--capacity", "24", "--format", "json", file.toString()));

    assertThat(selected(eight)).containsExactly("listen-and-tell", "product-2-0");
    // best value within 16, not sort and cut: data management (rank 5) fills the budget better than hiring
    assertThat(selected(sixteen)).containsExactly("listen-and-tell", "product-2-0", "data-management");
    GreenLightProposal proposal = sixteen.greenLight().orElseThrow();
    assertThat(proposal.totalEffort()).isEqualTo(16.0);
    assertThat(proposal.sortAndCut()).extracting(Id::value)
        .containsExactly("listen-and-tell", "product-2-0", "customer-centric-hiring");
    assertThat(proposal.totalValue()).isGreaterThan(proposal.sortAndCutValue());
    assertThat(selected(all)).hasSize(5);
    assertThat(all.audit().orElseThrow().overrides()).isEmpty();
    assertThat(run("prioritize", "--capacity", "16", file.toString()).out())
        .contains("Green-light proposal under capacity 16: listen-and-tell, product-2-0, data-management; effort 16 "
            + "of\n  16 (100.0%), value 1.607.\n");
  }

  @Test
  void theModelCanBeRice() throws IOException {
    Run run = run("prioritize", "--model", "rice", "--format", "json", mikroFile().toString());
    Prioritisation rice = fromJson(run);

    // RICE: listen-and-tell 200 × 1 × 0.8 ÷ 2 = 80; data-management 150 × 2 × 0.8 ÷ 8 = 30; insight-tools
    // 80 × 2 × 0.8 ÷ 5 = 25.6; product-2-0 60 × 2 × 0.8 ÷ 6 = 16; customer-centric-hiring 30 × 1 × 0.5 ÷ 3 = 5
    assertThat(ranking(rice)).containsExactly("listen-and-tell", "data-management", "insight-tools", "product-2-0",
        "customer-centric-hiring");
    assertThat(rice.ranking()).extracting(RankedConcept::score).containsExactly(80.0, 30.0, 25.6, 16.0, 5.0);
    assertThat(rice.robustness()).isEmpty();
    assertThat(run("prioritize", "--model", "rice", mikroFile().toString()).out())
        .contains("\nModel: rice (RICE: reach × impact × confidence ÷ effort)\n")
        .doesNotContain("Gap severities:");
  }

  @Test
  void aMustCoverAreaNoConceptAddressesGivesAWarning() throws IOException {
    Run run = run("prioritize", "--capacity", "24", "--must-cover", "corporate-strategy", mikroFile().toString());

    assertThat(run.exitCode()).isZero();
    // none of the five concepts addresses corporate strategy (the OKRs were redesigned later, unplanned)
    assertThat(run.out()).contains("\nAnswer: no selection within capacity 24 meets the constraints.\n")
        .contains("\nWarnings:\n  - no selection of candidates within capacity 24 covers every must-cover focus "
            + "area\n    [corporate-strategy]\n");
  }

  @Test
  void inconsistentPairwiseComparisonsShowTheAhpWeightsAndAWarning() throws IOException {
    Transformation mikro = MikroCase.transformation();
    Strategy strategy = mikro.strategy().orElseThrow();
    Strategy judged = strategy.withComparisons(
        judgement("decide-from-customer-data", "customer-led-product-development", 3),
        judgement("customer-led-product-development", "one-team-around-the-customer", 3),
        judgement("one-team-around-the-customer", "decide-from-customer-data", 3),
        judgement("decide-from-customer-data", "customer-metrics-in-goals", 5),
        judgement("customer-led-product-development", "customer-metrics-in-goals", 5),
        judgement("one-team-around-the-customer", "customer-metrics-in-goals", 5));
    Path file = mikroFile(mikro.withStrategy(judged));

    Run run = run("prioritize", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("board's pairwise comparisons (1 judge; CR 0.3964 > 0.1, inconsistent))\n")
        .contains("\nWarnings:\n  - the board's pairwise comparisons are inconsistent: consistency ratio 0.3964 "
            + "exceeds 0.1;");
  }

  private static PairwiseJudgement judgement(String more, String less, double value) {
    return PairwiseJudgement.builder().more(Id.of(more)).less(Id.of(less)).value(value).build();
  }

  // ---- prioritize: bad input ----------------------------------------------------------------------

  @Test
  void prioritizeListsConceptsThatDoNotFitThePlaybook() throws IOException {
    Transformation mikro = MikroCase.transformation();
    var concepts = mikro.concepts().stream().map(c -> c.id().value().equals("listen-and-tell")
        ? c.withGaps(Id.of("cooperation-and-working-culture"), Id.of("customer-insight-share"))
        : c.id().value().equals("data-management") ? c.withEffort(java.util.OptionalDouble.empty()) : c)
        .collect(Collectors.toList());
    Path file = mikroFile(mikro.withConcepts(concepts));

    Run run = run("prioritize", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("mom prioritize: " + file + ": the concepts do not fit the playbook 'mom' "
        + "(2 problems)\n"
        + "  /concepts/2/effort: the strategic-fit model (strategic-fit) needs the concept's effort\n"
        + "  /concepts/4/gaps/1: unknown gap 'customer-insight-share' (did you mean 'customer-insight-shared'?)\n");
  }

  @Test
  void anUnknownModelOrFocusAreaIsInvalidInput() throws IOException {
    Path file = mikroFile();

    Run model = run("prioritize", "--model", "ricee", file.toString());
    Run area = run("prioritize", "--capacity", "16", "--must-cover", "data-acess", file.toString());

    assertThat(model.exitCode()).isEqualTo(2);
    assertThat(model.err()).isEqualTo("mom prioritize: --model: the playbook 'mom' has no scoring model 'ricee'; "
        + "give one of strategic-fit, rice, ice, ice-mean, wsjf\n");
    assertThat(area.exitCode()).isEqualTo(2);
    assertThat(area.err()).isEqualTo("mom prioritize: --must-cover: the playbook 'mom' has no focus area "
        + "'data-acess'; give one of data-access-and-use, cooperation-and-working-culture, "
        + "product-management-and-development, corporate-strategy\n");
  }

  @Test
  void aCapacityOfZeroOrAMustCoverWithoutCapacityIsAUsageError() throws IOException {
    Path file = mikroFile();

    Run zero = run("prioritize", "--capacity", "0", file.toString());
    Run uncapped = run("prioritize", "--must-cover", "corporate-strategy", file.toString());
    Run badId = run("prioritize", "--model", "Rice Model", file.toString());

    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(zero.err()).isEqualTo("Invalid value for option '--capacity': must be more than 0, was 0\n"
        + "Try 'mom prioritize --help' for more information.\n");
    assertThat(uncapped.exitCode()).isEqualTo(2);
    assertThat(uncapped.err()).isEqualTo("--must-cover needs --capacity: it constrains the green-light proposal\n"
        + "Try 'mom prioritize --help' for more information.\n");
    assertThat(badId.exitCode()).isEqualTo(2);
    assertThat(badId.err()).startsWith("Invalid value for option '--model': invalid id 'Rice Model'");
  }

  @Test
  void withoutAGapModelTheAssumedSeverityIsUsedAndSaid() throws IOException {
    Path playbook = write("no-gaps.json", MomJson.standard().write(Playbooks.mom().withId(Id.of("no-gaps"))
        .withGaps(Optional.empty())));

    Run run = run("prioritize", "--playbook", playbook.toString(), mikroFile().toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\nGap severities: assumed 0.5 for every gap: the case has no gap measurements, "
        + "or the playbook no gap\n  model\n");
  }

  @Test
  void prioritizeWritesToAFileLeavingNoTemporaryFile() throws IOException {
    Path file = mikroFile();
    Path report = folder.resolve("prioritisation.txt");

    Run run = run("prioritize", "--out", report.toString(), file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo(golden("prioritize-mikro.txt"));
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactlyInAnyOrder(file, report);
    }
  }
}
