package dev.mom.examples.cli;

import static dev.mom.examples.cli.CliRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mom.examples.cli.CliRuns.Run;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consultant's whole workflow, end to end through the {@code mom} tool and from JSON files only: the
 * client playbook {@code consultant/halden-playbook.json} extends {@code mom} and
 * <ul>
 *   <li>adds the archetype {@code marketing-led}, an evidence kind {@code campaign-plan}, three rules that
 *       score it and an intervention {@code campaign-to-discovery} it recommends;
 *   <li>replaces the gap model with the consultant's Culture Compass: the four MOM focus areas, dimensions,
 *       indicators and severity bands removed by id ({@code "$remove": true}), three focus areas, two
 *       dimensions, six indicators on a 0–10 scale whose ideal is the measured desired state
 *       ({@code "idealFrom": "preferred"}: every respondent answers "now" and "preferred"), and three bands;
 *   <li>switches prioritisation to WSJF ({@code "defaultModel": "wsjf"}).
 * </ul>
 * The case {@code consultant/cases/halden-transformation.json} (a fictional brand) and the golden case
 * {@code consultant/cases/halden.expect.json} go with it. The consultant guide walks through the same files
 * and commands ({@code ConsultantGuideTest} keeps its printed outputs true).
 */
class ConsultantCaseTest {

  static final String RESOURCES = "/dev/mom/examples/consultant/";
  static final List<String> FILES =
      List.of("halden-playbook.json", "cases/halden-transformation.json", "cases/halden.expect.json");

  @TempDir
  Path folder;

  private final ObjectMapper mapper = new ObjectMapper();

  /** Copies the consultant's files into {@code folder}, keeping their layout. */
  static void copyFiles(Path folder) throws IOException {
    for (String name : FILES) {
      Path target = folder.resolve(name);
      Files.createDirectories(target.getParent());
      try (InputStream in = ConsultantCaseTest.class.getResourceAsStream(RESOURCES + name)) {
        assertThat(in).as(name).isNotNull();
        Files.write(target, in.readAllBytes());
      }
    }
  }

  @BeforeEach
  void files() throws IOException {
    copyFiles(folder);
  }

  private String path(String name) {
    return folder.resolve(name).toString();
  }

  private String playbook() {
    return path("halden-playbook.json");
  }

  private String caseFile() {
    return path("cases/halden-transformation.json");
  }

  /** Runs a command and returns its standard output as JSON, after checking it succeeded. */
  private JsonNode json(String... args) throws IOException {
    Run run = run(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return mapper.readTree(run.out());
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(field == null ? node.asText() : node.get(field).asText()));
    return values;
  }

