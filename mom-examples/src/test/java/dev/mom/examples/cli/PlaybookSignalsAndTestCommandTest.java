package dev.mom.examples.cli;

import static dev.mom.examples.cli.CliRuns.golden;
import static dev.mom.examples.cli.CliRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mom.examples.cli.CliRuns.Run;
import dev.mom.json.MomJson;
import dev.mom.playbook.Engine;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.Playbooks;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code mom playbook signals}, {@code mom playbook test} and the playbook check of {@code mom validate}, with
 * the corpus of playbooks in {@code playbook-check/} (each {@code NAME.json} with the exact report in
 * {@code NAME.expected}) and the golden cases in {@code playbook-test/}.
 */
class PlaybookSignalsAndTestCommandTest {

  @TempDir
  Path folder;

  private Path defaultPlaybook() throws IOException {
    return CliRuns.write(folder, "mom-playbook.json", MomJson.standard().write(Playbooks.mom()));
  }

  /** A folder with the bundled Mikro case as {@code mikro.json} and the named expectations from playbook-test/. */
  private Path cases(String... expectations) throws IOException {
    Path cases = Files.createDirectories(folder.resolve("cases"));
    CliRuns.mikroFile(cases);
    for (String expectation : expectations) {
      CliRuns.write(cases, expectation, golden("playbook-test/" + expectation));
    }
    return cases;
  }

  // ---- playbook ---------------------------------------------------------------------------------------

  @Test
  void playbookWithoutASubcommandIsAUsageError() {
    Run run = run("playbook");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("Missing command: give one of export, resolve, diff, signals, test, help\n"
        + "Try 'mom playbook --help' for more information.\n");
  }

  @Test
  void momHelpListsThePlaybookCommand() {
    assertThat(run("--help").out()).contains("  playbook  ");
  }

  // ---- playbook signals -------------------------------------------------------------------------------

  @Test
  void signalsOfTheDefaultPlaybookMatchTheGoldenFile() throws IOException {
    Run run = run("playbook", "signals");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(golden("playbook-signals-mom.txt"));
  }

  @Test
  void signalsAsJsonListTheSameSignalsAsTheText() throws IOException {
    Run run = run("playbook", "signals", "--format", "json");
    JsonNode json = new ObjectMapper().readTree(run.out());

    assertThat(run.exitCode()).isZero();
    assertThat(json.get("playbook").asText()).isEqualTo("mom");
    assertThat(json.get("engines")).hasSize(5);
    int total = 0;
    for (JsonNode engine : json.get("engines")) {
      Engine which = Engine.byId(engine.get("engine").asText()).orElseThrow();
      assertThat(engine.get("signals")).as(which.id()).hasSize(which.signals(Playbooks.mom()).size());
      total += engine.get("signals").size();
    }
    // the text's first line gives the total; every signal line of the text starts with two spaces and a name
    String text = golden("playbook-signals-mom.txt");
    assertThat(text).startsWith("Signals of the playbook 'mom' (version 1): " + total + " signals\n");
    long lines = text.lines().filter(l -> l.matches("  [a-z][A-Za-z0-9_.-]*  \\S+–\\S+")).count();
    assertThat(lines).isEqualTo(total).isEqualTo(Playbooks.mom().diagnosis().orElseThrow().signalCatalogue().size());
    JsonNode first = json.get("engines").get(0).get("signals").get(0);
    assertThat(first.get("name").asText()).isEqualTo("decisions.count");
    assertThat(first.get("min").asDouble()).isZero();
    assertThat(first.get("max").asDouble()).isEqualTo(1e9);
  }

