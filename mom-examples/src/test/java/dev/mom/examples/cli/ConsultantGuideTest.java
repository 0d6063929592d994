package dev.mom.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mom.examples.cli.CliRuns.Run;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps {@code mom-examples/CONSULTANT-GUIDE.md} true: every {@code mom} command in its {@code console} blocks
 * runs, in the order of the page, in a folder holding the worked example's files (as a reader who copied
 * the folder would), and must print what the page shows. A line {@code …} alone in a shown output stands for
 * lines left out: the parts between must appear in that order, the first at the start and (unless the output
 * ends with {@code …}) the last at the end. Commands other than {@code mom} ({@code cp}, {@code cd}) are the
 * reader's set-up and are not run. Every repository path the page names must exist.
 */
class ConsultantGuideTest {

  private static final Path GUIDE = Path.of("CONSULTANT-GUIDE.md");
  private static final String ELLIPSIS = "…";
  private static final List<String> DRAFTS =
      List.of("drafts/halden-draft-1.json", "drafts/halden-draft-2.json", "drafts/halden-draft-3.json");

  @TempDir
  Path folder;

  /** One {@code $ mom …} line of the page and the output shown under it. */
  record Example(int line, String command, List<String> shown) {}

  static List<Example> examples(List<String> page) {
    List<Example> examples = new ArrayList<>();
    boolean inConsole = false;
    Example current = null;
    for (int i = 0; i < page.size(); i++) {
      String line = page.get(i);
      if (!inConsole) {
        inConsole = line.equals("```console");
        continue;
      }
      if (line.equals("```")) {
        inConsole = false;
        current = null;
      } else if (line.startsWith("$ ")) {
        current = new Example(i + 1, line.substring(2), new ArrayList<>());
        examples.add(current);
      } else {
        assertThat(current).as("line %d: output before any command", i + 1).isNotNull();
        current.shown().add(line);
      }
    }
    return examples;
  }

  private String[] arguments(String command) {
    String[] words = command.substring("mom ".length()).split(" ");
    for (int w = 0; w < words.length; w++) {
      String word = words[w];
      if (word.endsWith(".json") || word.endsWith(".html") || word.equals("cases")) {
        words[w] = folder.resolve(word).toString();
      }
    }
    return words;
  }

  /** Checks that the shown output, with its {@code …} gaps, matches the actual one; returns why not, or null. */
  static String mismatch(List<String> shown, String actual) {
    List<List<String>> parts = new ArrayList<>();
    parts.add(new ArrayList<>());
    for (String line : shown) {
      if (line.equals(ELLIPSIS)) {
        parts.add(new ArrayList<>());
      } else {
        parts.get(parts.size() - 1).add(line);
      }
    }
    boolean openEnd = !shown.isEmpty() && shown.get(shown.size() - 1).equals(ELLIPSIS);
    if (parts.size() == 1) {
      String expected = join(parts.get(0));
      return actual.equals(expected) ? null : "expected exactly:\n" + expected;
    }
    int at = 0;
    for (int p = 0; p < parts.size(); p++) {
      String part = join(parts.get(p));
      if (part.isEmpty()) {
        continue;
      }
      if (p == 0) {
        if (!actual.startsWith(part)) {
          return "expected the output to start with:\n" + part;
        }
        at = part.length();
      } else if (p == parts.size() - 1 && !openEnd) {
        if (!actual.endsWith(part) || actual.length() - part.length() < at) {
          return "expected the output to end with:\n" + part;
        }
      } else {
        int found = actual.indexOf(part, at);
        if (found < 0) {
          return "expected, after what came before, the lines:\n" + part;
        }
        at = found + part.length();
      }
    }
    return null;
  }

  private static String join(List<String> lines) {
    return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
  }

  @Test
  void everyCommandOfTheGuidePrintsWhatTheGuideShows() throws IOException {
    ConsultantCaseTest.copyFiles(folder);
    for (String draft : DRAFTS) {
      Path target = folder.resolve(draft);
      Files.createDirectories(target.getParent());
      try (InputStream in = getClass().getResourceAsStream(ConsultantCaseTest.RESOURCES + draft)) {
        assertThat(in).as(draft).isNotNull();
        Files.write(target, in.readAllBytes());
      }
    }
    List<Example> examples = examples(Files.readAllLines(GUIDE, StandardCharsets.UTF_8));
    int run = 0;
    for (Example example : examples) {
      if (!example.command().startsWith("mom ")) {
        assertThat(example.shown()).as("line %d: set-up command with output", example.line()).isEmpty();
        continue;
      }
      Run result = CliRuns.run(arguments(example.command()));
      String actual = (result.out() + result.err()).replace(folder + "/", "");
      assertThat(mismatch(example.shown(), actual))
          .as("CONSULTANT-GUIDE.md line %d: $ %s printed:\n%s", example.line(), example.command(), actual)
          .isNull();
      run++;
    }
    // export, signals, 3 drafts, --strict draft, validate, diff, resolve, diagnose, gaps, prioritize, test (2), report
    assertThat(run).isEqualTo(15);
    assertThat(folder.resolve("halden-report.html")).isNotEmptyFile();
    assertThat(folder.resolve("halden-resolved.json")).isNotEmptyFile();
  }

  @Test
  void everyRepositoryPathTheGuideNamesExists() throws IOException {
    String page = Files.readString(GUIDE, StandardCharsets.UTF_8);
    Matcher paths = Pattern.compile("mom-examples/[A-Za-z0-9_./-]*[A-Za-z0-9_/-]").matcher(page);
    List<String> named = new ArrayList<>();
    while (paths.find()) {
      named.add(paths.group());
    }
    assertThat(named).contains("mom-examples/src/test/resources/dev/mom/examples/consultant/",
        "mom-examples/target/mom.jar");
    for (String path : named) {
      if (!path.startsWith("mom-examples/target/")) {
        assertThat(Path.of("..").resolve(path)).as(path).exists();
      }
    }
    for (String file : List.of("halden-playbook.json", "cases/halden-transformation.json",
        "cases/halden.expect.json")) {
      assertThat(page).contains("`" + file + "`");
    }
  }

  @Test
  void aShownOutputWithGapsMustStillMatchInOrder() {
    String actual = "a\nb\nc\nd\n";

    assertThat(mismatch(List.of("a", "…", "c", "…"), actual)).isNull();
    assertThat(mismatch(List.of("a", "…", "d"), actual)).isNull();
    assertThat(mismatch(List.of("a", "b", "c", "d"), actual)).isNull();
    assertThat(mismatch(List.of("a", "…", "c", "…", "b", "…"), actual)).isNotNull();
    assertThat(mismatch(List.of("b", "…"), actual)).isNotNull();
    assertThat(mismatch(List.of("a", "…", "c"), actual)).isNotNull();
    assertThat(mismatch(List.of("a", "b"), actual)).isNotNull();
  }
}
