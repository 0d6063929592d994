package dev.mom.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mom.json.MomDocument;
import dev.mom.json.MomJson;
import dev.mom.json.MomJsonException;
import dev.mom.json.PlaybookSources;
import dev.mom.json.Problem;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.PlaybookCheck;
import dev.mom.playbook.PlaybookFinding;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mom validate FILE...}: reads each file as a MOM document of any kind and lists every problem; a valid
 * playbook is then checked by {@link PlaybookCheck}, whose warnings (rules that always fire, archetypes no rule
 * scores, weights that cannot matter, ...) are listed below it.
 *
 * <p>The whole report goes to standard output, valid and invalid files alike and in the order given, so
 * that {@code mom validate *.json | less} or {@code > report.txt} keeps it together; the exit code says
 * whether every file was valid (0) or not (2). Warnings keep exit code 0 unless {@code --strict} is given,
 * which makes them fail the file (exit code 2) as problems do.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = {
        "Reads each FILE as a MOM document of any kind (mom/transformation, mom/playbook, mom/expectation) and "
            + "lists every problem with its JSON pointer.",
        "A playbook that extends another is resolved over its base (mom, or a --base file) and checked as the "
            + "complete playbook it makes; a problem in a base file starts with that file's name.",
        "A valid playbook is also checked for what cannot matter or does not do what it seems to say: conditions "
            + "that always hold, thresholds partly off a signal's range, archetypes no rule scores, weights that "
            + "cannot matter, dimensions without indicators, words in both traceability word lists. These are "
            + "warnings (for a playbook that extends another, their pointers are in the resolved playbook): "
            + "printed, exit code 0 unless --strict.",
        "The report goes to standard output; the exit code is 0 if every file is valid, 2 if any is not (or, with "
            + "--strict, has a warning)."},
    footer = {"", "Text output, per file:",
        "  FILE: valid mom/transformation (schemaVersion 1)",
        "  FILE: valid mom/playbook (schemaVersion 1), 1 warning",
        "    warning /pointer: message",
        "  FILE: 2 problems",
        "    /pointer: message (rejected: value)",
        "  FILE: cannot read the file: no such file"})
final class ValidateCommand implements Callable<Integer> {

  /** The output formats of {@code validate}. */
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

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "The documents to validate.")
  List<Path> files = new ArrayList<>();

  @Mixin
  BasePlaybooks bases = new BasePlaybooks();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = Format.Converter.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.TEXT;

  @Option(names = "--strict", description = "Treat warnings as problems: exit code 2 if any file has one.")
  boolean strict;

  @Override
  public Integer call() throws IOException {
    List<Result> results = new ArrayList<>();
    PlaybookSources sources = CaseDocuments.sources(bases.files);
    for (Path file : files) {
      results.add(validate(file, sources));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Format.JSON ? json(results) : text(results));
    out.flush();
    boolean passed = results.stream().allMatch(r -> r.valid() && (!strict || r.warnings().isEmpty()));
    return passed ? MomCommand.OK : MomCommand.INVALID_INPUT;
  }

  /**
   * The outcome for one file: the document read, or the problems found, or why it could not be read; and the
   * warnings about a valid playbook.
   */
  record Result(String file, Optional<MomDocument> document, List<Problem> problems, Optional<String> unreadable,
      List<PlaybookFinding> warnings) {
    boolean valid() {
      return document.isPresent();
    }
  }

  static Result validate(Path file, PlaybookSources sources) {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      return unreadable(name, "it is a folder, not a file");
    }
    try {
      MomDocument document = MomJson.standard().readDocument(file, sources);
      List<PlaybookFinding> warnings = document.value() instanceof Playbook
          ? PlaybookCheck.of(document.value(Playbook.class)) : List.of();
      return new Result(name, Optional.of(document), List.of(), Optional.empty(), warnings);
    } catch (MomJsonException e) {
      return new Result(name, Optional.empty(), e.problems(), Optional.empty(), List.of());
    } catch (NoSuchFileException e) {
      return unreadable(name, "no such file");
    } catch (AccessDeniedException e) {
      return unreadable(name, "permission denied");
    } catch (IOException e) {
      return unreadable(name, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }

  private static Result unreadable(String file, String reason) {
    String message = "cannot read the file: " + reason;
    return new Result(file, Optional.empty(), List.of(Problem.of("", message)), Optional.of(message), List.of());
  }

  static String text(List<Result> results) {
    StringBuilder text = new StringBuilder();
    for (Result result : results) {
      text.append(result.file()).append(": ");
      if (result.document().isPresent()) {
        MomDocument document = result.document().get();
        text.append("valid ").append(document.kind().id())
            .append(" (schemaVersion ").append(document.schemaVersion()).append(")");
        int warnings = result.warnings().size();
        if (warnings > 0) {
          text.append(", ").append(warnings).append(warnings == 1 ? " warning" : " warnings");
        }
        text.append('\n');
        for (PlaybookFinding warning : result.warnings()) {
          text.append("  ").append(warning).append('\n');
        }
      } else if (result.unreadable().isPresent()) {
        text.append(result.unreadable().get()).append('\n');
      } else {
        int count = result.problems().size();
        text.append(count).append(count == 1 ? " problem\n" : " problems\n");
        for (Problem problem : result.problems()) {
          text.append("  ").append(problem).append('\n');
        }
      }
    }
    return text.toString();
  }

  static String json(List<Result> results) throws IOException {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ArrayNode array = nodes.arrayNode();
    for (Result result : results) {
      ObjectNode entry = array.addObject();
      entry.put("file", result.file());
      entry.put("valid", result.valid());
      if (result.document().isPresent()) {
        entry.put("kind", result.document().get().kind().id());
      } else {
        entry.putNull("kind");
      }
      ArrayNode problems = entry.putArray("problems");
      for (Problem problem : result.problems()) {
        ObjectNode p = problems.addObject();
        if (problem.source().isPresent()) {
          p.put("source", problem.source().get());
        }
        p.put("pointer", problem.pointer());
        p.put("message", problem.message());
        if (problem.rejectedValue().isPresent()) {
          p.put("rejectedValue", problem.rejectedValue().get());
        } else {
          p.putNull("rejectedValue");
        }
      }
      ArrayNode warnings = entry.putArray("warnings");
      for (PlaybookFinding warning : result.warnings()) {
        ObjectNode w = warnings.addObject();
        w.put("pointer", warning.pointer());
        w.put("message", warning.message());
      }
    }
    return JsonText.pretty(array);
  }
}