  @Test
  void signalsOfOneEngineOfAPlaybookFile() throws IOException {
    Path file = CliRuns.write(folder, "client.json", golden("playbook-check/parts-that-cannot-matter.json"));

    Run gaps = run("playbook", "signals", "--playbook", file.toString(), "--engine", "gaps");
    Run diagnosis = run("playbook", "signals", "--playbook", file.toString(), "--engine", "diagnosis",
        "--format", "markdown");

    assertThat(gaps.exitCode()).isZero();
    assertThat(gaps.out()).isEqualTo("Signals of the playbook 'client' (version 1): 0 signals\n"
        + "\n"
        + "gaps (gap scoring): no signals\n"
        + "  This engine is configured by weights, bands and thresholds, not by rules.\n");
    // two functions × 4 decision shares, 1 count, 8 decision signals, 1 evidence kind; 1 survey count and 1
    // observation count, no survey items or codes: 1 + 8 + 8 + 1 + 1 + 1 = 20
    assertThat(diagnosis.exitCode()).isZero();
    assertThat(diagnosis.out()).startsWith("# Signals of the playbook client (version 1)\n\n20 signals for rules to "
        + "test, by engine.\n\n## diagnosis — stakeholder-dominance diagnosis\n\n| signal | range | meaning |\n"
        + "| --- | --- | --- |\n| `decisions.count` | 0–1000000000 | Number of sampled decisions |\n");
    assertThat(diagnosis.out().lines().filter(l -> l.startsWith("| `"))).hasSize(20);
  }

  @Test
  void signalsOfAPlaybookWithoutADiagnosisSayWhy() throws IOException {
    Playbook withoutDiagnosis = Playbook.copyOf(Playbooks.mom()).withDiagnosis(java.util.Optional.empty());
    Path file = CliRuns.write(folder, "no-diagnosis.json", MomJson.standard().write(withoutDiagnosis));

    Run run = run("playbook", "signals", "--playbook", file.toString(), "--engine", "diagnosis");

    assertThat(run.out()).isEqualTo("Signals of the playbook 'mom' (version 1): 0 signals\n"
        + "\n"
        + "diagnosis (stakeholder-dominance diagnosis): no signals\n"
        + "  The playbook has no \"diagnosis\" section.\n");
  }

