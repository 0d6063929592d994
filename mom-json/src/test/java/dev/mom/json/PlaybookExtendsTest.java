package dev.mom.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mom.diagnosis.Archetype;
import dev.mom.diagnosis.DominanceModel;
import dev.mom.model.Id;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.Playbooks;
import dev.mom.priority.ScoringModelKind;
import dev.mom.rules.Condition;
import dev.mom.rules.Rule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Client playbooks that extend a base: each merge rule of the agreed format, chains, and every problem. */
class PlaybookExtendsTest {

  private static final MomJson JSON = MomJson.standard();
  private static final Playbook MOM = Playbooks.mom();

  /** A client header over {@code mom} followed by the given members (each ending with a comma or not). */
  private static String client(String members) {
    return "{\"kind\": \"mom/playbook\", \"schemaVersion\": 1, \"id\": \"acme\", \"version\": \"2026.1\", "
        + "\"extends\": \"mom\"" + (members.isBlank() ? "" : ", " + members) + "}";
  }

  private static Playbook resolve(String json) {
    return JSON.readPlaybook(json, PlaybookSources.standard());
  }

  private static List<String> problems(Runnable read) {
    MomJsonException thrown = catchThrowableOfType(MomJsonException.class, read::run);
    assertThat(thrown).as("expected a MomJsonException").isNotNull();
    return thrown.problems().stream().map(Problem::toString).toList();
  }

  private static DominanceModel diagnosis(Playbook playbook) {
    return playbook.diagnosis().orElseThrow();
  }

  @Test
  void anEmptyClientIsTheBaseWithItsOwnIdAndVersionAndNoExtends() {
    Playbook acme = resolve(client(""));

    // title and description are inherited; id and version are the client's; extends is dropped
    assertThat(acme).isEqualTo(Playbook.copyOf(MOM).withId(Id.of("acme")).withVersion("2026.1"));
    assertThat(acme.extendsPlaybook()).isEmpty();
  }

  @Test
  void aTitleGivenReplacesTheBasesAndTheDescriptionStaysInherited() {
    Playbook acme = resolve(client("\"title\": \"MOM for Acme\""));

    assertThat(acme.title()).isEqualTo("MOM for Acme");
    assertThat(acme.description()).isEqualTo(MOM.description());
  }

  @Test
  void anElementWithAKnownIdMergesIntoTheBaseElementInItsPlace() {
    Playbook acme = resolve(client("\"diagnosis\": {\"archetypes\": [{\"id\": \"sales-led\", \"label\": \"Sales-first\"}]}"));

    // sales-led is the second archetype in mom; only its label changes, everything else of it is mom's
    Archetype salesLed = diagnosis(MOM).archetypes().get(1);
    assertThat(diagnosis(acme).archetypes()).hasSize(5);
    assertThat(diagnosis(acme).archetypes().get(1)).isEqualTo(salesLed.withLabel("Sales-first"));
    assertThat(Playbook.copyOf(acme).withDiagnosis(diagnosis(MOM))).isEqualTo(
        Playbook.copyOf(MOM).withId(Id.of("acme")).withVersion("2026.1"));
  }

  @Test
  void aNewIdIsAppendedInTheClientsOrder() {
    Playbook acme = resolve(client("""
        "diagnosis": {
          "archetypes": [
            {"id": "marketing-led", "label": "Marketing-led", "description": "Campaigns decide.",
             "consequence": "Products follow the campaign calendar.", "ideal": false, "interventions": ["product-2-0"]},
            {"id": "partner-led", "label": "Partner-led", "description": "Dealers decide.",
             "consequence": "Products follow the dealers.", "ideal": false}
          ],
          "rules": [
            {"id": "campaigns-decide", "description": "Marketing takes 40% of the decisions.", "when": {"signal": "decisions.decidedBy.marketing", "gte": 0.4},
             "effect": {"archetype": "marketing-led", "points": 3.0}}
          ]
        }"""));

    List<String> archetypes = diagnosis(acme).archetypes().stream().map(a -> a.id().value()).toList();
    assertThat(archetypes).containsExactly("engineering-led", "sales-led", "executive-led", "product-led",
        "customer-driven", "marketing-led", "partner-led");
    // mom has 35 rules; the new one is the 36th
    assertThat(diagnosis(acme).rules()).hasSize(36);
    Rule<?> added = diagnosis(acme).rules().get(35);
    assertThat(added.id()).isEqualTo(Id.of("campaigns-decide"));
    assertThat(added.when()).isEqualTo(Condition.signal("decisions.decidedBy.marketing").gte(0.4));
  }

