package dev.mom.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mom.CaseExpectation;
import dev.mom.ExpectationMismatch;
import dev.mom.Mom;
import dev.mom.json.DocumentKind;
import dev.mom.json.MomDocument;
import dev.mom.json.MomJson;
import dev.mom.json.MomJsonException;
import dev.mom.json.Problem;
import dev.mom.model.InputProblem;
import dev.mom.model.InvalidInputException;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mom playbook test PLAYBOOK --cases DIR}: runs a playbook's golden cases like unit tests. DIR holds
 * {@code mom/transformation} cases and {@code mom/expectation} documents, each naming its case by file name;
 * every expectation is one test.
 *
 * <p>The playbook is read as the engine commands read {@code --playbook} (through {@link CaseReportOptions}),
 * so a playbook they accept is tested exactly as they would run it.
 */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = {
        "Runs the golden cases in DIR against the mom/playbook PLAYBOOK, like unit tests for its rules. DIR holds "
            + "mom/transformation cases and mom/expectation documents; each expectation names its case (\"case\": "
            + "\"file.json\") and what the engines must conclude: verdict, dominant, stage, ranking, greenLight with "
            + "capacity, impact.",
        "Prints one line per expectation, PASS or FAIL, with each mismatch as 'expected X, got Y' and the JSON pointer "
            + "of the explanation in the report (mom report --format json), then a summary line."},
    footer = {"", "Exit codes: 0 every case passed, 1 a case failed, 2 invalid input (a playbook, case or expectation "
        + "with problems, printed on standard error with their JSON pointers), 3 internal error."})
final class PlaybookTestCommand implements Callable<Integer> {

  /** Exit code: at least one case failed (DESIGN §7: findings). */
  static final int FAILED = 1;

  /** The output formats of {@code playbook test}. */
  enum Format {
    TEXT, JSON;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Reads the format by its lowercase name. */
    static final class Converter extends FormatConverter<Format> {
      Converter() {
        super(Format.class);
      }
    }
  }

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PLAYBOOK", description = "The mom/playbook document to test.")
  Path playbookFile;

  @Option(names = "--cases", paramLabel = "DIR", required = true,
      description = "The folder of cases (mom/transformation) and expectations (mom/expectation).")
  Path cases;

  @Mixin
  BasePlaybooks bases = new BasePlaybooks();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = Format.Converter.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.TEXT;

  /** One expectation and how its case went. */
  record Outcome(String name, String file, String caseFile, List<ExpectationMismatch> mismatches) {
    boolean passed() {
      return mismatches.isEmpty();
    }
  }

  @Override
  public Integer call() throws IOException {
    CaseReportOptions options = new CaseReportOptions();
    options.playbookFile = playbookFile;
    options.bases = bases;
    Playbook playbook = options.readPlaybook("playbook", "playbook", "run cases", p -> true);
    Map<String, MomDocument> documents = readFolder();
    Mom mom = Mom.of(playbook);
    List<Outcome> outcomes = new ArrayList<>();
    List<String> unusable = new ArrayList<>();
    for (Map.Entry<String, MomDocument> entry : documents.entrySet()) {
      if (entry.getValue().kind() != DocumentKind.EXPECTATION) {
        continue;
      }
      CaseExpectation expectation = entry.getValue().value(CaseExpectation.class);
      MomDocument subject = documents.get(expectation.caseFile());
      String at = cases.resolve(entry.getKey()) + ": /case: ";
      if (subject == null) {
        unusable.add(at + "no file '" + expectation.caseFile() + "' in " + cases);
      } else if (subject.kind() != DocumentKind.TRANSFORMATION) {
        unusable.add(at + "'" + expectation.caseFile() + "' is a " + subject.kind().id()
            + " document, not a mom/transformation case");
      } else {
        try {
          outcomes.add(new Outcome(name(entry.getKey()), entry.getKey(), expectation.caseFile(),
              expectation.check(mom, subject.value(Transformation.class))));
        } catch (InvalidInputException e) {
          for (InputProblem problem : e.problems()) {
            unusable.add(cases.resolve(expectation.caseFile()) + ": " + problem);
          }
        }
      }
    }
    if (!unusable.isEmpty()) {
      throw new UnusableInputException(cases + ": the cases cannot be run with the playbook '" + playbook.id() + "' ("
          + CaseDocuments.problems(unusable.size()) + ")", unusable);
    }
    if (outcomes.isEmpty()) {
      throw new UnusableInputException(cases + ": no mom/expectation document in the folder; add one per case, e.g. "
          + "{\"kind\": \"mom/expectation\", \"schemaVersion\": 1, \"case\": \"client.json\", \"verdict\": \"mixed\"}");
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Format.JSON ? json(playbook, outcomes) : text(outcomes));
    out.flush();
    return outcomes.stream().allMatch(Outcome::passed) ? MomCommand.OK : FAILED;
  }

