package dev.mom.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.Playbooks;
import dev.mom.testing.DiagnosisGenerators;
import dev.mom.testing.GapGenerators;
import dev.mom.testing.ImpactGenerators;
import dev.mom.testing.ModelGenerators;
import dev.mom.testing.PriorityGenerators;
import dev.mom.testing.TraceGenerators;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped JSON Schemas, checked with an independent validator (networknt's json-schema-validator): they
 * are valid draft 2020-12 schemas; every document MOM writes (the Mikro case, the default playbook, random
 * values of every engine) is valid against its kind's schema; the invalid documents whose fault is one of
 * form (unknown property, wrong type, missing property, bad id, enum or date, out of range) are rejected
 * where MomJson points; and a client playbook that {@code extends} a base may be partial, with removals.
 */
class SchemaValidationTest {

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<DocumentKind, Schema> SCHEMAS = new EnumMap<>(DocumentKind.class);
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final MomJson JSON = MomJson.standard();
  private static final Path MIKRO =
      Path.of("..", "mom-examples", "src", "main", "resources", "dev", "mom", "examples", "mikro", "mikro-transformation.json");

  private static synchronized Schema schema(DocumentKind kind) {
    return SCHEMAS.computeIfAbsent(kind, k -> REGISTRY.getSchema(k.schema(), InputFormat.JSON));
  }

  /** The schema's complaints about a document, each as "pointer: message". */
  static List<String> problems(DocumentKind kind, String document) {
    List<String> problems = new ArrayList<>();
    for (Error error : schema(kind).validate(document, InputFormat.JSON)) {
      String pointer = pointer(error.getInstanceLocation());
      if (error.getProperty() != null && ("required".equals(error.getKeyword())
          || "additionalProperties".equals(error.getKeyword()))) {
        pointer = pointer + "/" + error.getProperty();
      }
      problems.add(pointer + ": " + error.getMessage());
    }
    return problems;
  }

  private static String pointer(NodePath path) {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      pointer.append('/').append(String.valueOf(path.getElement(i)).replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void eachSchemaIsAValidDraft202012Schema(DocumentKind kind) throws Exception {
    Schema meta = REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    List<Error> errors = meta.validate(kind.schema(), InputFormat.JSON);

    assertThat(errors).as(kind.id()).isEmpty();
    JsonNode schema = TREES.readTree(kind.schema());
    assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("title").asText()).contains(kind.id());
  }

  @Test
  void theMikroCaseIsValid() throws Exception {
    String mikro = Files.readString(MIKRO, StandardCharsets.UTF_8);
    JSON.read(mikro, Transformation.class); // MomJson reads it: the premise

    assertThat(problems(DocumentKind.TRANSFORMATION, mikro)).isEmpty();
    assertThat(problems(DocumentKind.TRANSFORMATION, JSON.write(JSON.read(mikro, Transformation.class)))).isEmpty();
  }

  @Test
  void theDefaultPlaybookIsValid() throws Exception {
    String canonical = new String(getClass().getResourceAsStream("/canonical/mom-playbook.json").readAllBytes(),
        StandardCharsets.UTF_8);

    assertThat(problems(DocumentKind.PLAYBOOK, canonical)).isEmpty();
    assertThat(problems(DocumentKind.PLAYBOOK, JSON.write(Playbooks.mom()))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void everyRandomTransformationMomJsonWritesIsValid(long seed) {
    List<Transformation> cases = List.of(
        ModelGenerators.transformation(new Random(seed)),
        DiagnosisGenerators.transformation(new Random(seed), DiagnosisGenerators.model(new Random(seed))),
        GapGenerators.transformation(new Random(seed), GapGenerators.playbook(new Random(seed))),
        PriorityGenerators.transformation(new Random(seed)),
        TraceGenerators.transformation(new Random(seed)),
        ImpactGenerators.transformation(new Random(seed)));
    for (Transformation transformation : cases) {
      String written = JSON.write(transformation);
      assertThat(problems(DocumentKind.TRANSFORMATION, written)).as("seed %d:%n%s", seed, written).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void everyRandomPlaybookMomJsonWritesIsValid(long seed) {
    Random random = new Random(seed);
    Playbook everyModel = GapGenerators.playbook(random)
        .withDiagnosis(DiagnosisGenerators.model(random))
        .withPrioritisation(PriorityGenerators.model(random))
        .withTraceability(TraceGenerators.model(random))
        .withImpact(ImpactGenerators.model(random));
    // ModelGenerators' playbooks extend a base half of the time: complete documents, valid in either form
    for (Playbook playbook : List.of(everyModel, ModelGenerators.playbook(random))) {
      String written = JSON.write(playbook);
      assertThat(problems(DocumentKind.PLAYBOOK, written)).as("seed %d:%n%s", seed, written).isEmpty();
    }
  }

  /** Invalid documents whose faults are of form: the schema rejects them, and at a place MomJson names. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "unknown-property-with-suggestion, TRANSFORMATION",
      "unknown-property-without-suggestion, TRANSFORMATION",
      "missing-required, TRANSFORMATION",
      "null-value, TRANSFORMATION",
      "wrong-type-string-for-number, TRANSFORMATION",
      "wrong-type-fraction-for-whole-number, TRANSFORMATION",
      "wrong-type-object-for-list, TRANSFORMATION",
      "enum-typo, TRANSFORMATION",
      "bad-id, TRANSFORMATION",
      "bad-date, TRANSFORMATION",
      "constraint-violations, TRANSFORMATION",
      "unknown-kind, TRANSFORMATION",
      "missing-header, TRANSFORMATION",
      "newer-schema-version, PLAYBOOK",
      "playbook-empty-lists, PLAYBOOK",
      "transformation-trace-unknown-enums, TRANSFORMATION",
      "transformation-impact-unknown-test, TRANSFORMATION",
  })
  void invalidDocumentsOfWrongFormAreRejectedWhereMomJsonPoints(String name, DocumentKind kind) throws Exception {
    Path corpus = InvalidDocumentCorpusTest.corpus();
    String document = Files.readString(corpus.resolve(name + ".json"), StandardCharsets.UTF_8);
    List<String> momPointers = new ArrayList<>();
    for (String line : Files.readAllLines(corpus.resolve(name + ".problems"), StandardCharsets.UTF_8)) {
      momPointers.add(line.substring(0, line.indexOf(": ")));
    }

    List<String> problems = problems(kind, document);

    assertThat(problems).as(name).isNotEmpty();
    assertThat(problems).as(name + ": the schema points where MomJson points, " + momPointers)
        .anySatisfy(problem -> assertThat(momPointers).contains(problem.substring(0, problem.indexOf(": "))));
  }

  // ------------------------------------------------------------------------------ playbooks that extend

  /** The client playbook of the extends format, complete where it adds, partial where it merges. */
  private static final String CLIENT = """
      {
        "kind": "mom/playbook", "schemaVersion": 1,
        "id": "acme", "version": "2026.1", "title": "MOM for Acme (sales-led distributor)",
        "extends": "mom",
        "diagnosis": {
          "archetypes": [
            { "id": "marketing-led", "label": "Marketing-led", "description": "Campaigns decide the road map.",
              "consequence": "Features chase launches, not customer problems.", "ideal": false },
            { "id": "engineering-led", "$remove": true },
            { "id": "sales-led", "label": "Sales-led (distributor)" }
          ],
          "rules": [ { "id": "sales-decides", "when": { "signal": "decisions.decidedBy.sales", "gte": 0.5 } } ]
        },
        "traceability": { "outputWords": ["ship", "release", "launch"] },
        "impact": null
      }
      """;

  @Test
  void aClientPlaybookThatExtendsABaseMayBePartial() {
    assertThat(problems(DocumentKind.PLAYBOOK, CLIENT)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a removal names the id and nothing else
      "removal with more | { \"id\": \"engineering-led\", \"$remove\": true }, | { \"id\": \"engineering-led\", \"$remove\": true, \"label\": \"x\" },",
      // $remove is true or absent
      "removal false | { \"id\": \"engineering-led\", \"$remove\": true }, | { \"id\": \"engineering-led\", \"$remove\": false },",
      // an element merged by id names its id
      "element without id | { \"id\": \"sales-led\", \"label\": \"Sales-led (distributor)\" } | { \"label\": \"Sales-led (distributor)\" }",
      // a client playbook has its own version
      "no version | \"version\": \"2026.1\", | ",
      // replaced-whole values stay complete: a comparison has one operator
      "condition | { \"signal\": \"decisions.decidedBy.sales\", \"gte\": 0.5 } | { \"signal\": \"decisions.decidedBy.sales\" }",
      // unknown properties are still unknown
      "typo | \"outputWords\" | \"outputWord\"",
  })
  void aClientPlaybookIsStillChecked(String label, String from, String to) {
    String document = CLIENT.replace(from.strip(), to == null ? "" : to.strip());
    assertThat(document).isNotEqualTo(CLIENT);

    assertThat(problems(DocumentKind.PLAYBOOK, document)).as(label).isNotEmpty();
  }

  @Test
  void withoutExtendsAPlaybookIsCompleteAndHasNoNulls() {
    String complete = CLIENT.replace("\"extends\": \"mom\",", "");

    List<String> problems = problems(DocumentKind.PLAYBOOK, complete);

    // a complete playbook needs focus areas and levels, its archetypes need all their properties, and
    // null is no value: each of these is a problem of its own
    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("/focusAreas: "));
    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("/changeLevels: "));
    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("/impact: "));
    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("/diagnosis/archetypes/1"));
  }

  @Test
  void scoringModelsTakeTheParametersOfTheirType() {
    String playbook = JSON.write(Playbooks.mom());
    String iceWithoutVariant = playbook.replaceFirst(",\\s*\"variant\": \"product\"", "");
    String riceWithGapWeight = playbook.replaceFirst("\"type\": \"rice\"", "\"type\": \"rice\", \"gapWeight\": 0.4");
    String gapWeightAboveOne = playbook.replaceFirst("\"gapWeight\": 0.3", "\"gapWeight\": 1.5");

    for (String changed : List.of(iceWithoutVariant, riceWithGapWeight, gapWeightAboveOne)) {
      assertThat(changed).isNotEqualTo(playbook);
      assertThat(problems(DocumentKind.PLAYBOOK, changed)).anySatisfy(p -> assertThat(p).startsWith("/prioritisation/"));
    }
  }
}