  @Test
  void everyFileIsValidWithoutWarningsEvenWhenStrict() {
    Run run = run("validate", "--strict", playbook(), caseFile(), path("cases/halden.expect.json"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().replace(folder + "/", "")).isEqualTo(
        "halden-playbook.json: valid mom/playbook (schemaVersion 1)\n"
            + "cases/halden-transformation.json: valid mom/transformation (schemaVersion 1)\n"
            + "cases/halden.expect.json: valid mom/expectation (schemaVersion 1)\n");
  }

  @Test
  void theResolvedPlaybookIsTheDefaultWithTheClientsChanges() throws IOException {
    JsonNode resolved = json("playbook", "resolve", playbook());

    assertThat(resolved.has("extends")).isFalse();
    assertThat(resolved.get("id").asText()).isEqualTo("halden");
    assertThat(texts(resolved.get("focusAreas"), "id"))
        .containsExactly("customer-closeness", "collaboration", "decision-making");
    // the 22 MOM interventions, then the client's one appended
    assertThat(texts(resolved.get("interventions"), "id")).hasSize(23).endsWith("campaign-to-discovery");
    JsonNode diagnosis = resolved.get("diagnosis");
    assertThat(texts(diagnosis.get("archetypes"), "id")).containsExactly("engineering-led", "sales-led",
        "executive-led", "product-led", "customer-driven", "marketing-led");
    assertThat(texts(diagnosis.get("archetypes").get(5).get("interventions"), null))
        .containsExactly("campaign-to-discovery", "customer-research", "jobs-to-be-done", "outcome-metrics");
    // the 35 MOM rules, then the client's three
    assertThat(texts(diagnosis.get("rules"), "id")).hasSize(38)
        .endsWith("marketing-decides", "campaigns-set-the-road-map", "marketing-decides-without-insight");
    JsonNode gaps = resolved.get("gaps");
    assertThat(texts(gaps.get("indicators"), "id")).containsExactly("we-meet-customers", "customer-data-shared",
        "briefs-start-from-problems", "marketing-and-product-plan-together", "experiments-are-safe",
        "rewards-follow-customer-outcomes");
    gaps.get("indicators").forEach(i -> assertThat(i.get("idealFrom").asText()).isEqualTo("preferred"));
    assertThat(texts(gaps.get("dimensions"), "id")).containsExactly("behaviours", "systems");
    assertThat(texts(gaps.get("severityBands"), "id")).containsExactly("on-track", "stretch", "urgent");
    assertThat(gaps.get("maturityThreshold").asDouble()).isEqualTo(0.1);
    assertThat(resolved.get("prioritisation").get("defaultModel").asText()).isEqualTo("wsjf");
  }

  @Test
  void theResolvedPlaybookIsAValidCompletePlaybookThatGivesTheSameDiagnosis() throws IOException {
    Path resolved = folder.resolve("halden-resolved.json");
    assertThat(run("playbook", "resolve", playbook(), "--out", resolved.toString()).exitCode()).isZero();

    Run validate = run("validate", "--strict", resolved.toString());
    JsonNode fromResolved = json("diagnose", caseFile(), "--playbook", resolved.toString(), "--format", "json");
    JsonNode fromClient = json("diagnose", caseFile(), "--playbook", playbook(), "--format", "json");

    assertThat(validate.exitCode()).as(validate.out()).isZero();
    assertThat(fromResolved).isEqualTo(fromClient);
  }

  @Test
  void theDiffAgainstTheDefaultListsEveryChangeById() throws IOException {
    Path base = folder.resolve("mom-playbook.json");
    assertThat(run("playbook", "export", "--out", base.toString()).exitCode()).isZero();

    Run run = run("playbook", "diff", base.toString(), playbook());

    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().replace(folder + "/", "").lines().toList();
    // id, version, title, description (4); focus areas 4 removed + 3 added (7); 1 intervention, 1 archetype,
    // 1 evidence kind, 3 rules (6); indicators 16 removed + 6 added (22); dimensions 4 + 2 (6); bands 4 + 3
    // (7); the default model (1): 4 + 7 + 6 + 22 + 6 + 7 + 1 = 53
    assertThat(lines.get(0))
        .isEqualTo("mom-playbook.json (mom 1) → halden-playbook.json (halden 2026.1): 53 differences");
    assertThat(lines).hasSize(54).contains(
        "  focusAreas: removed data-access-and-use",
        "  focusAreas: added decision-making",
        "  interventions: added campaign-to-discovery",
        "  diagnosis.archetypes: added marketing-led",
        "  diagnosis.evidenceKinds: added campaign-plan",
        "  diagnosis.rules: added marketing-decides-without-insight",
        "  gaps.indicators: removed customer-metrics-in-okrs",
        "  gaps.indicators: added briefs-start-from-problems",
        "  gaps.dimensions: added systems",
        "  gaps.severityBands: removed critical",
        "  gaps.severityBands: added urgent");
    assertThat(lines.get(53)).isEqualTo("  prioritisation.defaultModel: changed \"strategic-fit\" → \"wsjf\"");
  }

  @Test
  void diagnoseFindsTheClientsOwnArchetypeDominant() throws IOException {
    JsonNode diagnosis = json("diagnose", caseFile(), "--playbook", playbook(), "--format", "json");

    // 10 decisions. Marketing decides 6 (h-01..h-06): decidedBy.marketing = 0.6; initiates 5 (h-01..h-05):
    // initiatedBy.marketing = 0.5; a campaign plan is evidence in 4 (h-01..h-04): 0.4; customer insight
    // (support tickets) in 2 (h-06, h-07): customerInsight = 0.2. So marketing-decides (0.6 >= 0.4, 3 points),
    // campaigns-set-the-road-map (0.5 >= 0.3 and 0.4 >= 0.3, 2) and marketing-decides-without-insight
    // (0.6 >= 0.25 and 0.2 < 0.3, 2) fire: 7 points. 8 of 10 are strategy-linked (all but h-08, h-10):
    // strategy-linked-decisions (0.8 >= 0.7) gives customer-driven 1. No other rule fires: no function but
    // marketing decides 25% or more (product 0.2, engineering 0.1, executive 0.1), nothing is overridden,
    // 1 of 10 is an experiment (0.1 < 0.4), consultation breadth is (9 × 2 + 3) / 5 / 10 = 0.42 < 0.5
    // (h-06 involves product, marketing and support, the others two of the 5 functions), and there are no
    // survey answers or observations. Total 8: marketing-led 7/8 = 0.875, customer-driven 1/8 = 0.125; the
    // lead 0.75 is above the mixed margin 0.1, so marketing-led is dominant, 1 - 0.125 = 0.875 from the ideal.
    assertThat(diagnosis.get("verdict").asText()).isEqualTo("dominant");
    assertThat(diagnosis.get("dominant").asText()).isEqualTo("marketing-led");
    JsonNode marketing = diagnosis.get("scores").get(5);
    assertThat(marketing.get("archetype").asText()).isEqualTo("marketing-led");
    assertThat(marketing.get("points").asDouble()).isEqualTo(7.0);
    assertThat(marketing.get("share").asDouble()).isEqualTo(0.875);
    assertThat(texts(marketing.get("rules"), null))
        .containsExactly("marketing-decides", "campaigns-set-the-road-map", "marketing-decides-without-insight");
    assertThat(diagnosis.get("scores").get(4).get("share").asDouble()).isEqualTo(0.125);
    assertThat(diagnosis.get("distanceToIdeal").asDouble()).isEqualTo(0.875);
    assertThat(diagnosis.get("signals").get("decisions.consultationBreadth").asDouble()).isCloseTo(0.42, within(1e-12));
    assertThat(texts(diagnosis.get("interventions"), "intervention")).first().isEqualTo("campaign-to-discovery");
  }

  @Test
  void gapsMeasureTheDistanceToThePreferredState() throws IOException {
    JsonNode gaps = json("gaps", caseFile(), "--playbook", playbook(), "--format", "json");

    // Five respondents rate each statement 0-10 now and preferred; the ideal is the mean preferred answer and
    // the shortfall (preferred - now) / 10:
    //   we-meet-customers (L1)        now 33/5 = 6.6, preferred 36/5 = 7.2: 0.06, on track (<= 0.1)
    //   customer-data-shared (L1)     now 35/5 = 7.0, preferred 39/5 = 7.8: 0.08, on track
    //   briefs-start-from-problems    now 14/5 = 2.8, preferred 40/5 = 8.0: 0.52, urgent (> 0.3); weight 2
    //     (L2)
    //   marketing-and-product-plan-   now 20/5 = 4.0, preferred 40/5 = 8.0: 0.40, urgent
    //     together (L2)
    //   experiments-are-safe (L3)     now 17/5 = 3.4, preferred 31/5 = 6.2: 0.28, stretch (<= 0.3)
    //   rewards-follow-customer-      now 25/5 = 5.0, preferred 31/5 = 6.2: 0.12, stretch
    //     outcomes (L4)
    // Weights sum to 7; contributions 2 × 0.52 / 7 = 0.1486 first, then 0.40 / 7, 0.28 / 7, 0.12 / 7,
    // 0.08 / 7, 0.06 / 7. Overall (0.06 + 0.08 + 1.04 + 0.40 + 0.28 + 0.12) / 7 = 1.98 / 7 = 0.2829 (stretch).
    // Staged rule, threshold 0.1: level 1 is met (0.06, 0.08), level 2 is not (0.52, 0.40): the stage reached
    // is understanding-the-customer, blocked at level 2 by the two urgent gaps.
    assertThat(texts(gaps.get("ranking"), null)).containsExactly("briefs-start-from-problems",
        "marketing-and-product-plan-together", "experiments-are-safe", "rewards-follow-customer-outcomes",
        "customer-data-shared", "we-meet-customers");
    JsonNode top = gaps.get("indicators").get(2);
    assertThat(top.get("indicator").asText()).isEqualTo("briefs-start-from-problems");
    assertThat(top.get("current").asDouble()).isCloseTo(2.8, within(1e-9));
    assertThat(top.get("ideal").asDouble()).isCloseTo(8.0, within(1e-9));
    assertThat(top.get("shortfall").asDouble()).isCloseTo(0.52, within(1e-9));
    assertThat(top.get("severity").asText()).isEqualTo("urgent");
    assertThat(top.get("contribution").asDouble()).isCloseTo(1.04 / 7, within(1e-9));
    assertThat(gaps.get("overall").get("shortfall").asDouble()).isCloseTo(1.98 / 7, within(1e-9));
    assertThat(gaps.get("overall").get("severity").asText()).isEqualTo("stretch");
    JsonNode stage = gaps.get("stage");
    assertThat(stage.get("reached").asText()).isEqualTo("understanding-the-customer");
    assertThat(stage.get("next").asText()).isEqualTo("customer-centric-product-development");
    assertThat(texts(stage.get("blockers"), "indicator"))
        .containsExactly("briefs-start-from-problems", "marketing-and-product-plan-together");
  }

  @Test
  void prioritizeRanksByWsjf() throws IOException {
    JsonNode priorities =
        json("prioritize", caseFile(), "--playbook", playbook(), "--capacity", "3", "--format", "json");

    // WSJF = cost of delay / job size, cost of delay = user-business value + time criticality + risk reduction:
    //   joint-planning-ritual  (8 + 5 + 8) / 3  = 21 / 3 = 7
    //   problem-first-briefs   (13 + 8 + 5) / 5 = 26 / 5 = 5.2
    //   experiment-budget      (5 + 2 + 8) / 5  = 15 / 5 = 3
    //   customer-panel         (8 + 3 + 2) / 8  = 13 / 8 = 1.625
    // Within 3 person-months (efforts 1, 2, 2, 3) the most cost of delay is joint-planning-ritual and
    // problem-first-briefs: 21 + 26 = 47 for effort 3 (the other pairs that fit: 21 + 15 = 36; customer-panel
    // alone 13).
    assertThat(priorities.get("model").asText()).isEqualTo("wsjf");
    assertThat(texts(priorities.get("ranking"), "concept"))
        .containsExactly("joint-planning-ritual", "problem-first-briefs", "experiment-budget", "customer-panel");
    List<Double> scores = new ArrayList<>();
    priorities.get("ranking").forEach(c -> scores.add(c.get("score").asDouble()));
    assertThat(scores).containsExactly(7.0, 5.2, 3.0, 1.625);
    assertThat(priorities.get("ranking").get(0).get("substituted").asText()).isEqualTo("score = (8 + 5 + 8) ÷ 3 = 7");
    JsonNode greenLight = priorities.get("greenLight");
    assertThat(texts(greenLight.get("selected"), null)).containsExactly("joint-planning-ritual", "problem-first-briefs");
    assertThat(greenLight.get("totalValue").asDouble()).isEqualTo(47.0);
  }

  @Test
  void theReportRunsEveryEngineWithTheClientPlaybook() throws IOException {
    Path html = folder.resolve("halden-report.html");

    Run text = run("report", caseFile(), "--playbook", playbook());
    Run page = run("report", caseFile(), "--playbook", playbook(), "--format", "html", "--out", html.toString());

    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).startsWith("MOM report: Halden Outdoor — from campaigns to customers\n"
        + "========================================================\n"
        + "\n"
        + "Case halden-culture-compass, playbook halden 2026.1.\n"
        + "\n"
        + "Executive summary\n"
        + "-----------------\n"
        + "- Product decisions are marketing-led (confidence low, 0.083).\n"
        + "- Start with From campaign to discovery, Customer research and joint ideation and Jobs to be done.\n"
        + "- Theory-of-Change stage reached: understanding-the-customer. Next:\n"
        + "  customer-centric-product-development, blocked by 2 indicators.\n"
        + "- Highest-ranked concepts: Joint planning ritual, Problem-first briefs and Experiment budget.\n");
    assertThat(page.exitCode()).as(page.err()).isZero();
    String written = Files.readString(html, StandardCharsets.UTF_8);
    // the page's three charts: the archetype shares, the gap heat map over the client's own focus areas, and the
    // concepts' value (WSJF's cost of delay) against effort
    assertThat(written).startsWith("<!DOCTYPE html>").contains(
        "<title>Marketing-led: 87.5%</title>",
        "<title>Evidence-based decision making × Customer-centric product development: 0.52 (mean normalised gap "
            + "of 1 indicator)</title>",
        "<title>#1 Joint planning ritual: value 21, effort 1, Pareto-optimal</title>");
  }