  /** Every {@code .json} file in the folder, by file name; all problems of all files as one UnusableInputException. */
  private Map<String, MomDocument> readFolder() throws IOException {
    if (!Files.isDirectory(cases)) {
      throw new UnusableInputException(cases + ": " + (Files.exists(cases) ? "not a folder" : "no such folder"));
    }
    List<Path> files;
    try (Stream<Path> listed = Files.list(cases)) {
      files = listed.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).sorted()
          .toList();
    } catch (AccessDeniedException e) {
      throw new UnusableInputException(cases + ": cannot read the folder: permission denied");
    }
    Map<String, MomDocument> documents = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    int broken = 0;
    for (Path file : files) {
      try {
        documents.put(file.getFileName().toString(), MomJson.standard().readDocument(file));
      } catch (MomJsonException e) {
        broken++;
        for (Problem problem : e.problems()) {
          problems.add(file + ": " + problem);
        }
      } catch (NoSuchFileException | AccessDeniedException e) {
        broken++;
        problems.add(file + ": cannot read the file");
      }
    }
    if (!problems.isEmpty()) {
      throw new UnusableInputException(cases + ": " + (broken == 1 ? "1 file is" : broken + " files are")
          + " not a valid MOM document (" + CaseDocuments.problems(problems.size()) + ")", problems);
    }
    return documents;
  }

  /**
   * The name a test is shown by: its expectation's file name without {@code .json}, and without {@code .expect}
   * for the suggested naming {@code NAME.expect.json}.
   */
  private static String name(String file) {
    String name = file.substring(0, file.length() - ".json".length());
    return name.endsWith(".expect") ? name.substring(0, name.length() - ".expect".length()) : name;
  }

  static String text(List<Outcome> outcomes) {
    StringBuilder text = new StringBuilder();
    for (Outcome outcome : outcomes) {
      text.append(outcome.passed() ? "PASS " : "FAIL ").append(outcome.name()).append(" (case ")
          .append(outcome.caseFile()).append(")\n");
      for (ExpectationMismatch mismatch : outcome.mismatches()) {
        text.append("  ").append(mismatch).append('\n');
      }
    }
    long failed = outcomes.stream().filter(o -> !o.passed()).count();
    text.append(outcomes.size()).append(outcomes.size() == 1 ? " case: " : " cases: ")
        .append(outcomes.size() - failed).append(" passed, ").append(failed).append(" failed\n");
    return text.toString();
  }

  static String json(Playbook playbook, List<Outcome> outcomes) throws IOException {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("playbook", playbook.id().value());
    long failed = outcomes.stream().filter(o -> !o.passed()).count();
    root.put("passed", outcomes.size() - failed);
    root.put("failed", failed);
    ArrayNode list = root.putArray("cases");
    for (Outcome outcome : outcomes) {
      ObjectNode entry = list.addObject();
      entry.put("name", outcome.name());
      entry.put("expectation", outcome.file());
      entry.put("case", outcome.caseFile());
      entry.put("passed", outcome.passed());
      ArrayNode mismatches = entry.putArray("mismatches");
      for (ExpectationMismatch mismatch : outcome.mismatches()) {
        ObjectNode m = mismatches.addObject();
        m.put("property", mismatch.property());
        m.put("expected", mismatch.expected());
        m.put("actual", mismatch.actual());
        m.put("explanation", mismatch.explanation());
      }
    }
    return JsonText.pretty(root);
  }
}
