package dev.mom.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of invalid documents: each {@code invalid/NAME.json} must be rejected with exactly the
 * problems listed, one per line as {@link Problem#toString()}, in {@code invalid/NAME.problems}. A changed
 * line is a deliberate, reviewed change to what consultants are told.
 */
class InvalidDocumentCorpusTest {

  static Path corpus() throws URISyntaxException {
    return corpus("invalid");
  }

  /** A folder of test resources holding a corpus: {@code NAME.json} beside {@code NAME.problems}. */
  static Path corpus(String folder) throws URISyntaxException {
    return Path.of(InvalidDocumentCorpusTest.class.getResource("/" + folder).toURI());
  }

  static Stream<String> documents() throws IOException, URISyntaxException {
    return documents("invalid");
  }

  /** The names of a corpus's documents, without {@code .json}, sorted. */
  static Stream<String> documents(String folder) throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(corpus(folder))) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - ".json".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void rejectsWithExactlyTheExpectedProblems(String name) throws Exception {
    assertRejectedAsExpected("invalid", name);
  }

  /** Reads {@code folder/name.json} and checks that it fails with exactly the lines of {@code folder/name.problems}. */
  static void assertRejectedAsExpected(String folder, String name) throws Exception {
    Path document = corpus(folder).resolve(name + ".json");
    List<String> expected = Files.readAllLines(corpus(folder).resolve(name + ".problems"), StandardCharsets.UTF_8);

    MomJsonException thrown =
        catchThrowableOfType(MomJsonException.class, () -> MomJson.standard().readDocument(document));

    assertThat(thrown).as(name + " must be rejected").isNotNull();
    assertThat(thrown.problems()).extracting(Problem::toString).as(name).containsExactlyElementsOf(expected);
  }

  @Test
  void everyDocumentHasItsExpectedProblems() throws Exception {
    List<String> names = documents().toList();
    assertThat(names).hasSizeGreaterThanOrEqualTo(25);
    for (String name : names) {
      assertThat(corpus().resolve(name + ".problems")).as(name).exists();
    }
  }
}
