package dev.mom.examples.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mom.Mom;
import dev.mom.TransformationReport;
import dev.mom.diagnosis.ArchetypeScore;
import dev.mom.diagnosis.ConfidenceLevel;
import dev.mom.diagnosis.DominanceDiagnosis;
import dev.mom.diagnosis.PerceivedDominance;
import dev.mom.diagnosis.Verdict;
import dev.mom.gap.GapReport;
import dev.mom.impact.ImpactVerdict;
import dev.mom.impact.OutcomeImpact;
import dev.mom.json.MomJson;
import dev.mom.json.PlaybookSources;
import dev.mom.model.Id;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.Playbooks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The bundled cases, and the second one, Varrow, read side by side with Mikro. */
class ExampleCaseTest {

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = ExampleCase.class.getResourceAsStream(name)) {
      assertThat(in).as("resource %s", name).isNotNull();
      return in.readAllBytes();
    }
  }

  private static TransformationReport analyse(ExampleCase example) {
    return Mom.analyze(example.transformation(), Playbooks.mom());
  }

  @ParameterizedTest
  @EnumSource(ExampleCase.class)
  void everyBundledDocumentIsCanonical(ExampleCase example) throws IOException {
    byte[] bytes = resource(example.resource());
    Transformation read = MomJson.standard().read(bytes, Transformation.class);

    // reading and writing again gives the identical bytes: the file diffs cleanly when it is edited
    assertThat(MomJson.standard().write(read)).as(example.id()).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
    assertThat(read).isEqualTo(example.transformation());
  }

  @Test
  void theIdsAreTheLowercaseNames() {
    assertThat(ExampleCase.values()).extracting(ExampleCase::id, ExampleCase::toString)
        .containsExactly(tuple("mikro", "mikro"), tuple("varrow", "varrow"));
  }

  @Test
  void varrowIsFictionalAndSaysSo() {
    Transformation varrow = ExampleCase.VARROW.transformation();

    assertThat(varrow.organisation().name()).isEqualTo("Varrow Distribution Systems");
    assertThat(varrow.description()).hasValueSatisfying(d -> assertThat(d)
        .contains("An illustrative second case, invented to contrast with the Mikro case")
        .contains("is a fictional company, and every person, number, quote and date in this document is invented"));
    assertThat(varrow.organisation().description()).hasValueSatisfying(d -> assertThat(d).contains("fictional"));
  }

  /**
   * The same engines and the same default playbook tell the two organisations apart: Mikro is mixed (sales,
   * executives and product share the lead within the 10% margin, confidence medium), Varrow is dominated by
   * sales with high confidence. Varrow's points, from the rule trace of its file: sales-decides 3 (60% of the 40
   * decisions decided by sales), sales-requests-drive-the-road-map 2 (70% initiated by sales, 70% with a sales
   * request), sales-decides-outside-strategy 2 (10 of 40 = 25% linked to strategy), survey-sales-decides 1,
   * survey-backlog-wishlist 1, observed-sales-promise 2 (7 of 12 sources), observed-backlog-wishlist 1 (4 of 12
   * wish list, 4 of 12 silo): 12 points; observed-hippo 2 (4 of 12 sources): 14 in all, sales 12 ÷ 14 = 85.7%.
   */
  @Test
  void theTwoCasesAreDiagnosedDifferently() {
    DominanceDiagnosis mikro = analyse(ExampleCase.MIKRO).diagnosis().orElseThrow();
    DominanceDiagnosis varrow = analyse(ExampleCase.VARROW).diagnosis().orElseThrow();

    assertThat(mikro.verdict()).isEqualTo(Verdict.MIXED);
    assertThat(mikro.leaders()).containsExactly(Id.of("sales-led"), Id.of("executive-led"), Id.of("product-led"));
    assertThat(mikro.confidence().level()).isEqualTo(ConfidenceLevel.MEDIUM);

    assertThat(varrow.verdict()).isEqualTo(Verdict.DOMINANT);
    assertThat(varrow.leaders()).containsExactly(Id.of("sales-led"));
    assertThat(varrow.scores()).extracting(s -> s.archetype().value(), ArchetypeScore::points).containsExactly(
        tuple("engineering-led", 0.0), tuple("sales-led", 12.0), tuple("executive-led", 2.0),
        tuple("product-led", 0.0), tuple("customer-driven", 0.0));
    assertThat(varrow.confidence().level()).isEqualTo(ConfidenceLevel.HIGH);
    assertThat(varrow.confidence().sourceAgreement()).hasValue(1.0);
    assertThat(varrow.confidence().volume()).isEqualTo(1.0);

    assertThat(varrow.leaders()).isNotEqualTo(mikro.leaders());
    assertThat(varrow.verdict()).isNotEqualTo(mikro.verdict());
  }

  /** Everyone but the sales team sees sales deciding: the sales respondents' own answers fire no rule. */
  @Test
  void onlyTheSalesTeamDoesNotSeeSalesDeciding() {
    DominanceDiagnosis varrow = analyse(ExampleCase.VARROW).diagnosis().orElseThrow();

    Map<String, String> leaders = varrow.perception().stream().filter(v -> !v.suppressed())
        .collect(Collectors.toMap(PerceivedDominance::view, v -> v.leader().map(Id::value).orElse("none")));
    assertThat(leaders).containsExactlyInAnyOrderEntriesOf(Map.of("decision-log", "sales-led", "survey", "sales-led",
        "observations", "sales-led", "survey:engineering", "sales-led", "survey:product", "sales-led",
        "survey:support", "sales-led", "survey:sales", "none"));
  }

  /**
   * Varrow knows its customers through the people who sell to them (two of the four indicators of the first
   * level are within the threshold), but one work group dictates what is built and the road map does not map to
   * goals: the first level is blocked by two indicators, and the road map's mapping to goals is the largest gap.
   */
  @Test
  void varrowsGapsPrioritiesTraceAndImpactTellItsStory() {
    TransformationReport report = analyse(ExampleCase.VARROW);

    GapReport gaps = report.gaps().orElseThrow();
    assertThat(gaps.measurements()).isEqualTo(176);
    assertThat(gaps.stage().reached()).isEmpty();
    assertThat(gaps.stage().blockers()).extracting(b -> b.indicator().orElseThrow().value())
        .containsExactly("decisions-rest-on-customer-data", "customer-problems-known");
    assertThat(gaps.ranking().get(0)).isEqualTo(Id.of("roadmap-maps-to-goals"));

    assertThat(report.prioritisation().orElseThrow().ranking()).extracting(c -> c.concept().value())
        .startsWith("roadmap-okr-mapping", "deal-desk-triage");

    // two items promised in deals trace to no key result: the sales-led road map's wish list
    assertThat(report.traceability().orElseThrow().wishList()).extracting(Id::value)
        .containsExactly("consignment-module", "cold-chain-fields");

    assertThat(report.impact().orElseThrow().outcomes()).extracting(o -> o.outcome().value(), OutcomeImpact::verdict)
        .containsExactly(tuple("roadmap-linked-to-strategy", ImpactVerdict.INSUFFICIENT_DATA),
            tuple("distributor-understanding", ImpactVerdict.NO_DETECTABLE_CHANGE),
            tuple("direct-distributor-contact", ImpactVerdict.IMPROVED),
            tuple("deal-driven-work", ImpactVerdict.NO_DETECTABLE_CHANGE));
  }

  // ---- Varrow's client playbook ----------------------------------------------------------------------

  /**
   * The client playbook is a small diff over the default in the agreed {@code extends} format: it names the base,
   * and every property and every id it overrides exists in the default playbook at the same place, so it changes
   * the method and adds nothing the engines do not know. (The next test checks the merge itself.)
   */
  @Test
  void varrowsPlaybookOverridesOnlyWhatTheDefaultHas() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode tweak = mapper.readTree(resource(ExampleCase.VARROW_PLAYBOOK_RESOURCE));
    JsonNode base = mapper.readTree(MomJson.standard().write(Playbooks.mom()));

    assertThat(tweak.path("kind").asText()).isEqualTo("mom/playbook");
    assertThat(tweak.path("schemaVersion").asInt()).isEqualTo(1);
    assertThat(tweak.path("id").asText()).isEqualTo("varrow");
    assertThat(tweak.path("extends").asText()).isEqualTo("mom");
    List<String> unknown = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> fields = tweak.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!HEADER.contains(field.getKey())) {
        overridesOnlyKnown("/" + field.getKey(), field.getValue(), base.path(field.getKey()), unknown);
      }
    }
    assertThat(unknown).isEmpty();
    assertThat(tweak.at("/diagnosis/rules/0/id").asText()).isEqualTo("sales-decides");
    assertThat(tweak.at("/diagnosis/rules/0/when/gte").asDouble()).isEqualTo(0.5);
    // a replaced word list is the whole list: the default's words and the distributor's own
    List<String> words = new ArrayList<>();
    tweak.at("/traceability/outputWords").forEach(w -> words.add(w.asText()));
    List<String> defaults = new ArrayList<>();
    base.at("/traceability/outputWords").forEach(w -> defaults.add(w.asText()));
    assertThat(words).containsSubsequence(defaults).contains("go-live");
  }

  /**
   * Resolved over {@code mom}, Varrow's playbook is the default with exactly its overrides and nothing else: the
   * expected tree is the default playbook's canonical JSON edited by hand at the places the client file names (its
   * header; rule {@code sales-decides}, whose description and condition are replaced whole; the decision target
   * 30 → 40; band {@code major} up to 0.5 → 0.4; strategic-fit {@code gapWeight} 0.3 → 0.4; and both word lists,
   * which are replaced whole), and it must equal the resolved playbook written canonically.
   */
  @Test
  void varrowsPlaybookResolvesToTheDefaultWithExactlyItsOverrides() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    byte[] client = resource(ExampleCase.VARROW_PLAYBOOK_RESOURCE);
    JsonNode tweak = mapper.readTree(client);
    ObjectNode expected = (ObjectNode) mapper.readTree(MomJson.standard().write(Playbooks.mom()));
    for (String header : List.of("id", "version", "title", "description")) {
      expected.set(header, tweak.get(header));
    }
    ObjectNode rule = (ObjectNode) elementWithId(expected.at("/diagnosis/rules"), "sales-decides");
    rule.set("description", tweak.at("/diagnosis/rules/0/description"));
    rule.set("when", tweak.at("/diagnosis/rules/0/when"));
    ((ObjectNode) expected.at("/diagnosis/targets")).put("decisions", 40);
    ((ObjectNode) elementWithId(expected.at("/gaps/severityBands"), "major")).put("upTo", 0.4);
    ((ObjectNode) elementWithId(expected.at("/prioritisation/scoringModels"), "strategic-fit")).put("gapWeight", 0.4);
    ((ObjectNode) expected.at("/traceability")).set("outputWords", tweak.at("/traceability/outputWords"));
    ((ObjectNode) expected.at("/traceability")).set("customerWords", tweak.at("/traceability/customerWords"));

    Playbook resolved = MomJson.standard().readPlaybook(client, PlaybookSources.standard());

    assertThat(resolved.extendsPlaybook()).isEmpty();
    assertThat(mapper.readTree(MomJson.standard().write(resolved))).isEqualTo(expected);
  }

  private static JsonNode elementWithId(JsonNode array, String id) {
    for (JsonNode element : array) {
      if (element.path("id").asText().equals(id)) {
        return element;
      }
    }
    throw new AssertionError("no element '" + id + "' in " + array);
  }

  /** The properties of a playbook's header, which a client playbook sets for itself. */
  private static final Set<String> HEADER = Set.of("kind", "schemaVersion", "id", "version", "title", "description",
      "extends");

  /** Collects the pointers of the tweak that name a property or an id the base does not have. */
  private static void overridesOnlyKnown(String pointer, JsonNode tweak, JsonNode base, List<String> unknown) {
    if (base.isMissingNode()) {
      unknown.add(pointer);
    } else if (tweak.isObject() && !pointer.endsWith("/when")) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = tweak.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        overridesOnlyKnown(pointer + "/" + field.getKey(), field.getValue(), base.path(field.getKey()), unknown);
      }
    } else if (tweak.isArray() && tweak.size() > 0 && tweak.get(0).has("id")) {
      for (int i = 0; i < tweak.size(); i++) {
        String id = tweak.get(i).path("id").asText();
        JsonNode match = null;
        for (JsonNode element : base) {
          if (element.path("id").asText().equals(id)) {
            match = element;
          }
        }
        if (match == null) {
          unknown.add(pointer + "/" + i + " (id " + id + ")");
        } else {
          overridesOnlyKnown(pointer + "/" + i, tweak.get(i), match, unknown);
        }
      }
    }
  }
}
