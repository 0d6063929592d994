package dev.mom.examples.cli;

import static dev.mom.examples.cli.CliRuns.golden;
import static dev.mom.examples.cli.CliRuns.mikroFile;
import static dev.mom.examples.cli.CliRuns.run;
import static dev.mom.examples.cli.CliRuns.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mom.diagnosis.Archetype;
import dev.mom.diagnosis.ArchetypePoints;
import dev.mom.diagnosis.DominanceModel;
import dev.mom.examples.cli.CliRuns.Run;
import dev.mom.json.MomJson;
import dev.mom.model.Id;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.Playbooks;
import dev.mom.rules.Condition;
import dev.mom.rules.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code mom playbook export | resolve | diff}, and client playbooks that extend a base in the engine commands and
 * {@code validate}. The client is {@code acme-playbook.json}: over mom it adds the marketing-led archetype, lowers
 * sales-decides to {@code decisions.decidedBy.sales >= 0.25}, replaces the output words and turns impact off.
 */
class PlaybookCommandTest {

  @TempDir
  Path folder;

  private Path acme() throws IOException {
    return write(folder, "acme.json", golden("acme-playbook.json"));
  }

  /** Acme as it must resolve, built in Java from mom by the format's rules. */
  private static Playbook acmeResolved() {
    Playbook mom = Playbooks.mom();
    DominanceModel diagnosis = mom.diagnosis().orElseThrow();
    List<Archetype> archetypes = new ArrayList<>(diagnosis.archetypes());
    archetypes.add(Archetype.builder().id(Id.of("marketing-led")).label("Marketing-led")
        .description("Campaigns decide what is built.").consequence("Products follow the campaign calendar.")
        .ideal(false).addIntervention(Id.of("product-2-0")).build());
    List<Rule<ArchetypePoints>> rules = new ArrayList<>(diagnosis.rules());
    // sales-decides is mom's 8th rule; only its condition changes, in place
    assertThat(rules.get(7).id()).isEqualTo(Id.of("sales-decides"));
    rules.set(7, rules.get(7).withWhen(Condition.signal("decisions.decidedBy.sales").gte(0.25)));
    return Playbook.copyOf(mom)
        .withId(Id.of("acme"))
        .withVersion("2026.1")
        .withTitle("MOM for Acme (sales-led distributor)")
        .withDiagnosis(diagnosis.withArchetypes(archetypes).withRules(rules))
        .withTraceability(mom.traceability().orElseThrow().withOutputWords("ship", "release", "launch"))
        .withImpact(Optional.empty());
  }

  // ---- export -----------------------------------------------------------------------------------------

  @Test
  void exportWritesTheDefaultPlaybookAsTheCommittedCanonicalJson() throws IOException {
    // the golden file is mom-json's, which mom-json's own test also checks against Playbooks.mom()
    String committed = Files.readString(Path.of("../mom-json/src/test/resources/canonical/mom-playbook.json"),
        StandardCharsets.UTF_8);

    Run run = run("playbook", "export");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(committed);
    assertThat(MomJson.standard().read(run.out(), Playbook.class)).isEqualTo(Playbooks.mom());
  }

