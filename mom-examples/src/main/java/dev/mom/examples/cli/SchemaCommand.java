package dev.mom.examples.cli;

import dev.mom.internal.Suggestions;
import dev.mom.json.DocumentKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mom schema KIND}: prints the JSON Schema (draft 2020-12) of a kind of MOM document, as
 * {@link DocumentKind#schema()} ships it, so that an editor can complete and check documents while they are
 * written. A kind is named by its short name ({@code playbook}) or in full ({@code mom/playbook}).
 */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = {
        "Prints the JSON Schema (draft 2020-12) of a kind of MOM document. Point an editor at it to get "
            + "completion and checking while you write a document; 'mom validate' checks more (rules against "
            + "signals, references between sections).",
        "KIND is a kind's short name, e.g. playbook, or its full name, e.g. mom/playbook."})
final class SchemaCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "KIND", completionCandidates = ShortNames.class,
      description = "The kind of document: ${COMPLETION-CANDIDATES} (or mom/ and the short name).")
  String kind;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the schema to FILE (replaced atomically) instead of standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    OutputFile.writeOrPrint(out, kind(kind).schema(), spec.commandLine().getOut());
    return MomCommand.OK;
  }

  /**
   * The kind a user names: by its short name ({@code transformation}) or its full id
   * ({@code mom/transformation}).
   *
   * @throws UnusableInputException naming the known kinds, and the closest one, if the name is none of them
   */
  static DocumentKind kind(String name) {
    for (DocumentKind kind : DocumentKind.values()) {
      if (kind.id().equals(name) || shortName(kind).equals(name)) {
        return kind;
      }
    }
    List<String> known = new ArrayList<>();
    new ShortNames().forEach(known::add);
    List<String> anyName = new ArrayList<>(known);
    for (DocumentKind kind : DocumentKind.values()) {
      anyName.add(kind.id());
    }
    throw new UnusableInputException("unknown kind '" + name + "'"
        + Suggestions.closest(name, anyName).map(s -> " (did you mean '" + s + "'?)").orElse("")
        + "; known kinds: " + String.join(", ", known));
  }

  /** A kind's name without the {@code mom/} prefix, e.g. {@code playbook}. */
  static String shortName(DocumentKind kind) {
    return kind.id().substring(kind.id().indexOf('/') + 1);
  }

  /** The short names of the kinds, for the help text. */
  static final class ShortNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> names = new ArrayList<>();
      for (DocumentKind kind : DocumentKind.values()) {
        names.add(shortName(kind));
      }
      return names.iterator();
    }
  }
}