  @Test
  void removeTakesTheBaseElementOut() {
    Playbook acme = resolve(client("""
        "prioritisation": {"scoringModels": [{"id": "ice-mean", "$remove": true}]}"""));

    // mom's models are strategic-fit, rice, ice, ice-mean, wsjf; nothing else refers to ice-mean
    assertThat(acme.prioritisation().orElseThrow().scoringModels()).extracting(m -> m.id().value())
        .containsExactly("strategic-fit", "rice", "ice", "wsjf");
  }

  @Test
  void nullRemovesASection() {
    Playbook acme = resolve(client("\"impact\": null"));

    assertThat(acme.impact()).isEmpty();
    assertThat(acme.gaps()).isEqualTo(MOM.gaps());
  }

  @Test
  void anArrayOfWordsIsReplacedWhole() {
    Playbook acme = resolve(client("\"traceability\": {\"outputWords\": [\"ship\", \"release\", \"launch\"]}"));

    assertThat(acme.traceability().orElseThrow().outputWords()).containsExactly("ship", "release", "launch");
    assertThat(acme.traceability().orElseThrow().customerWords())
        .isEqualTo(MOM.traceability().orElseThrow().customerWords());
  }

  @Test
  void aConditionIsReplacedWholeNotMergedKeyByKey() {
    // mom's sales-decides is {"signal": "decisions.decidedBy.sales", "gte": 0.4}; a merge key by key would keep
    // "gte": 0.4 beside the new "gt" and fail; replaced whole it is exactly the new condition
    Playbook acme = resolve(client("""
        "diagnosis": {"rules": [{"id": "sales-decides", "when": {"signal": "decisions.decidedBy.sales", "gt": 0.5}}]}"""));

    Rule<?> salesDecides = diagnosis(acme).rules().get(7);
    assertThat(salesDecides.id()).isEqualTo(Id.of("sales-decides"));
    assertThat(salesDecides.when()).isEqualTo(Condition.signal("decisions.decidedBy.sales").gt(0.5));
    assertThat(salesDecides.description()).isEqualTo(diagnosis(MOM).rules().get(7).description());
  }

  @Test
  void aScaleIsReplacedWhole() {
    // mom's first survey item has a 1..5 scale with five labels; the client's 0..10 scale without labels
    // replaces it (merged, the five labels would remain and lie off the new scale only by chance)
    Playbook acme = resolve(client("""
        "diagnosis": {"surveyItems": [{"id": "one-department-decides", "scale": {"min": 0, "max": 10}}]}"""));

    var item = diagnosis(acme).surveyItems().get(0);
    assertThat(item.scale().min()).isEqualTo(0.0);
    assertThat(item.scale().max()).isEqualTo(10.0);
    assertThat(item.scale().labels()).isEmpty();
    assertThat(item.text()).isEqualTo(diagnosis(MOM).surveyItems().get(0).text());
  }

  @Test
  void aPartialClientIsNotHeldToTheCompletePlaybookRulesBeforeMerging() {
    // alone, this document has no focus areas, levels or title; over mom it is complete
    Playbook acme = resolve(client("\"focusAreas\": [{\"id\": \"data-access-and-use\", \"name\": \"Data\"}]"));

    assertThat(acme.focusAreas().get(0).name()).isEqualTo("Data");
    assertThat(acme.focusAreas()).hasSize(4);
  }

  @Test
  void aChainResolvesEachBaseOverItsOwnBase() {
    String distributor = """
        {"kind": "mom/playbook", "schemaVersion": 1, "id": "distributor", "version": "1", "extends": "mom",
         "title": "MOM for distributors", "traceability": {"outputWords": ["ship"]}}""";
    String acme = """
        {"kind": "mom/playbook", "schemaVersion": 1, "id": "acme", "version": "2", "extends": "distributor",
         "impact": null}""";
    PlaybookSources sources = PlaybookSources.standard()
        .withDocument("distributor.json", distributor.getBytes(StandardCharsets.UTF_8));

    Playbook resolved = JSON.readPlaybook(acme, sources);

    // acme inherits the distributor's title and words, and mom's everything else, without impact
    assertThat(resolved.title()).isEqualTo("MOM for distributors");
    assertThat(resolved.traceability().orElseThrow().outputWords()).containsExactly("ship");
    assertThat(resolved.impact()).isEmpty();
    assertThat(resolved.gaps()).isEqualTo(MOM.gaps());
    assertThat(resolved.id()).isEqualTo(Id.of("acme"));
  }

