package dev.mom.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mom.model.Transformation;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of malformed and hostile documents in {@code malformed/}: cut-off text, wrong types, numbers
 * out of range, NaN and infinities spelled every way, nesting beyond the limit, duplicate keys, byte-order
 * marks, bytes that are not UTF-8, UTF-16 and UTF-32, unknown kinds and schema versions, missing
 * references, dependency cycles, text that is not one JSON object, and documents that name Java classes,
 * files or URLs. Each must be rejected with exactly the problems in its {@code .problems} file; inputs too
 * big to commit are built here.
 */
class MalformedDocumentCorpusTest {

  static Stream<String> documents() throws Exception {
    return InvalidDocumentCorpusTest.documents("malformed");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void rejectsWithExactlyTheExpectedProblems(String name) throws Exception {
    InvalidDocumentCorpusTest.assertRejectedAsExpected("malformed", name);
  }

  @Test
  void theCorpusHasAtLeastSixtyDocumentsEachWithItsProblems() throws Exception {
    List<String> names = documents().toList();
    assertThat(names).hasSizeGreaterThanOrEqualTo(60);
    for (String name : names) {
      assertThat(InvalidDocumentCorpusTest.corpus("malformed").resolve(name + ".problems")).as(name).exists();
    }
  }

  static final String MINIMAL = "{\"kind\": \"mom/transformation\", \"schemaVersion\": 1, \"id\": \"acme\", "
      + "\"title\": \"Acme\", \"organisation\": {\"id\": \"acme\", \"name\": \"Acme\"}}";

  @Test
  void oneLeadingUtf8ByteOrderMarkIsAcceptedAndNotWrittenBack() {
    byte[] text = MINIMAL.getBytes(StandardCharsets.UTF_8);
    byte[] withMark = new byte[text.length + 3];
    withMark[0] = (byte) 0xEF;
    withMark[1] = (byte) 0xBB;
    withMark[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withMark, 3, text.length);

    Transformation read = MomJson.standard().read(withMark, Transformation.class);

    assertThat(read).isEqualTo(MomJson.standard().read(text, Transformation.class));
    assertThat(MomJson.standard().write(read)).startsWith("{");
  }

  @Test
  void aTenMegabyteStringIsRejectedAtItsPointer() {
    char[] title = new char[10 * 1024 * 1024];
    Arrays.fill(title, 'x');
    String document = MINIMAL.replace("\"title\": \"Acme\"", "\"title\": \"" + new String(title) + "\"");

    MomJsonException thrown =
        catchThrowableOfType(MomJsonException.class, () -> MomJson.standard().readDocument(document));

    assertThat(thrown.problems()).extracting(Problem::toString)
        .containsExactly("/title: a string is longer than the limit of 1048576 characters");
  }
}