  @Test
  void signalsWriteTheOutFile() throws IOException {
    Path out = folder.resolve("signals.txt");

    Run run = run("playbook", "signals", "--out", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(golden("playbook-signals-mom.txt"));
  }

  @Test
  void signalsOfAnInvalidPlaybookAreInvalidInput() throws IOException {
    Path file = CliRuns.write(folder, "client.json", golden("playbook-check/unknown-signal.json"));

    Run run = run("playbook", "signals", "--playbook", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("mom playbook signals: " + file + ": 2 problems\n"
        + "  /diagnosis/rules/0/when: unknown signal 'decisions.decidedBy.sale'; did you mean "
        + "'decisions.decidedBy.sales'?\n"
        + "  /diagnosis/rules/1/when: unknown signal 'decisions.budget': the engine publishes no signal of that name\n");
  }

  @Test
  void anUnknownEngineIsAUsageError() {
    Run run = run("playbook", "signals", "--engine", "gap");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("Invalid value for option '--engine': expected one of diagnosis, gaps, "
        + "prioritisation, traceability, impact but was 'gap'\n");
  }

  // ---- validate: the playbook check -------------------------------------------------------------------

  static Stream<String> corpus() throws IOException, URISyntaxException {
    Path dir = Path.of(PlaybookSignalsAndTestCommandTest.class.getResource("playbook-check").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void validateReportsExactlyTheExpectedProblemsAndWarnings(String name) throws IOException {
    Path file = CliRuns.write(folder, name + ".json", golden("playbook-check/" + name + ".json"));
    String expected = golden("playbook-check/" + name + ".expected");

    Run run = run("validate", file.toString());
    Run strict = run("validate", "--strict", file.toString());

    assertThat(run.out().replace(file.toString(), name + ".json")).isEqualTo(expected);
    boolean errors = !expected.lines().findFirst().orElseThrow().contains("valid mom/playbook");
    boolean warnings = expected.contains("\n  warning ");
    assertThat(run.exitCode()).as("exit code").isEqualTo(errors ? 2 : 0);
    assertThat(strict.exitCode()).as("exit code with --strict").isEqualTo(errors || warnings ? 2 : 0);
    assertThat(strict.out()).isEqualTo(run.out());
  }

  @Test
  void theCorpusHasFilesForEachKindOfProblemAndTwoWithManyAtOnce() throws Exception {
    assertThat(corpus().toList()).containsExactly("always-true-rules", "dangling-references", "duplicate-ids",
        "duplicate-ids-in-the-playbook",
        "many-errors-at-once", "many-warnings-at-once", "parts-that-cannot-matter", "threshold-partly-off-range",
        "thresholds-off-scale", "unknown-signal", "unreachable-rules", "weights-that-cannot-matter");
  }

  @Test
  void validateListsWarningsAsJson() throws IOException {
    Path file = CliRuns.write(folder, "client.json", golden("playbook-check/threshold-partly-off-range.json"));

    Run run = run("validate", "--format", "json", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("[\n"
        + "  {\n"
        + "    \"file\": \"" + file.toString().replace("\\", "\\\\") + "\",\n"
        + "    \"valid\": true,\n"
        + "    \"kind\": \"mom/playbook\",\n"
        + "    \"problems\": [],\n"
        + "    \"warnings\": [\n"
        + "      {\n"
        + "        \"pointer\": \"/diagnosis/rules/2/when\",\n"
        + "        \"message\": \"decisions.customerInsight in [0.5, 2]: the upper end 2 is off the signal's range "
        + "[0, 1]; use 1 or a one-sided comparison\"\n"
        + "      }\n"
        + "    ]\n"
        + "  }\n"
        + "]\n");
  }

  @Test
  void theDefaultPlaybookHasNoWarnings() throws IOException {
    Path file = defaultPlaybook();

    Run run = run("validate", "--strict", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(file + ": valid mom/playbook (schemaVersion 1)\n");
  }

  // ---- playbook test ----------------------------------------------------------------------------------

  @Test
  void theMikroCasePassesWithTheDefaultPlaybook() throws IOException {
    Path cases = cases("mikro.expect.json");

    Run run = run("playbook", "test", defaultPlaybook().toString(), "--cases", cases.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("PASS mikro (case mikro.json)\n1 case: 1 passed, 0 failed\n");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void aFailingExpectationListsEveryMismatchAndExitsWithOne() throws IOException {
    Path cases = cases("mikro-sales-led.expect.json");

    Run run = run("playbook", "test", defaultPlaybook().toString(), "--cases", cases.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(golden("playbook-test-failing.txt"));
    assertThat(run.exitCode()).isEqualTo(1);
  }

  @Test
  void passingAndFailingCasesAsJson() throws IOException {
    Path cases = cases("mikro.expect.json", "mikro-sales-led.expect.json");

    Run run = run("playbook", "test", defaultPlaybook().toString(), "--cases", cases.toString(), "--format", "json");
    JsonNode json = new ObjectMapper().readTree(run.out());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(json.get("playbook").asText()).isEqualTo("mom");
    assertThat(json.get("passed").asInt()).isEqualTo(1);
    assertThat(json.get("failed").asInt()).isEqualTo(1);
    // file names in order: mikro-sales-led.expect.json before mikro.expect.json
    assertThat(json.get("cases").get(0).get("name").asText()).isEqualTo("mikro-sales-led");
    assertThat(json.get("cases").get(0).get("mismatches")).hasSize(7);
    JsonNode stage = json.get("cases").get(0).get("mismatches").get(2);
    assertThat(stage.get("property").asText()).isEqualTo("stage");
    assertThat(stage.get("expected").asText()).isEqualTo("'understanding-the-customer'");
    assertThat(stage.get("actual").asText()).isEqualTo("no level reached");
    assertThat(stage.get("explanation").asText()).isEqualTo("/gaps/stage/explanation");
    assertThat(json.get("cases").get(1).get("passed").asBoolean()).isTrue();
    assertThat(json.get("cases").get(1).get("mismatches")).isEmpty();
  }

  @Test
  void anInvalidExpectationIsInvalidInputWithEveryProblemAndPointer() throws IOException {
    Path cases = cases("mikro.expect.json", "invalid.expect.json");

    Run run = run("playbook", "test", defaultPlaybook().toString(), "--cases", cases.toString());

    Path invalid = cases.resolve("invalid.expect.json");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("mom playbook test: " + cases + ": 1 file is not a valid MOM document (4 problems)\n"
        + "  " + invalid + ": /verdict: unknown value 'sales-led'; expected one of dominant, mixed, inconclusive "
        + "(rejected: sales-led)\n"
        + "  " + invalid + ": /stage: invalid id 'Level 1': use 1 to 64 characters from a-z, 0-9, '-', '_' and '.' "
        + "(no capitals, no spaces) (rejected: Level 1)\n"
        + "  " + invalid + ": /impact/nps: unknown value 'better'; expected one of improved, worsened, "
        + "no-detectable-change, insufficient-data (rejected: better)\n"
        + "  " + invalid + ": /rankin: unknown property 'rankin' (did you mean 'ranking'?)\n");
  }

  @Test
  void anExpectationMustNameACaseInTheFolder() throws IOException {
    Path cases = cases();
    CliRuns.write(cases, "ghost.expect.json", "{\"kind\": \"mom/expectation\", \"schemaVersion\": 1, "
        + "\"case\": \"ghost.json\", \"verdict\": \"mixed\"}");
    CliRuns.write(cases, "self.expect.json", "{\"kind\": \"mom/expectation\", \"schemaVersion\": 1, "
        + "\"case\": \"ghost.expect.json\", \"verdict\": \"mixed\"}");

    Run run = run("playbook", "test", defaultPlaybook().toString(), "--cases", cases.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("mom playbook test: " + cases + ": the cases cannot be run with the playbook "
        + "'mom' (2 problems)\n"
        + "  " + cases.resolve("ghost.expect.json") + ": /case: no file 'ghost.json' in " + cases + "\n"
        + "  " + cases.resolve("self.expect.json") + ": /case: 'ghost.expect.json' is a mom/expectation document, "
        + "not a mom/transformation case\n");
  }

  @Test
  void aFolderWithoutExpectationsIsInvalidInput() throws IOException {
    Path cases = cases();

    Run run = run("playbook", "test", defaultPlaybook().toString(), "--cases", cases.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("mom playbook test: " + cases + ": no mom/expectation document in the folder;");
  }

  @Test
  void anInvalidPlaybookIsInvalidInputBeforeAnyCaseRuns() throws IOException {
    Path cases = cases("mikro.expect.json");
    Path playbook = CliRuns.write(folder, "client.json", golden("playbook-check/duplicate-ids.json"));

    Run run = run("playbook", "test", playbook.toString(), "--cases", cases.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("mom playbook test: " + playbook + ": 2 problems\n"
        + "  /diagnosis/rules/1/id: duplicate rule id 'sales-decides', already used by rules[0]\n"
        + "  /gaps/indicators/1/id: indicators[1].id 'data-used' is already used by indicators[0]\n");
  }

  @Test
  void aCaseThatDoesNotFitThePlaybookIsInvalidInputWithPointersIntoTheCase() throws IOException {
    Path cases = cases("mikro.expect.json");
    Path playbook = CliRuns.write(folder, "client.json", golden("playbook-check/parts-that-cannot-matter.json"));

    Run run = run("playbook", "test", playbook.toString(), "--cases", cases.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    List<String> lines = run.err().lines().toList();
    assertThat(lines.get(0)).startsWith("mom playbook test: " + cases + ": the cases cannot be run with the playbook "
        + "'client' (");
    assertThat(lines.subList(1, lines.size())).isNotEmpty()
        .allSatisfy(l -> assertThat(l).startsWith("  " + cases.resolve("mikro.json") + ": /"));
  }

  @Test
  void theExpectationsInTheTestResourcesAreDocumentsOfTheirKind() throws IOException {
    for (String name : List.of("mikro.expect.json", "mikro-sales-led.expect.json")) {
      try (InputStream in = PlaybookSignalsAndTestCommandTest.class.getResourceAsStream("playbook-test/" + name)) {
        assertThat(MomJson.standard().readDocument(in.readAllBytes()).kind().id()).isEqualTo("mom/expectation");
      }
    }
  }
}