  @Test
  void aCycleOfBasesIsAProblemAtExtends() {
    String a = "{\"kind\": \"mom/playbook\", \"schemaVersion\": 1, \"id\": \"a\", \"version\": \"1\", \"extends\": \"b\"}";
    String b = "{\"kind\": \"mom/playbook\", \"schemaVersion\": 1, \"id\": \"b\", \"version\": \"1\", \"extends\": \"a\"}";
    PlaybookSources sources = PlaybookSources.standard()
        .withDocument("a.json", a.getBytes(StandardCharsets.UTF_8))
        .withDocument("b.json", b.getBytes(StandardCharsets.UTF_8));
    String c = "{\"kind\": \"mom/playbook\", \"schemaVersion\": 1, \"id\": \"c\", \"version\": \"1\", \"extends\": \"a\"}";

    // c → a → b → a: a's base b cannot be used because b's base a is being resolved
    assertThat(problems(() -> JSON.readPlaybook(c, sources))).containsExactly(
        "/extends: the base playbook 'a' (a.json) cannot be used; its problems follow (rejected: a)",
        "a.json: /extends: the base playbook 'b' (b.json) cannot be used; its problems follow (rejected: b)",
        "b.json: /extends: the playbooks extend each other in a cycle: a → b → a (rejected: a)");
  }

  @Test
  void aClientThatIsAlsoABaseOfItsBaseIsACycle() {
    String b = "{\"kind\": \"mom/playbook\", \"schemaVersion\": 1, \"id\": \"b\", \"version\": \"1\", \"extends\": \"c\"}";
    String c = "{\"kind\": \"mom/playbook\", \"schemaVersion\": 1, \"id\": \"c\", \"version\": \"1\", \"extends\": \"b\"}";
    PlaybookSources sources = PlaybookSources.standard().withDocument("b.json", b.getBytes(StandardCharsets.UTF_8));

    assertThat(problems(() -> JSON.readPlaybook(c, sources))).containsExactly(
        "/extends: the base playbook 'b' (b.json) cannot be used; its problems follow (rejected: b)",
        "b.json: /extends: the playbooks extend each other in a cycle: c → b → c (rejected: c)");
  }

  @Test
  void anUnknownBaseIsAProblemAtExtendsWithASuggestion() {
    String json = client("").replace("\"extends\": \"mom\"", "\"extends\": \"momm\"");

    assertThat(problems(() -> resolve(json))).containsExactly(
        "/extends: unknown base playbook 'momm' (did you mean 'mom'?); known bases: mom (rejected: momm)");
  }

  @Test
  void aPlaybookThatExtendsItselfIsAProblem() {
    String json = client("").replace("\"extends\": \"mom\"", "\"extends\": \"acme\"");

    assertThat(problems(() -> resolve(json))).containsExactly(
        "/extends: the playbook extends itself ('acme') (rejected: acme)");
  }

  @Test
  void removingAnUnknownIdIsAProblemAtThatElement() {
    String json = client("\"diagnosis\": {\"archetypes\": [{\"id\": \"sales-lead\", \"$remove\": true}]}");

    assertThat(problems(() -> resolve(json))).containsExactly(
        "/diagnosis/archetypes/0: cannot remove 'sales-lead': the base 'mom' has no element with that id in "
            + "'archetypes' (did you mean 'sales-led'?) (rejected: sales-lead)");
  }

  @Test
  void removeIsOnlyAllowedWithTheIdAlone() {
    String json = client("""
        "diagnosis": {"archetypes": [{"id": "sales-led", "$remove": true, "label": "x"},
          {"id": "product-led", "$remove": false}]},
        "traceability": {"$remove": true}""");

    assertThat(problems(() -> resolve(json))).containsExactly(
        "/diagnosis/archetypes/0: an element that removes holds only its 'id' and \"$remove\": true",
        "/diagnosis/archetypes/1/$remove: expected true: \"$remove\": true removes the base's element with this id; "
            + "leave '$remove' out to change the element (rejected: false)",
        "/traceability/$remove: '$remove' only removes an element of the base from a list merged by id: "
            + "write {\"id\": \"…\", \"$remove\": true} in that list");
  }

  @Test
  void problemsInWhatTheClientWrotePointIntoTheClientDocument() {
    String json = client("""
        "titel": "Acme",
        "diagnosis": {
          "rules": [{"id": "sales-decides", "when": {"signal": "decisions.decidedBy.sales", "gte": "high"}}],
          "archetypes": [{"id": "marketing-led", "label": "Marketing-led"}]
        }""");

    // the rule is the 8th in the merged list and the new archetype the 6th, but the pointers are the client's,
    // in the client document's order
    assertThat(problems(() -> resolve(json))).containsExactly(
        "/titel: unknown property 'titel' (did you mean 'title'?)",
        "/diagnosis/rules/0/when/gte: expected a number, found a string (rejected: high)",
        "/diagnosis/archetypes/0/description: missing required property 'description'",
        "/diagnosis/archetypes/0/consequence: missing required property 'consequence'",
        "/diagnosis/archetypes/0/ideal: missing required property 'ideal'");
  }

