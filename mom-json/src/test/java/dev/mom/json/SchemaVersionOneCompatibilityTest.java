package dev.mom.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mom.Mom;
import dev.mom.TransformationReport;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The compatibility promise for {@code schemaVersion: 1}: the golden documents in {@code compat/v1/} — the
 * Mikro case and the MOM playbook as written by the first release — are read by every later version, and
 * running every engine on them gives the committed report, {@code mikro-report.json}, byte for byte.
 *
 * <p>The documents must never be edited. When an engine's results change on purpose (a fix, a new
 * attribute), the report is regenerated, the change reviewed and recorded in the changelog; a document that
 * no longer reads is a broken promise, never a golden file to regenerate. The report was written by another
 * JVM than the one running this test, so it is also the check that results are the same across JVMs.
 */
class SchemaVersionOneCompatibilityTest {

  static Path golden(String name) throws URISyntaxException {
    return Path.of(SchemaVersionOneCompatibilityTest.class.getResource("/compat/v1/" + name).toURI());
  }

  @Test
  void theVersionOneDocumentsReadAsTheirKinds() throws Exception {
    MomDocument transformation = MomJson.standard().readDocument(golden("mikro-transformation.json"));
    MomDocument playbook = MomJson.standard().readDocument(golden("mom-playbook.json"));

    assertThat(transformation.kind()).isEqualTo(DocumentKind.TRANSFORMATION);
    assertThat(transformation.schemaVersion()).isEqualTo(1);
    assertThat(playbook.kind()).isEqualTo(DocumentKind.PLAYBOOK);
    assertThat(playbook.schemaVersion()).isEqualTo(1);
  }

  @Test
  void runningEveryEngineOnThemGivesTheGoldenReportByteForByte() throws Exception {
    Transformation transformation = MomJson.standard().read(golden("mikro-transformation.json"), Transformation.class);
    Playbook playbook = MomJson.standard().read(golden("mom-playbook.json"), Playbook.class);

    TransformationReport report = Mom.of(playbook).analyze(transformation, LocalDate.of(2021, 12, 31));

    assertThat(MomJson.standard().write(report)).isEqualTo(read("mikro-report.json"));
  }

  @Test
  void writingThemBackChangesNoValue() throws Exception {
    for (String name : new String[] {"mikro-transformation.json", "mom-playbook.json"}) {
      MomDocument read = MomJson.standard().readDocument(golden(name));
      String written = MomJson.standard().write(read.value());

      assertThat(MomJson.standard().readDocument(written).value()).as(name).isEqualTo(read.value());
    }
  }

  private static String read(String name) throws IOException, URISyntaxException {
    return Files.readString(golden(name), StandardCharsets.UTF_8);
  }
}