  @Test
  void exportWritesToAFile() throws IOException {
    Path out = folder.resolve("mom.json");

    Run run = run("playbook", "export", "--out", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(MomJson.standard().write(Playbooks.mom()));
  }

  // ---- resolve ----------------------------------------------------------------------------------------

  @Test
  void resolvePrintsTheEffectivePlaybook() throws IOException {
    Run run = run("playbook", "resolve", acme().toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(MomJson.standard().write(acmeResolved()));
    assertThat(run.out()).doesNotContain("\"extends\"");
  }

  @Test
  void anEngineCommandTakesItsBaseFromBaseAndOnlyFromThere() throws IOException {
    // the same client, once with its base file given and once without: the base is never looked up by itself
    Path distributor = write(folder, "distributor.json", """
        {"kind": "mom/playbook", "schemaVersion": 1, "id": "distributor", "version": "1", "extends": "mom",
         "title": "MOM for distributors"}
        """);
    Path client = write(folder, "client.json", """
        {"kind": "mom/playbook", "schemaVersion": 1, "id": "client", "version": "1", "extends": "distributor"}
        """);

    Run withBase = run("diagnose", mikroFile(folder).toString(), "--playbook", client.toString(), "--base",
        distributor.toString(), "--format", "json");
    Run withoutBase = run("diagnose", mikroFile(folder).toString(), "--playbook", client.toString());

    // the client changes nothing that the diagnosis reads: the default playbook's result, byte for byte
    assertThat(withBase.exitCode()).as(withBase.err()).isZero();
    assertThat(withBase.out()).isEqualTo(run("diagnose", mikroFile(folder).toString(), "--format", "json").out());
    assertThat(withoutBase.exitCode()).isEqualTo(2);
    assertThat(withoutBase.out()).isEmpty();
    assertThat(withoutBase.err()).isEqualTo("mom diagnose: " + client + ": 1 problem\n"
        + "  /extends: unknown base playbook 'distributor'; known bases: mom (rejected: distributor)\n");
  }

  @Test
  void resolveFollowsAChainOfBaseFiles() throws IOException {
    // distributor extends mom; the client extends distributor and inherits its title and its mixed margin
    Path distributor = write(folder, "distributor.json", """
        {"kind": "mom/playbook", "schemaVersion": 1, "id": "distributor", "version": "1", "extends": "mom",
         "title": "MOM for distributors", "diagnosis": {"mixedMargin": 0.2}}
        """);
    Path client = write(folder, "client.json", """
        {"kind": "mom/playbook", "schemaVersion": 1, "id": "client", "version": "1", "extends": "distributor"}
        """);

    Run run = run("playbook", "resolve", client.toString(), "--base", distributor.toString());

    Playbook mom = Playbooks.mom();
    Playbook expected = Playbook.copyOf(mom).withId(Id.of("client")).withTitle("MOM for distributors")
        .withDiagnosis(mom.diagnosis().orElseThrow().withMixedMargin(0.2));
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(MomJson.standard().write(expected));
  }

  @Test
  void resolveListsEveryProblemWithItsFileAndPointer() throws IOException {
    Path distributor = write(folder, "distributor.json", """
        {"kind": "mom/playbook", "schemaVersion": 1, "id": "distributor", "version": "1", "extends": "mom",
         "diagnosis": {"mixedMargin": 7}}
        """);
    Path client = write(folder, "client.json", """
        {"kind": "mom/playbook", "schemaVersion": 1, "id": "client", "version": "1", "extends": "distributor"}
        """);

    Run run = run("playbook", "resolve", client.toString(), "--base", distributor.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("mom playbook resolve: " + client + ": 2 problems\n"
        + "  /extends: the base playbook 'distributor' (" + distributor + ") cannot be used; its problems follow "
        + "(rejected: distributor)\n"
        + "  " + distributor + ": /diagnosis/mixedMargin: mixedMargin must be within [0, 1], was 7.0\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/etc/passwd", "../acme.json", "https://example.com/base.json"})
  void aPathOrAnAddressAsTheBaseIsRejectedAsAnInvalidId(String named) throws IOException {
    // "../acme.json" would name a file only if read as a path; it never is
    Path client = write(folder, "client.json", "{\"kind\": \"mom/playbook\", \"schemaVersion\": 1, \"id\": \"client\", "
        + "\"version\": \"1\", \"extends\": \"" + named + "\"}");

    Run run = run("playbook", "resolve", client.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("mom playbook resolve: " + client + ": 1 problem\n"
        + "  /extends: invalid id '").contains("a base playbook is named by its id")
        .endsWith("(rejected: " + named + ")\n");
  }

  // ---- diff -------------------------------------------------------------------------------------------

  private Run diff(String format) throws IOException {
    Path mom = folder.resolve("mom.json");
    Files.writeString(mom, MomJson.standard().write(Playbooks.mom()), StandardCharsets.UTF_8);
    Path acme = acme();
    return run("playbook", "diff", mom.toString(), acme.toString(), "--format", format);
  }

  private String relative(String output) {
    return output.replace(folder + java.io.File.separator, "");
  }

  @Test
  void diffListsWhatDiffersById() throws IOException {
    Run run = diff("text");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(relative(run.out())).isEqualTo(golden("playbook-diff.txt"));
  }

  @Test
  void diffInMarkdown() throws IOException {
    Run run = diff("markdown");

    assertThat(run.exitCode()).isZero();
    assertThat(relative(run.out())).isEqualTo(golden("playbook-diff.md"));
  }

  @Test
  void diffAsJson() throws IOException {
    Run run = diff("json");

    assertThat(run.exitCode()).isZero();
    assertThat(relative(run.out())).isEqualTo(golden("playbook-diff.json"));
  }

  @Test
  void diffOfAPlaybookWithItselfHasNoDifferencesAndExits0() throws IOException {
    Path acme = acme();

    Run run = run("playbook", "diff", acme.toString(), acme.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(acme + " (acme 2026.1) → " + acme + " (acme 2026.1): no differences\n");
  }

  @Test
  void diffOfAnInvalidPlaybookExits2() throws IOException {
    Path acme = acme();
    Path broken = write(folder, "broken.json", "{\"kind\": \"mom/playbook\"");

    Run run = run("playbook", "diff", acme.toString(), broken.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("mom playbook diff: " + broken + ": 1 problem\n");
  }

  @Test
  void diffReportsChangedSettingsAndWordListsInsideElements() throws IOException {
    Path client = write(folder, "client.json", """
        {"kind": "mom/playbook", "schemaVersion": 1, "id": "client", "version": "1", "extends": "mom",
         "diagnosis": {"mixedMargin": 0.15,
           "archetypes": [{"id": "sales-led", "interventions": ["roadmap-to-okr-mapping", "product-2-0"]}],
           "rules": [{"id": "sales-decides", "effect": {"archetype": "sales-led", "points": 2.0}}]}}
        """);
    Path mom = write(folder, "mom.json", MomJson.standard().write(Playbooks.mom()));

    Run run = run("playbook", "diff", mom.toString(), client.toString());

    // mom's sales-led names eight interventions; the client keeps roadmap-to-okr-mapping and adds product-2-0.
    // Order: diagnosis's properties as mom writes them (archetypes, rules, then mixedMargin)
    assertThat(relative(run.out())).isEqualTo("mom.json (mom 1) → client.json (client 1): 4 differences\n"
        + "  id: changed \"mom\" → \"client\"\n"
        + "  diagnosis.archetypes: changed sales-led: interventions added \"product-2-0\"; removed "
        + "\"vision-strategy-workshop\", \"cross-functional-committee\", \"product-metrics-dashboard\", "
        + "\"customer-research\", \"elevate-support-voice\", \"metrics-audit\", \"common-dictionary\"\n"
        + "  diagnosis.rules: changed sales-decides: effect.points 3.0 → 2.0\n"
        + "  diagnosis.mixedMargin: changed 0.1 → 0.15\n");
  }

  // ---- engine commands and validate ---------------------------------------------------------------------

  @Test
  void diagnoseWithTheClientPlaybookCountsTheLoweredSalesRule() throws IOException {
    // Mikro's decisions.decidedBy.sales is 0.278: under mom (>= 0.4) sales-decides does not fire; under acme
    // (>= 0.25) it fires and adds its 3 points to sales-led: 7 + 3 = 10 of 21 + 3 = 24 points.
    // Shares: sales-led 10/24 = 0.41666…, executive-led and product-led 6/24 = 0.25 each; the lead of
    // 0.41666 - 0.25 = 0.1666 is more than the mixed margin 0.1, so sales-led now dominates alone.
    Run run = run("diagnose", mikroFile(folder).toString(), "--playbook", acme().toString(), "--format", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode result = new ObjectMapper().readTree(run.out());
    assertThat(result.get("verdict").textValue()).isEqualTo("dominant");
    assertThat(result.get("leaders")).hasSize(1);
    assertThat(result.get("leaders").get(0).textValue()).isEqualTo("sales-led");
    JsonNode sales = result.get("scores").get(1);
    assertThat(sales.get("archetype").textValue()).isEqualTo("sales-led");
    assertThat(sales.get("points").doubleValue()).isEqualTo(10.0);
    assertThat(sales.get("share").doubleValue()).isEqualTo(10.0 / 24.0);
    assertThat(sales.get("rules").get(0).textValue()).isEqualTo("sales-decides");
    assertThat(result.get("scores").get(2).get("share").doubleValue()).isEqualTo(0.25);
  }

  @Test
  void anEngineCommandReportsAPlaybookThatCannotBeResolved() throws IOException {
    Path client = write(folder, "client.json", """
        {"kind": "mom/playbook", "schemaVersion": 1, "id": "client", "version": "1", "extends": "distributor"}
        """);

    Run run = run("gaps", mikroFile(folder).toString(), "--playbook", client.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("mom gaps: " + client + ": 1 problem\n"
        + "  /extends: unknown base playbook 'distributor'; known bases: mom (rejected: distributor)\n");
  }

  @Test
  void reportTakesAClientPlaybookAndItsBase() throws IOException {
    Path distributor = write(folder, "distributor.json", """
        {"kind": "mom/playbook", "schemaVersion": 1, "id": "distributor", "version": "1", "extends": "mom",
         "title": "MOM for distributors"}
        """);
    Path client = write(folder, "client.json", """
        {"kind": "mom/playbook", "schemaVersion": 1, "id": "client", "version": "1", "extends": "distributor"}
        """);

    Run run = run("report", mikroFile(folder).toString(), "--playbook", client.toString(), "--base",
        distributor.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("MOM for distributors (client, version 1)");
  }

  @Test
  void validateResolvesAClientPlaybookAndListsEveryProblem() throws IOException {
    Path client = write(folder, "client.json", """
        {"kind": "mom/playbook", "schemaVersion": 1, "id": "client", "version": "1", "extends": "mom",
         "titel": "Client",
         "diagnosis": {"archetypes": [{"id": "sales-lead", "$remove": true}],
           "rules": [{"id": "sales-decides", "when": {"signal": "decisions.decidedBy.sales", "gte": "high"}}]}}
        """);

    Run run = run("validate", acme().toString(), client.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(relative(run.out())).isEqualTo("acme.json: valid mom/playbook (schemaVersion 1), 1 warning\n"
        + "  warning /diagnosis/archetypes/5: no rule gives points to archetype 'marketing-led', so its share is "
        + "always 0\n"
        + "client.json: 3 problems\n"
        + "  /titel: unknown property 'titel' (did you mean 'title'?)\n"
        + "  /diagnosis/archetypes/0: cannot remove 'sales-lead': the base 'mom' has no element with that id in "
        + "'archetypes' (did you mean 'sales-led'?) (rejected: sales-lead)\n"
        + "  /diagnosis/rules/0/when/gte: expected a number, found a string (rejected: high)\n");
  }

  @Test
  void validateNamesTheBaseFileOfAProblemInJson() throws IOException {
    Path distributor = write(folder, "distributor.json", """
        {"kind": "mom/playbook", "schemaVersion": 1, "id": "distributor", "version": "1", "extends": "mom",
         "diagnosis": {"mixedMargin": 7}}
        """);
    Path client = write(folder, "client.json", """
        {"kind": "mom/playbook", "schemaVersion": 1, "id": "client", "version": "1", "extends": "distributor"}
        """);

    Run run = run("validate", client.toString(), "--base", distributor.toString(), "--format", "json");

    JsonNode problems = new ObjectMapper().readTree(run.out()).get(0).get("problems");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0).has("source")).isFalse();
    assertThat(problems.get(1).get("source").textValue()).isEqualTo(distributor.toString());
    assertThat(problems.get(1).get("pointer").textValue()).isEqualTo("/diagnosis/mixedMargin");
  }
}
