package dev.mom.examples.cli;

import static dev.mom.examples.cli.CliRuns.golden;
import static dev.mom.examples.cli.CliRuns.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.mom.examples.cli.CliRuns.Run;
import dev.mom.diagnosis.ArchetypeScore;
import dev.mom.diagnosis.ConfidenceLevel;
import dev.mom.diagnosis.DominanceDiagnoser;
import dev.mom.diagnosis.DominanceDiagnosis;
import dev.mom.diagnosis.PerceivedDominance;
import dev.mom.diagnosis.Verdict;
import dev.mom.examples.mikro.MikroCase;
import dev.mom.examples.report.CaseOverview;
import dev.mom.impact.ImpactAssessment;
import dev.mom.impact.ImpactAssessor;
import dev.mom.impact.ImpactVerdict;
import dev.mom.impact.OutcomeImpact;
import dev.mom.json.MomJson;
import dev.mom.model.Id;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.Playbooks;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Runs the {@code mom} command in-process, with standard output and error captured. */
class MomCommandTest {

  @TempDir
  Path folder;

  private Path write(String name, String content) throws IOException {
    return CliRuns.write(folder, name, content);
  }

  private Path mikroFile() throws IOException {
    return CliRuns.mikroFile(folder);
  }

  // ---- the top command ------------------------------------------------------------------------------

  @Test
  void versionIsDevelopmentOutsideTheJar() {
    Run run = run("--version");

    // the classes under test come from target/classes, which has no manifest; the jar says 0.1.0-SNAPSHOT
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("mom development\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void helpListsTheCommandsAndExitCodes() {
    Run run = run("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: mom [-hV] [--debug] [COMMAND]")
        .contains("  demo  ", "  diagnose  ", "  gaps  ", "  prioritize  ", "  trace  ", "  impact  ",
            "  report  ", "  validate  ", "  playbook  ", "  schema  ",
            "Exit codes: 0 ok, 1 findings (a golden case of 'mom playbook test' failed), 2");
  }

  @Test
  void withoutACommandItIsAUsageError() {
    Run run = run();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("Missing command: give one of demo, diagnose, gaps, prioritize, trace, impact, "
        + "report, validate, playbook, schema, generate, help\n"
        + "Try 'mom --help' for more information.\n");
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithAHint() throws IOException {
    Run run = run("validate", "--bogus", mikroFile().toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("Unknown option: '--bogus'\n"
        + "Try 'mom validate --help' for more information.\n");
  }

  @Test
  void aMistypedCommandGetsASuggestion() {
    Run run = run("valdate", "x.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("Unmatched arguments from index 0: 'valdate', 'x.json'\n"
        + "Did you mean: mom validate or mom generate?\n"
        + "Try 'mom --help' for more information.\n");
  }

  @Test
  void anUnknownFormatNamesTheFormats() {
    Run run = run("demo", "--format", "html");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("Invalid value for option '--format': expected one of text, markdown but was 'html'\n"
        + "Try 'mom demo --help' for more information.\n");
  }

  // ---- internal errors ------------------------------------------------------------------------------

  /** A command that fails the way a bug would. */
  @Command(name = "explode")
  static final class Explode implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("boom\n  on a second line");
    }
  }

  private static CommandLine withExplode() {
    CommandLine commandLine = MomCommand.commandLine(new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));
    commandLine.addSubcommand(new Explode());
    return commandLine;
  }

  @Test
  void anInternalErrorExitsWith3AndOneLineWithoutAStackTrace() {
    Run run = run(withExplode(), "explode");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("mom: internal error: java.lang.IllegalStateException: boom on a second line "
        + "(run again with --debug for the stack trace)\n");
  }