  @Test
  void aProblemOnlyTheMergeRevealsInAnElementTheClientAddedPointsAtThatElement() {
    // alone the rule is fine; merged, its archetype is not one of the playbook's. It is the 36th rule of the
    // resolved playbook (/diagnosis/rules/35) but the first of the client's
    String json = client("""
        "diagnosis": {"rules": [{"id": "campaigns-decide", "description": "Marketing decides.",
          "when": {"signal": "decisions.decidedBy.marketing", "gte": 0.4},
          "effect": {"archetype": "marketing-led", "points": 3.0}}]}""");

    List<String> problems = problems(() -> resolve(json));

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0)).startsWith("/diagnosis/rules/0/effect/archetype: ").contains("marketing-led")
        .doesNotContain("resolved playbook");
  }

  @Test
  void aClientMustNameItsOwnIdAndVersion() {
    String json = "{\"kind\": \"mom/playbook\", \"schemaVersion\": 1, \"extends\": \"mom\"}";

    assertThat(problems(() -> resolve(json))).containsExactly(
        "/id: missing required property 'id'",
        "/version: missing required property 'version'");
  }

  @Test
  void problemsThatOnlyTheMergeRevealsInTheBasesPartsSaySoAndPointIntoTheResolvedPlaybook() {
    // removing engineering-led leaves mom's seven engineering rules (the first seven) pointing at it
    String json = client("\"diagnosis\": {\"archetypes\": [{\"id\": \"engineering-led\", \"$remove\": true}]}");

    List<String> problems = problems(() -> resolve(json));

    assertThat(problems).hasSize(7);
    assertThat(problems.get(0)).isEqualTo("/diagnosis/rules/0/effect/archetype: rules[0].effect.archetype "
        + "'engineering-led' is not one of the archetypes (in the resolved playbook: 'engineering-decides' comes "
        + "unchanged from the base 'mom')");
    for (int rule = 1; rule < 7; rule++) {
      assertThat(problems.get(rule)).startsWith("/diagnosis/rules/" + rule + "/effect/archetype: ")
          .contains("'engineering-led' is not one of the archetypes (in the resolved playbook: '")
          .endsWith("' comes unchanged from the base 'mom')");
    }
  }

  @Test
  void problemsInABaseDocumentNameIt() {
    String base = """
        {"kind": "mom/playbook", "schemaVersion": 1, "id": "distributor", "version": "1", "extends": "mom",
         "diagnosis": {"mixedMargin": -1}}""";
    PlaybookSources sources = PlaybookSources.standard()
        .withDocument("distributor.json", base.getBytes(StandardCharsets.UTF_8));
    String acme = client("").replace("\"extends\": \"mom\"", "\"extends\": \"distributor\"");

    List<String> problems = problems(() -> JSON.readPlaybook(acme, sources));

    assertThat(problems).hasSize(2);
    assertThat(problems.get(0)).isEqualTo(
        "/extends: the base playbook 'distributor' (distributor.json) cannot be used; its problems follow "
            + "(rejected: distributor)");
    assertThat(problems.get(1)).startsWith("distributor.json: /diagnosis/mixedMargin: ");
  }

  @Test
  void aBaseDocumentThatCannotBeReadIsAProblemNamedByItsFile(@TempDir Path folder) {
    PlaybookSources sources = PlaybookSources.standard().withFile(folder.resolve("missing.json"));

    assertThat(problems(() -> resolve(client(""), sources))).containsExactly(
        folder.resolve("missing.json") + ": (document): cannot read the file: no such file");
  }

  @Test
  void aBaseDocumentMayNotTakeAnIdAlreadyKnown() {
    String base = "{\"kind\": \"mom/playbook\", \"schemaVersion\": 1, \"id\": \"mom\", \"version\": \"1\", "
        + "\"extends\": \"mom\"}";
    PlaybookSources sources = PlaybookSources.standard().withDocument("copy.json", base.getBytes(StandardCharsets.UTF_8));

    assertThat(problems(() -> resolve(client(""), sources))).containsExactly(
        "copy.json: /id: the id 'mom' is already taken by the registered playbook 'mom'; give each base playbook "
            + "its own id (rejected: mom)");
  }

  private static Playbook resolve(String json, PlaybookSources sources) {
    return JSON.readPlaybook(json, sources);
  }

  @Test
  void aRegisteredPlaybookIsABase() {
    Playbook distributor = Playbook.copyOf(MOM).withId(Id.of("distributor")).withTitle("Distributors");
    PlaybookSources sources = PlaybookSources.none().withPlaybook(distributor);

    Playbook acme = resolve(client("").replace("\"extends\": \"mom\"", "\"extends\": \"distributor\""), sources);

    assertThat(acme.title()).isEqualTo("Distributors");
    assertThat(problems(() -> resolve(client(""), sources))).containsExactly(
        "/extends: unknown base playbook 'mom'; known bases: distributor (rejected: mom)");
  }

  @Test
  void onlyCompletePlaybooksWithNewIdsCanBeRegistered() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PlaybookSources.standard().withPlaybook(MOM))
        .withMessage("a playbook with the id 'mom' is already registered");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PlaybookSources.none()
            .withPlaybook(Playbook.copyOf(MOM).withId(Id.of("x")).withExtendsPlaybook(Id.of("mom"))))
        .withMessage("playbook 'x' extends 'mom': register complete playbooks only, or resolve it first");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/etc/passwd", "../x", "https://example.com/base.json", "file:///etc/passwd",
      "C:\\playbooks\\base.json"})
  void aPathOrAnAddressInExtendsIsAnInvalidIdAndNothingIsRead(String named) {
    String json = client("").replace("\"extends\": \"mom\"", "\"extends\": \"" + named.replace("\\", "\\\\") + "\"");

    List<String> problems = problems(() -> resolve(json));

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0)).startsWith("/extends: invalid id '")
        .contains("; a base playbook is named by its id, never by a file path or an address")
        .endsWith("(rejected: " + named + ")");
  }

  @Test
  void anIdThatIsAlsoAFileNameInTheWorkingFolderIsNotReadFromThere() throws Exception {
    // this module's folder holds pom.xml, and "pom.xml" is a valid id: it is still only looked up among the bases
    assertThat(Files.exists(Path.of("pom.xml"))).isTrue();
    String json = client("").replace("\"extends\": \"mom\"", "\"extends\": \"pom.xml\"");

    assertThat(problems(() -> resolve(json))).containsExactly(
        "/extends: unknown base playbook 'pom.xml'; known bases: mom (rejected: pom.xml)");
  }

  @Test
  void aCompleteDocumentWithoutExtendsIsReadAsItIs() {
    String written = JSON.write(MOM);

    assertThat(JSON.readPlaybook(written, PlaybookSources.none())).isEqualTo(MOM);
  }

  @Test
  void thePlainReadOfAPartialClientSaysToResolveIt() {
    List<String> problems = problems(() -> JSON.read(client(""), Playbook.class));

    assertThat(problems.get(0)).isEqualTo("/extends: this playbook extends 'mom' and lacks what a complete "
        + "playbook needs; to take it from the base, resolve the playbook with MomJson.readPlaybook (the mom tool "
        + "does this)");
    assertThat(problems.subList(1, problems.size())).containsExactly("/title: missing required property 'title'");
  }

  @Test
  void readDocumentWithSourcesResolvesAPlaybookThatExtends() {
    MomDocument document = JSON.readDocument(client("\"impact\": null").getBytes(StandardCharsets.UTF_8),
        PlaybookSources.standard());

    assertThat(document.kind()).isEqualTo(DocumentKind.PLAYBOOK);
    assertThat(document.value(Playbook.class))
        .isEqualTo(Playbook.copyOf(MOM).withId(Id.of("acme")).withVersion("2026.1").withImpact(Optional.empty()));
  }

  @Test
  void aScoringModelWhoseTypeChangesIsReplacedWhole() {
    // mom's "rice" model has only id, type and title; as WSJF with the same id it keeps nothing of RICE
    Playbook acme = resolve(client("""
        "prioritisation": {"scoringModels": [{"id": "rice", "type": "wsjf", "title": "WSJF under the old name"}]}"""));

    var model = acme.prioritisation().orElseThrow().scoringModels().get(1);
    assertThat(model.id()).isEqualTo(Id.of("rice"));
    assertThat(model.type()).isEqualTo(ScoringModelKind.WSJF);
    assertThat(model.title()).contains("WSJF under the old name");
  }

  @Test
  void readsAClientPlaybookFromAFile(@TempDir Path folder) throws Exception {
    Path file = Files.writeString(folder.resolve("acme.json"), client("\"impact\": null"));

    assertThat(JSON.readPlaybook(file, PlaybookSources.standard()).impact()).isEmpty();
  }
}