  @Test
  void theGoldenCasePasses() {
    Run run = run("playbook", "test", playbook(), "--cases", path("cases"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("PASS halden (case halden-transformation.json)\n1 case: 1 passed, 0 failed\n");
  }

  @Test
  void theGoldenCaseFailsWithTheDefaultPlaybook() throws IOException {
    // the same case under the MOM playbook: no marketing-led archetype and no Culture Compass indicators, so the
    // case's measurements and concept gaps do not fit it and the case cannot run
    Path base = folder.resolve("mom-playbook.json");
    assertThat(run("playbook", "export", "--out", base.toString()).exitCode()).isZero();

    Run run = run("playbook", "test", base.toString(), "--cases", path("cases"));

    // 4 decisions cite the evidence kind campaign-plan, 30 measurements name Culture Compass indicators, the
    // strategy names 3 of its focus areas and 6 of its indicators, and the default model (strategic-fit) needs
    // each of the 4 concepts' confidence: 4 + 30 + 9 + 4 = 47
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().replace(folder + "/", "")).startsWith(
        "mom playbook test: cases: the cases cannot be run with the playbook 'mom' (47 problems)\n"
            + "  cases/halden-transformation.json: /decisions/0/evidence/0: unknown evidence kind 'campaign-plan'; ")
        .contains("  cases/halden-transformation.json: /measurements/0/indicator: unknown indicator 'we-meet-customers'; ",
            "  cases/halden-transformation.json: /concepts/3/confidence: the strategic-fit model (strategic-fit) needs "
                + "the concept's confidence\n");
  }
}
