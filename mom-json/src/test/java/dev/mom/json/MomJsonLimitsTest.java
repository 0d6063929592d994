package dev.mom.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mom.model.Transformation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Each of MomJson's limits accepts a document exactly at the limit and reports one just over it as a
 * problem at its pointer, never as an exception from inside the parser.
 */
class MomJsonLimitsTest {

  /** 119 bytes; its organisation's name is 4 characters; its functions array has 2 elements. */
  static final String DOCUMENT = "{\"kind\": \"mom/transformation\", \"schemaVersion\": 1, \"id\": \"acme\", "
      + "\"title\": \"Acme\", \"organisation\": {\"id\": \"acme\", \"name\": \"Acme\", \"functions\": [\"sales\", "
      + "\"engineering\"]}}";

  static Transformation read(MomJson json, String document) {
    return json.read(document.getBytes(StandardCharsets.UTF_8), Transformation.class);
  }

  static String problems(MomJson json, String document) {
    MomJsonException thrown = catchThrowableOfType(MomJsonException.class, () -> read(json, document));
    assertThat(thrown).as("over the limit must be rejected").isNotNull();
    return String.join("\n", thrown.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void documentSize() {
    int size = DOCUMENT.getBytes(StandardCharsets.UTF_8).length;
    assertThat(read(MomJson.builder().maxDocumentBytes(size).build(), DOCUMENT)).isNotNull();
    assertThat(problems(MomJson.builder().maxDocumentBytes(size - 1).build(), DOCUMENT))
        .isEqualTo("(document): the document is larger than the limit of " + (size - 1) + " bytes");
  }

  @Test
  void nestingDepth() {
    // root object (1), organisation (2), functions (3)
    assertThat(read(MomJson.builder().maxNestingDepth(3).build(), DOCUMENT)).isNotNull();
    assertThat(problems(MomJson.builder().maxNestingDepth(2).build(), DOCUMENT))
        .isEqualTo("/organisation/functions: nested deeper than the limit of 2 levels");
  }

  @Test
  void stringLength() {
    // the longest strings are "mom/transformation" (18) and "engineering" (11)
    assertThat(read(MomJson.builder().maxStringLength(18).build(), DOCUMENT)).isNotNull();
    assertThat(problems(MomJson.builder().maxStringLength(17).build(), DOCUMENT))
        .isEqualTo("/kind: a string is longer than the limit of 17 characters");
  }

  @Test
  void collectionSize() {
    // the root object has 5 properties, the organisation 3, the functions array 2
    assertThat(read(MomJson.builder().maxCollectionSize(5).build(), DOCUMENT)).isNotNull();
    assertThat(problems(MomJson.builder().maxCollectionSize(4).build(), DOCUMENT))
        .isEqualTo("(document): an object has more than the limit of 4 properties");
    String longList = DOCUMENT.replace("\"engineering\"]", "\"engineering\", \"support\", \"product\"]");
    assertThat(read(MomJson.builder().maxCollectionSize(5).build(), longList)).isNotNull();
    String longerList = longList.replace("\"product\"]", "\"product\", \"marketing\", \"finance\"]");
    assertThat(problems(MomJson.builder().maxCollectionSize(5).build(), longerList))
        .isEqualTo("/organisation/functions/5: an array has more than the limit of 5 elements");
  }

  @Test
  void collectionSizeCountsArraysInsideArraysToo() {
    StringBuilder members = new StringBuilder();
    for (int m = 1; m <= 7; m++) {
      members.append(m == 1 ? "" : ", ").append("{\"id\": \"m").append(m).append("\", \"function\": \"sales\"}");
    }
    // the root has 6 properties, the team 4; its members array 6 elements, then 7
    String six = DOCUMENT.replace("}}", "}, \"teams\": [{\"id\": \"tf\", \"name\": \"Task force\", "
        + "\"role\": \"task-force\", \"members\": [" + members.substring(0, members.lastIndexOf(", {")) + "]}]}");
    String seven = DOCUMENT.replace("}}", "}, \"teams\": [{\"id\": \"tf\", \"name\": \"Task force\", "
        + "\"role\": \"task-force\", \"members\": [" + members + "]}]}");
    assertThat(read(MomJson.builder().maxCollectionSize(6).build(), six).teams().get(0).members()).hasSize(6);
    assertThat(problems(MomJson.builder().maxCollectionSize(6).build(), seven))
        .isEqualTo("/teams/0/members/6: an array has more than the limit of 6 elements");
  }

  @Test
  void problemsBeyondTheLimitAreCounted() {
    // three unknown properties: titel, naem, functoins
    String document = DOCUMENT.replace("\"title\"", "\"titel\"").replace("\"name\"", "\"naem\"")
        .replace("\"functions\"", "\"functoins\"");
    assertThat(problems(MomJson.builder().maxProblems(5).build(), document).lines())
        .as("all five problems at a limit of 5").hasSize(5);
    assertThat(problems(MomJson.builder().maxProblems(4).build(), document).lines()).containsExactly(
        "/titel: unknown property 'titel' (did you mean 'title'?)",
        "/organisation/naem: unknown property 'naem' (did you mean 'name'?)",
        "/organisation/functoins: unknown property 'functoins' (did you mean 'functions'?)",
        "/organisation/name: missing required property 'name'",
        "(document): 1 more problems are not listed (at most 4 are); fix these and read the document again");
  }

  @Test
  void theDefaultsHoldTheBenchmarkSizes() {
    assertThat(MomJson.standard().maxDocumentBytes()).isEqualTo(64 * 1024 * 1024);
    assertThat(MomJson.standard().maxCollectionSize()).isEqualTo(5_000_000);
    assertThat(MomJson.standard().maxProblems()).isEqualTo(1000);
  }
}
