package dev.mom.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mom.Mom;
import dev.mom.TransformationReport;
import dev.mom.json.MomJson;
import dev.mom.model.Function;
import dev.mom.model.Id;
import dev.mom.model.Organisation;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.Playbooks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's Java quick start compiling and true: the code between the markers below must be,
 * line for line, the {@code java} block under "Quick start" in README.md.
 */
class ReadmeQuickStartTest {

  @Test
  void theQuickStartRuns() {
    // README:start
    Transformation mikro = Transformation.builder()
        .id(Id.of("mikro"))
        .title("Customer-Centered Mikro")
        .organisation(Organisation.builder().id(Id.of("mikro")).name("Mikro Yazılım")
            .addFunctions(Function.SALES, Function.ENGINEERING, Function.SUPPORT, Function.PRODUCT).build())
        .build();
    Playbook playbook = Playbooks.mom();                        // the MOM method as data
    MomJson json = MomJson.standard();                          // strict reader, canonical writer
    String document = json.write(mikro);                        // {"kind": "mom/transformation", ...}
    Transformation back = json.read(document, Transformation.class);
    TransformationReport report = Mom.analyze(back, playbook);   // every engine that has input
    // README:end

    assertThat(back).isEqualTo(mikro);
    // no evidence, measurements, concepts or outcomes yet: no engine runs, and the summary says nothing
    assertThat(report.diagnosis()).isEmpty();
    assertThat(report.summary().highlights()).isEmpty();
    assertThat(playbook.focusAreas()).hasSize(4);
    assertThat(document).startsWith("{\n  \"kind\": \"mom/transformation\",\n  \"schemaVersion\": 1,\n");
  }

  @Test
  void theReadmeShowsExactlyThisCode() throws Exception {
    List<String> readme = Files.readAllLines(Path.of("../README.md"), StandardCharsets.UTF_8);
    int heading = readme.indexOf("## Quick start");
    int open = indexOf(readme, "```java", heading);
    int close = indexOf(readme, "```", open + 1);
    List<String> shown = readme.subList(open + 1, close).stream().map(String::strip).toList();

    List<String> source = Files.readAllLines(
        Path.of("src/test/java/dev/mom/examples/ReadmeQuickStartTest.java"), StandardCharsets.UTF_8);
    int start = indexOf(source, "// README:start", 0);
    int end = indexOf(source, "// README:end", start);
    List<String> tested = source.subList(start + 1, end).stream().map(String::strip).toList();

    assertThat(heading).as("README has a '## Quick start' section").isNotNegative();
    assertThat(shown).isEqualTo(tested);
  }

  private static int indexOf(List<String> lines, String marker, int from) {
    for (int i = Math.max(0, from); i < lines.size(); i++) {
      if (lines.get(i).strip().equals(marker)) {
        return i;
      }
    }
    throw new AssertionError("no line '" + marker + "' after line " + from);
  }
}
