package dev.mom.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.mom.model.FocusArea;
import dev.mom.model.Function;
import dev.mom.model.Id;
import dev.mom.model.Organisation;
import dev.mom.model.Period;
import dev.mom.model.Scale;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.Playbooks;
import dev.mom.rules.Condition;
import dev.mom.rules.Rule;
import dev.mom.rules.RuleSet;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MomJsonTest {

  private static final MomJson JSON = MomJson.standard();

  private static List<String> problems(Runnable read) {
    MomJsonException thrown = catchThrowableOfType(MomJsonException.class, read::run);
    assertThat(thrown).as("expected a MomJsonException").isNotNull();
    return thrown.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void writesTheDefaultPlaybookCanonically() throws Exception {
    Path golden = Path.of(getClass().getResource("/canonical/mom-playbook.json").toURI());

    assertThat(JSON.write(Playbooks.mom())).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void writesHeaderFirstAttributesInOrderAndLeavesAbsentOptionalsAndEmptyListsOut() {
    Transformation case1 = Transformation.builder()
        .id(Id.of("mikro"))
        .title("MOM")
        .organisation(Organisation.builder().id(Id.of("mikro")).name("Mikro").customers(100000)
            .addFunction(Function.SALES).build())
        .period(Period.year(2021))
        .build();

    assertThat(JSON.write(case1)).isEqualTo("""
        {
          "kind": "mom/transformation",
          "schemaVersion": 1,
          "id": "mikro",
          "title": "MOM",
          "organisation": {
            "id": "mikro",
            "name": "Mikro",
            "customers": 100000,
            "functions": [
              "sales"
            ]
          },
          "period": {
            "start": "2021-01-01",
            "end": "2021-12-31",
            "label": "2021"
          }
        }
        """);
  }

  @Test
  void readsADocumentOfAnyKindByItsHeader() {
    MomDocument document = JSON.readDocument(JSON.write(Playbooks.mom()));

    assertThat(document.kind()).isEqualTo(DocumentKind.PLAYBOOK);
    assertThat(document.schemaVersion()).isEqualTo(1);
    assertThat(document.value(Playbook.class)).isEqualTo(Playbooks.mom());
  }

  @Test
  void rejectsADocumentOfAnotherKind() {
    String playbook = JSON.write(Playbooks.mom());

    assertThat(problems(() -> JSON.read(playbook, Transformation.class))).containsExactly(
        "/kind: expected a mom/transformation document, found a mom/playbook document (rejected: mom/playbook)");
  }

  @Test
  void readsValuesThatAreNotDocumentsWithoutAHeader() {
    FocusArea area = JSON.read("{\"id\": \"data\", \"name\": \"Data\"}", FocusArea.class);

    assertThat(area).isEqualTo(FocusArea.of(Id.of("data"), "Data"));
    assertThat(problems(() -> JSON.read("{\"kind\": \"x\", \"id\": \"data\", \"name\": \"Data\"}", FocusArea.class)))
        .containsExactly("/kind: unknown property 'kind'; known properties: id, name, description");
  }

  @Test
  void writesAndReadsExtendsUnderItsJsonName() {
    Playbook client = Playbook.copyOf(Playbooks.mom()).withId(Id.of("client")).withExtendsPlaybook(Id.of("mom"));

    String written = JSON.write(client);

    assertThat(written).contains("\n  \"extends\": \"mom\",\n").doesNotContain("extendsPlaybook");
    assertThat(JSON.read(written, Playbook.class)).isEqualTo(client);
  }

  @Test
  void rejectsNumbersBeyondTheRangeOfADouble() {
    assertThat(problems(() -> JSON.read("{\"min\": -1e999, \"max\": 5}", Scale.class))).containsExactly(
        "/min: number out of range: a number must lie within ±1.7976931348623157E308 (rejected: -1e999)");
  }

  @Test
  void readsDocumentsWithAByteOrderMark() {
    byte[] text = JSON.write(Playbooks.mom()).getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);

    assertThat(JSON.read(withBom, Playbook.class)).isEqualTo(Playbooks.mom());
  }

  @Test
  void enforcesConfiguredLimits() {
    MomJson small = MomJson.builder().maxStringLength(8).maxDocumentBytes(400).maxNestingDepth(3).build();
    String longName = "{\"id\": \"data\", \"name\": \"Data access and use\"}";
    String deep = "{\"id\": \"data\", \"name\": \"Data\", \"description\": [[[[1]]]]}";

    assertThat(problems(() -> small.read(longName, FocusArea.class)))
        .containsExactly("/name: a string is longer than the limit of 8 characters");
    assertThat(problems(() -> small.read(deep, FocusArea.class)))
        .containsExactly("/description/0/0: nested deeper than the limit of 3 levels");
    assertThat(problems(() -> small.read(JSON.write(Playbooks.mom()), Playbook.class)))
        .containsExactly("(document): the document is larger than the limit of 400 bytes");
    assertThatIllegalArgumentException().isThrownBy(() -> MomJson.builder().maxNestingDepth(0))
        .withMessage("maxNestingDepth must be at least 1, was 0");
  }

  @Test
  void refusesToWriteWhatIsNotAMomValue() {
    assertThatIllegalArgumentException().isThrownBy(() -> JSON.write(new Object()))
        .withMessageStartingWith("cannot write a java.lang.Object as MOM JSON");
  }

  // --- rules: conditions are a JSON tree; effects take the type the engine gives ---

  private static final Type RULES_OF_TEXT =
      TypeFactory.defaultInstance().constructParametricType(RuleSet.class, String.class);

  @Test
  void readsAndWritesConditionTrees() {
    String rules = """
        {
          "rules": [
            {
              "id": "sales-decides",
              "description": "Sales decides what gets built",
              "when": {
                "all": [
                  {
                    "signal": "decisions.decidedBy.sales",
                    "gte": 0.4
                  },
                  {
                    "not": {
                      "signal": "decisions.customerEvidence",
                      "between": [
                        0.5,
                        1.0
                      ]
                    }
                  },
                  {
                    "any": [
                      {
                        "signal": "survey.oneDepartmentDecides",
                        "gt": 0.6
                      },
                      {
                        "signal": "interviews.code.backlog-wishlist",
                        "eq": 0.0
                      }
                    ]
                  }
                ]
              },
              "effect": "sales-led",
              "cites": "000: sales decide what to build"
            }
          ]
        }
        """;

    Object read = JSON.read(rules.getBytes(StandardCharsets.UTF_8), RULES_OF_TEXT);

    Rule<String> expected = Rule.<String>builder()
        .id(Id.of("sales-decides"))
        .description("Sales decides what gets built")
        .when(Condition.all(
            Condition.signal("decisions.decidedBy.sales").gte(0.4),
            Condition.not(Condition.signal("decisions.customerEvidence").between(0.5, 1.0)),
            Condition.any(
                Condition.signal("survey.oneDepartmentDecides").gt(0.6),
                Condition.signal("interviews.code.backlog-wishlist").eq(0.0))))
        .effect("sales-led")
        .cites("000: sales decide what to build")
        .build();
    assertThat(read).isEqualTo(RuleSet.<String>builder().addRule(expected).build());
    assertThat(JSON.write(read)).isEqualTo(rules);
  }

  @Test
  void reportsEveryBadConditionWithItsPointer() {
    String rules = """
        {"rules": [
          {"id": "r1", "description": "two heads", "effect": "x",
           "when": {"all": [], "signal": "a", "gte": 1}},
          {"id": "r2", "description": "no operator", "effect": "x", "when": {"signal": "a"}},
          {"id": "r3", "description": "two operators", "effect": "x", "when": {"signal": "a", "gte": 1, "lt": 2}},
          {"id": "r4", "description": "typo", "effect": "x", "when": {"signal": "a", "gtee": 1}},
          {"id": "r5", "description": "bad range", "effect": "x", "when": {"signal": "a", "between": [3, 1]}},
          {"id": "r6", "description": "three ends", "effect": "x", "when": {"signal": "a", "between": [1, 2, 3]}},
          {"id": "r7", "description": "bad name", "effect": "x", "when": {"signal": "9lives", "gt": 1}},
          {"id": "r8", "description": "not a condition", "effect": "x", "when": {"any": [true]}}
        ]}
        """;

    assertThat(problems(() -> JSON.read(rules.getBytes(StandardCharsets.UTF_8), RULES_OF_TEXT))).containsExactly(
        "/rules/0/when: a condition has exactly one of 'all', 'any', 'not' or 'signal'; found all, signal",
        "/rules/1/when: the comparison on 'a' needs one operator: gt, gte, lt, lte, eq or between",
        "/rules/2/when: the comparison on 'a' has 2 operators (gte, lt); write one comparison per operator inside \"all\"",
        "/rules/3/when/gtee: unknown property 'gtee' (did you mean 'gte'?)",
        "/rules/4/when/between: between on a has its low end 3.0 above its high end 1.0",
        "/rules/5/when/between: between takes exactly two numbers [low, high], found 3",
        "/rules/6/when/signal: invalid signal name '9lives': use segments joined by '.', each starting with a letter"
            + " or digit (the first with a letter) and continuing with letters, digits, '-' or '_', at most 128"
            + " characters",
        "/rules/7/when/any/0: expected a condition: {\"all\": [...]}, {\"any\": [...]}, {\"not\": {...}} or"
            + " {\"signal\": \"...\", \"gte\": 0.5}, found a boolean (rejected: true)");
  }

  // --- the module on an application's own mapper ---

  @Test
  void theModuleIsFoundByServiceLoadingAndThrowsTheFirstProblem() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    FocusArea area = FocusArea.of(Id.of("data"), "Data");

    String written = mapper.writeValueAsString(area);

    assertThat(written).isEqualTo("{\"id\":\"data\",\"name\":\"Data\"}");
    assertThat(mapper.readValue(written, FocusArea.class)).isEqualTo(area);
    MismatchedInputException thrown = catchThrowableOfType(MismatchedInputException.class,
        () -> mapper.readValue("{\"id\": \"Data\", \"name\": \"Data\"}", FocusArea.class));
    assertThat(thrown.getOriginalMessage()).isEqualTo("/id: invalid id 'Data': use 1 to 64 characters from a-z,"
        + " 0-9, '-', '_' and '.' (no capitals, no spaces) (rejected: Data)");
  }
}