  @Test
  void anInternalErrorWithDebugPrintsTheStackTrace() {
    for (String[] args : new String[][] {{"--debug", "explode"}, {"explode", "--debug"}}) {
      Run run = run(withExplode(), args);

      assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(3);
      assertThat(run.err()).as(String.join(" ", args))
          .startsWith("mom: internal error: java.lang.IllegalStateException: boom on a second line\n"
              + "java.lang.IllegalStateException: boom\n")
          .contains("\tat dev.mom.examples.cli.MomCommandTest$Explode.call(");
    }
  }

  // ---- validate -------------------------------------------------------------------------------------

  @Test
  void validateAcceptsTheMikroCase() throws IOException {
    Path file = mikroFile();

    Run run = run("validate", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(file + ": valid mom/transformation (schemaVersion 1)\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validateAcceptsAPlaybook() throws IOException {
    Path file = write("mom-playbook.json", MomJson.standard().write(Playbooks.mom()));

    Run run = run("validate", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(file + ": valid mom/playbook (schemaVersion 1)\n");
  }

  private static final String BROKEN = "{\n"
      + "  \"kind\": \"mom/transformation\",\n"
      + "  \"schemaVersion\": 1,\n"
      + "  \"id\": \"Mikro Case\",\n"
      + "  \"title\": \"Broken\",\n"
      + "  \"organisation\": {\n"
      + "    \"id\": \"mikro\",\n"
      + "    \"nmae\": \"Mikro Yazılım\"\n"
      + "  },\n"
      + "  \"teams\": []\n"
      + "}\n";

  private static final String DUPLICATE_KEY = "{\n"
      + "  \"kind\": \"mom/transformation\",\n"
      + "  \"schemaVersion\": 1,\n"
      + "  \"id\": \"a\",\n"
      + "  \"id\": \"b\"\n"
      + "}\n";

  @Test
  void validateListsEveryProblemOfABrokenFile() throws IOException {
    Path file = write("broken.json", BROKEN);

    Run run = run("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEqualTo(file + ": 3 problems\n"
        + "  /id: invalid id 'Mikro Case': use 1 to 64 characters from a-z, 0-9, '-', '_' and '.' "
        + "(no capitals, no spaces) (rejected: Mikro Case)\n"
        + "  /organisation/nmae: unknown property 'nmae' (did you mean 'name'?)\n"
        + "  /organisation/name: missing required property 'name'\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validateReportsADuplicateKey() throws IOException {
    Path file = write("duplicate.json", DUPLICATE_KEY);

    Run run = run("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEqualTo(file + ": 1 problem\n"
        + "  /id: duplicate property 'id' at line 5, column 7\n");
  }

  @Test
  void validateReportsAMissingFileOnOneLine() {
    Path missing = folder.resolve("missing.json");

    Run run = run("validate", missing.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEqualTo(missing + ": cannot read the file: no such file\n");
  }

  @Test
  void validateReportsAFolderOnOneLine() {
    Run run = run("validate", folder.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEqualTo(folder + ": cannot read the file: it is a folder, not a file\n");
  }

  @Test
  void validateReadsEveryFileInOrderAndFailsIfAnyIsInvalid() throws IOException {
    Path valid = mikroFile();
    Path duplicate = write("duplicate.json", DUPLICATE_KEY);
    Path missing = folder.resolve("missing.json");

    Run run = run("validate", duplicate.toString(), valid.toString(), missing.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEqualTo(duplicate + ": 1 problem\n"
        + "  /id: duplicate property 'id' at line 5, column 7\n"
        + valid + ": valid mom/transformation (schemaVersion 1)\n"
        + missing + ": cannot read the file: no such file\n");
  }

  @Test
  void validateWithoutAFileIsAUsageError() {
    Run run = run("validate");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("Missing required parameter: 'FILE'\n"
        + "Try 'mom validate --help' for more information.\n");
  }

  @Test
  void validateWritesJsonOnRequest() throws IOException {
    Path valid = mikroFile();
    Path broken = write("broken.json", BROKEN);
    Path missing = folder.resolve("missing.json");

    Run run = run("validate", "--format", "json", valid.toString(), broken.toString(), missing.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEqualTo("[\n"
        + "  {\n"
        + "    \"file\": " + quoted(valid) + ",\n"
        + "    \"valid\": true,\n"
        + "    \"kind\": \"mom/transformation\",\n"
        + "    \"problems\": [],\n"
        + "    \"warnings\": []\n"
        + "  },\n"
        + "  {\n"
        + "    \"file\": " + quoted(broken) + ",\n"
        + "    \"valid\": false,\n"
        + "    \"kind\": null,\n"
        + "    \"problems\": [\n"
        + "      {\n"
        + "        \"pointer\": \"/id\",\n"
        + "        \"message\": \"invalid id 'Mikro Case': use 1 to 64 characters from a-z, 0-9, '-', '_' and '.' "
        + "(no capitals, no spaces)\",\n"
        + "        \"rejectedValue\": \"Mikro Case\"\n"
        + "      },\n"
        + "      {\n"
        + "        \"pointer\": \"/organisation/nmae\",\n"
        + "        \"message\": \"unknown property 'nmae' (did you mean 'name'?)\",\n"
        + "        \"rejectedValue\": null\n"
        + "      },\n"
        + "      {\n"
        + "        \"pointer\": \"/organisation/name\",\n"
        + "        \"message\": \"missing required property 'name'\",\n"
        + "        \"rejectedValue\": null\n"
        + "      }\n"
        + "    ],\n"
        + "    \"warnings\": []\n"
        + "  },\n"
        + "  {\n"
        + "    \"file\": " + quoted(missing) + ",\n"
        + "    \"valid\": false,\n"
        + "    \"kind\": null,\n"
        + "    \"problems\": [\n"
        + "      {\n"
        + "        \"pointer\": \"\",\n"
        + "        \"message\": \"cannot read the file: no such file\",\n"
        + "        \"rejectedValue\": null\n"
        + "      }\n"
        + "    ],\n"
        + "    \"warnings\": []\n"
        + "  }\n"
        + "]\n");
  }

  private static String quoted(Path file) {
    return "\"" + file.toString().replace("\\", "\\\\") + "\"";
  }

  // ---- demo -----------------------------------------------------------------------------------------

  @Test
  void demoShowsTheVarrowCaseOnRequestAndItIsDiagnosedDifferently() {
    Run mikro = run("demo");
    Run varrow = run("demo", "--case", "VARROW");

    assertThat(varrow.exitCode()).isZero();
    assertThat(varrow.err()).isEmpty();
    assertThat(run("demo", "--case", "mikro").out()).isEqualTo(mikro.out());
    // the same engines and playbook: Mikro mixed with medium confidence, Varrow sales-led with high confidence
    assertThat(mikro.out()).contains("\nVerdict: mixed, led by Sales-led, Executive-led and Product-led without "
        + "customer insight\n").contains("\nConfidence: medium (0.67)\n");
    assertThat(varrow.out()).startsWith("Varrow Distribution Systems — from big deals to customer segments "
        + "(varrow-customer-first)\n").contains("\nVerdict: dominant: Sales-led (85.7%)\n")
        .contains("\nConfidence: high (0.94)\n")
        .contains("\nGreen-light proposal under capacity 8: roadmap-okr-mapping, deal-desk-triage,\n")
        .contains("\nAs of 2024-09-30: expected progress is the share of each period elapsed on that day");
  }

  @Test
  void demoNamesTheCasesInItsHelpAndWhenOneIsUnknown() {
    Run help = run("demo", "--help");
    Run unknown = run("demo", "--case", "acme");

    assertThat(help.out()).contains("--case=CASE", "The bundled case to show: mikro, varrow (default:",
        "--quiet");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.out()).isEmpty();
    assertThat(unknown.err()).isEqualTo("Invalid value for option '--case': expected one of mikro, varrow but was "
        + "'acme'\nTry 'mom demo --help' for more information.\n");
  }

  @Test
  void demoSaysEveryEngineIsInIt() {
    Run run = run("demo");

    assertThat(CaseOverview.ENGINES_NOT_YET_AVAILABLE).isEmpty();
    assertThat(run.out()).contains("\nEngines in this report: diagnosis, gaps, prioritisation, traceability, impact. "
        + "Every engine of the MOM model is in it.\n");
  }

  @Test
  void demoTracesTheMikroRoadMapAfterThePrioritisationAndBeforeTheImpact() throws IOException {
    String text = run("demo").out();
    String markdown = run("demo", "--format", "markdown").out();

    // the same traceability as 'mom trace --as-of 2021-12-31' on the bundled case
    assertThat(text).contains("\n\n" + golden("trace-mikro.txt") + "\n" + golden("impact-mikro.txt"));
    assertThat(markdown.indexOf("\n## Prioritisation: ")).isLessThan(markdown.indexOf("\n## Road-map-to-OKR "
        + "traceability: "));
    assertThat(markdown.indexOf("\n## Road-map-to-OKR traceability: ")).isLessThan(markdown.indexOf(
        "\n## Impact assessment: "));
    assertThat(markdown).contains("\n### Item × key-result matrix\n");
  }

  @Test
  void demoShowsTheDiagnosisAndTheGapsOfTheMikroCase() throws IOException {
    String text = run("demo").out();
    String markdown = run("demo", "--format", "markdown").out();

    // the same diagnosis as 'mom diagnose' on the bundled case, after the overview, then the gaps as 'mom gaps'
    assertThat(text).contains("\n\n" + golden("diagnose-mikro.txt") + "\n" + golden("gaps-mikro.txt") + "\n");
    // then the prioritisation with the green-light proposal under the demo's capacity of 16 person-months
    assertThat(text).contains("\nGreen-light proposal under capacity 16: listen-and-tell, product-2-0, "
        + "data-management; effort 16 of\n");
    assertThat(markdown).contains("\n## Diagnosis: who drives product decisions? ")
        .contains("\n## Gap analysis: ").contains("\n## Prioritisation: ")
        .contains("\n### Archetype shares\n");
  }

  @Test
  void demoEndsWithTheImpactAssessmentOfTheMikroCase() throws IOException {
    String text = run("demo").out();
    String markdown = run("demo", "--format", "markdown").out();

    // the same assessment as 'mom impact' on the bundled case, after the diagnosis
    assertThat(text).endsWith("\n\n" + golden("impact-mikro.txt"));
    assertThat(markdown).contains("\n## Impact assessment: did the outcomes move? ")
        .contains("\n### Outcomes\n", "\n### Attribution by concept\n", "\n#### 1. `customer-understanding`: ");
  }

  @Test
  void demoWritesToAFileReplacingItAndLeavingNoTemporaryFile() throws IOException {
    Path report = write("report.md", "an older report\n");

    Run run = run("demo", "--format", "MARKDOWN", "--out", report.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo(golden("demo.md"));
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(report);
    }
  }

  @Test
  void demoIntoAMissingFolderIsInvalidInput() {
    Path report = folder.resolve("no-such-folder").resolve("report.txt");

    Run run = run("demo", "--out", report.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("mom demo: cannot write " + report + ": the folder " + report.getParent()
        + " does not exist\n");
  }

  // ---- diagnose -------------------------------------------------------------------------------------

  @Test
  void diagnoseJsonIsTheDiagnosisItself() throws IOException {
    Run run = run("diagnose", "--format", "json", mikroFile().toString());

    assertThat(run.exitCode()).isZero();
    // the JSON is the diagnosis itself, as MomJson writes and reads it
    DominanceDiagnosis diagnosis = MomJson.standard().read(run.out(), DominanceDiagnosis.class);
    Playbook playbook = Playbooks.mom();
    assertThat(diagnosis).isEqualTo(DominanceDiagnoser.of(playbook.diagnosis().orElseThrow(),
        playbook.interventions()).diagnose(MikroCase.transformation()));
  }

  @Test
  void theMikroDiagnosisTellsTheStoryOfTheSeeds() {
    Playbook playbook = Playbooks.mom();
    DominanceDiagnosis mikro = DominanceDiagnoser.of(playbook.diagnosis().orElseThrow(), playbook.interventions())
        .diagnose(MikroCase.transformation());

    // before Product 2.0: sales and dealer requests push the road map, executives settle contested calls, the
    // product team decides from numbers; customer insight is rare (one rule of the ideal fires, from the pilots)
    assertThat(mikro.verdict()).isEqualTo(Verdict.MIXED);
    assertThat(mikro.leaders()).containsExactly(Id.of("sales-led"), Id.of("executive-led"), Id.of("product-led"));
    assertThat(mikro.scores()).extracting(s -> s.archetype().value(), ArchetypeScore::points).containsExactly(
        tuple("engineering-led", 1.0), tuple("sales-led", 7.0), tuple("executive-led", 6.0),
        tuple("product-led", 6.0), tuple("customer-driven", 1.0));
    assertThat(mikro.distanceToIdeal()).isCloseTo(20.0 / 21.0, within(1e-12));
    assertThat(mikro.confidence().level()).isEqualTo(ConfidenceLevel.MEDIUM);
    assertThat(mikro.perception()).filteredOn(PerceivedDominance::suppressed)
        .extracting(PerceivedDominance::view).containsExactly("survey:customer-service");
  }

  @Test
  void diagnoseWithTheExportedDefaultPlaybookGivesTheSameResult() throws IOException {
    Path playbook = write("mom-playbook.json", MomJson.standard().write(Playbooks.mom()));
    Path mikro = mikroFile();

    for (String format : new String[] {"text", "markdown", "json"}) {
      Run withFile = run("diagnose", "--playbook", playbook.toString(), "--format", format, mikro.toString());
      Run withDefault = run("diagnose", "--format", format, mikro.toString());

      assertThat(withFile.exitCode()).as(format).isZero();
      assertThat(withFile.out()).as(format).isEqualTo(withDefault.out());
    }
  }

  @Test
  void diagnoseListsEveryProblemOfABrokenCase() throws IOException {
    Path file = write("broken.json", BROKEN);

    Run run = run("diagnose", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("mom diagnose: " + file + ": 3 problems\n"
        + "  /id: invalid id 'Mikro Case': use 1 to 64 characters from a-z, 0-9, '-', '_' and '.' "
        + "(no capitals, no spaces) (rejected: Mikro Case)\n"
        + "  /organisation/nmae: unknown property 'nmae' (did you mean 'name'?)\n"
        + "  /organisation/name: missing required property 'name'\n");
  }

  @Test
  void diagnoseReportsAMissingFileOnOneLine() {
    Path missing = folder.resolve("missing.json");

    Run run = run("diagnose", missing.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("mom diagnose: " + missing + ": cannot read the file: no such file\n");
  }

  /** A case whose evidence names things the default playbook does not know, and an answer off the scale. */
  private static final String MISFIT = "{\n"
      + "  \"kind\": \"mom/transformation\",\n"
      + "  \"schemaVersion\": 1,\n"
      + "  \"id\": \"acme\",\n"
      + "  \"title\": \"Acme\",\n"
      + "  \"organisation\": {\n"
      + "    \"id\": \"acme\",\n"
      + "    \"name\": \"Acme\",\n"
      + "    \"functions\": [\"sales\", \"product\"]\n"
      + "  },\n"
      + "  \"decisions\": [\n"
      + "    {\"id\": \"d1\", \"title\": \"Add an export\", \"initiatedBy\": \"sales\", \"decidedBy\": \"sales\",\n"
      + "     \"evidence\": [\"sales-request\", \"sales-requests\"], \"strategyLinked\": false, \"experimented\": false}\n"
      + "  ],\n"
      + "  \"surveyResponses\": [\n"
      + "    {\"respondent\": \"r1\", \"function\": \"product\", \"answers\": {\"sales-decides\": 6, \"sales-decide\": 4}}\n"
      + "  ],\n"
      + "  \"observations\": [\n"
      + "    {\"source\": \"i1\", \"sourceKind\": \"interview\", \"code\": \"hipo-decision\"}\n"
      + "  ]\n"
      + "}\n";

  @Test
  void diagnoseListsEvidenceThatDoesNotFitThePlaybook() throws IOException {
    Path file = write("acme.json", MISFIT);

    Run run = run("diagnose", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("mom diagnose: " + file + ": the evidence does not fit the playbook 'mom' "
        + "(4 problems)\n"
        + "  /decisions/0/evidence/1: unknown evidence kind 'sales-requests' (did you mean 'sales-request'?)\n"
        + "  /surveyResponses/0/answers/sales-decide: unknown survey item 'sales-decide' "
        + "(did you mean 'sales-decides'?)\n"
        + "  /surveyResponses/0/answers/sales-decides: answer 6 is off the scale [1, 5] of item 'sales-decides'\n"
        + "  /observations/0/code: unknown code 'hipo-decision' (did you mean 'hippo-decision'?)\n");
  }

  @Test
  void diagnoseResolvesAPlaybookThatExtendsMom() throws IOException {
    // a whole copy of mom that extends mom resolves to mom under the copy's id: the same diagnosis
    Playbook client = Playbooks.mom().withId(Id.of("client")).withExtendsPlaybook(Id.of("mom"));
    Path playbook = write("client.json", MomJson.standard().write(client));

    Run run = run("diagnose", "--playbook", playbook.toString(), mikroFile().toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(golden("diagnose-mikro.txt")
        .replace("Playbook: MOM — Customer-Centered Mikro (mom, version 1)",
            "Playbook: MOM — Customer-Centered Mikro (client, version 1)"));
  }

  @Test
  void diagnoseRefusesACaseGivenAsThePlaybook() throws IOException {
    Path mikro = mikroFile();

    Run run = run("diagnose", "--playbook", mikro.toString(), mikro.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("mom diagnose: " + mikro + ": 1 problem\n  /kind: ");
  }

  @Test
  void diagnoseWritesToAFileReplacingItAndLeavingNoTemporaryFile() throws IOException {
    Path mikro = mikroFile();
    Path report = write("diagnosis.json", "an older diagnosis\n");

    Run run = run("diagnose", mikro.toString(), "--format", "json", "--out", report.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo(golden("diagnose-mikro.json"));
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactlyInAnyOrder(mikro, report);
    }
  }

  @Test
  void diagnoseOfAnUnusableCaseLeavesTheOutputFileAlone() throws IOException {
    Path broken = write("broken.json", BROKEN);
    Path report = write("diagnosis.txt", "an older diagnosis\n");

    Run run = run("diagnose", broken.toString(), "--out", report.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo("an older diagnosis\n");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactlyInAnyOrder(broken, report);
    }
  }

  // ---- impact ---------------------------------------------------------------------------------------

  private static ImpactAssessment mikroImpact() {
    Playbook playbook = Playbooks.mom();
    return ImpactAssessor.of(playbook.impact().orElseThrow(), playbook.levelsInOrder())
        .assess(MikroCase.transformation());
  }

  @Test
  void impactJsonIsTheAssessmentItself() throws IOException {
    Run run = run("impact", "--format", "json", mikroFile().toString());

    assertThat(run.exitCode()).isZero();
    // the JSON is the assessment itself, as MomJson writes and reads it
    assertThat(MomJson.standard().read(run.out(), ImpactAssessment.class)).isEqualTo(mikroImpact());
  }

  @Test
  void theMikroImpactTellsTheStoryOfTheSeed() {
    ImpactAssessment mikro = mikroImpact();

    // "a significant improvement with regards to two key outcomes": exactly two improve after Holm's adjustment
    assertThat(mikro.outcomes()).filteredOn(o -> o.verdict() == ImpactVerdict.IMPROVED)
        .extracting(o -> o.outcome().value()).containsExactly("customer-understanding", "insight-based-decisions");
    assertThat(mikro.outcomes()).extracting(o -> o.outcome().value(), OutcomeImpact::verdict).containsExactly(
        tuple("customer-understanding", ImpactVerdict.IMPROVED),
        tuple("insight-based-decisions", ImpactVerdict.IMPROVED),
        tuple("direct-customer-contact", ImpactVerdict.NO_DETECTABLE_CHANGE),
        tuple("cross-department-sharing", ImpactVerdict.NO_DETECTABLE_CHANGE),
        tuple("customer-metric-coverage", ImpactVerdict.INSUFFICIENT_DATA));
    // four outcomes are tested; cross-department sharing is below 0.05 raw but not after the adjustment
    assertThat(mikro.familySize()).isEqualTo(4);
    OutcomeImpact sharing = mikro.outcomes().get(3);
    assertThat(sharing.pValue().getAsDouble()).isLessThan(0.05);
    assertThat(sharing.adjustedPValue().getAsDouble()).isGreaterThan(0.05);
    assertThat(mikro.outcomes().get(4).pValue()).isEmpty();
    assertThat(mikro.unintendedConsequences()).extracting(c -> c.id().value()).contains("okr-redesign",
        "customer-performance-indicators", "redefined-principles");
    assertThat(mikro.caveat()).contains("not a causal claim");
  }

  @Test
  void impactWithTheExportedDefaultPlaybookGivesTheSameResult() throws IOException {
    Path playbook = write("mom-playbook.json", MomJson.standard().write(Playbooks.mom()));
    Path mikro = mikroFile();

    for (String format : new String[] {"text", "markdown", "json"}) {
      Run withFile = run("impact", "--playbook", playbook.toString(), "--format", format, mikro.toString());
      Run withDefault = run("impact", "--format", format, mikro.toString());

      assertThat(withFile.exitCode()).as(format).isZero();
      assertThat(withFile.out()).as(format).isEqualTo(withDefault.out());
    }
  }

  /** The head of a small case with one outcome; the waves follow. */
  private static final String IMPACT_HEAD = "{\n"
      + "  \"kind\": \"mom/transformation\",\n"
      + "  \"schemaVersion\": 1,\n"
      + "  \"id\": \"acme\",\n"
      + "  \"title\": \"Acme\",\n"
      + "  \"organisation\": {\"id\": \"acme\", \"name\": \"Acme\", \"functions\": [\"sales\", \"product\"]},\n"
      + "  \"outcomes\": [\n"
      + "    {\"id\": \"customer-data\", \"statement\": \"Decisions rest on customer data\",\n"
      + "     \"level\": \"understanding-the-customer\", \"metric\": \"Agreement with 'we decide on customer data'\",\n"
      + "     \"scale\": {\"min\": 1, \"max\": 5}, \"direction\": \"increase\", \"minimumDifference\": 0.5,\n"
      + "     \"test\": \"paired-t\"}\n"
      + "  ],\n";

  @Test
  void impactListsThePairsThatHaveNoPartner() throws IOException {
    Path file = write("unpaired.json", IMPACT_HEAD
        + "  \"waves\": [\n"
        + "    {\"id\": \"baseline\", \"name\": \"Baseline\", \"measurements\": [\n"
        + "      {\"outcome\": \"customer-data\", \"unit\": \"r01\", \"value\": 2, \"source\": \"survey\"},\n"
        + "      {\"outcome\": \"customer-data\", \"unit\": \"r02\", \"value\": 3, \"source\": \"survey\"}]},\n"
        + "    {\"id\": \"follow-up\", \"name\": \"Follow-up\", \"measurements\": [\n"
        + "      {\"outcome\": \"customer-data\", \"unit\": \"r01\", \"value\": 4, \"source\": \"survey\"},\n"
        + "      {\"outcome\": \"customer-data\", \"unit\": \"r03\", \"value\": 4, \"source\": \"survey\"}]}\n"
        + "  ]\n"
        + "}\n");

    Run run = run("impact", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("mom impact: " + file + ": the impact data cannot be assessed with the playbook "
        + "'mom' (2 problems)\n"
        + "  /waves/0/measurements/1/unit: unit 'r02' has no measurement of outcome 'customer-data' in wave "
        + "'follow-up'; the paired t test pairs every unit's baseline and follow-up values (for different samples "
        + "choose welch-t or mann-whitney-u)\n"
        + "  /waves/1/measurements/1/unit: unit 'r03' has no measurement of outcome 'customer-data' in wave "
        + "'baseline'; the paired t test pairs every unit's baseline and follow-up values (for different samples "
        + "choose welch-t or mann-whitney-u)\n");
  }

  @Test
  void impactRefusesASingleWave() throws IOException {
    Path file = write("single-wave.json", IMPACT_HEAD
        + "  \"waves\": [\n"
        + "    {\"id\": \"baseline\", \"name\": \"Baseline\", \"measurements\": [\n"
        + "      {\"outcome\": \"customer-data\", \"unit\": \"r01\", \"value\": 2, \"source\": \"survey\"}]}\n"
        + "  ]\n"
        + "}\n");

    Run run = run("impact", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("mom impact: " + file + ": the impact data cannot be assessed with the playbook "
        + "'mom' (1 problem)\n"
        + "  /waves: a single wave ('baseline'): the impact assessment compares a baseline wave with a later "
        + "follow-up wave\n");
  }

  @Test
  void impactRefusesAValueOffItsScale() throws IOException {
    Path file = write("off-scale.json", IMPACT_HEAD
        + "  \"waves\": [\n"
        + "    {\"id\": \"baseline\", \"name\": \"Baseline\", \"measurements\": [\n"
        + "      {\"outcome\": \"customer-data\", \"unit\": \"r01\", \"value\": 2, \"source\": \"survey\"}]},\n"
        + "    {\"id\": \"follow-up\", \"name\": \"Follow-up\", \"measurements\": [\n"
        + "      {\"outcome\": \"customer-data\", \"unit\": \"r01\", \"value\": 6, \"source\": \"survey\"}]}\n"
        + "  ]\n"
        + "}\n");

    Run run = run("impact", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("mom impact: " + file + ": 1 problem\n"
        + "  /waves/1/measurements/0/value: waves[1].measurements[0].value 6 is off the scale [1, 5] of outcome "
        + "'customer-data'\n");
  }

  @Test
  void impactWritesToAFileReplacingItAndLeavingNoTemporaryFile() throws IOException {
    Path mikro = mikroFile();
    Path report = write("impact.md", "an older assessment\n");

    Run run = run("impact", mikro.toString(), "--format", "markdown", "--out", report.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo(golden("impact-mikro.md"));
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactlyInAnyOrder(mikro, report);
    }
  }

  @Test
  void impactOfUnusableDataLeavesTheOutputFileAlone() throws IOException {
    Path file = write("single-wave.json", IMPACT_HEAD
        + "  \"waves\": [{\"id\": \"baseline\", \"name\": \"Baseline\"}]\n"
        + "}\n");
    Path report = write("impact.txt", "an older assessment\n");

    Run run = run("impact", file.toString(), "--out", report.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo("an older assessment\n");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactlyInAnyOrder(file, report);
    }
  }

  @Test
  void impactWithoutAFileIsAUsageError() {
    Run run = run("impact");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("Missing required parameter: 'FILE'\n"
        + "Try 'mom impact --help' for more information.\n");
  }

  @Test
  void diagnoseWithoutAFileIsAUsageError() {
    Run run = run("diagnose");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("Missing required parameter: 'FILE'\n"
        + "Try 'mom diagnose --help' for more information.\n");
  }
}
