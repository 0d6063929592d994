package dev.mom.examples.cli;

import dev.mom.json.MomJson;
import dev.mom.json.MomJsonException;
import dev.mom.json.PlaybookSources;
import dev.mom.json.Problem;
import dev.mom.model.InputProblem;
import dev.mom.model.InvalidInputException;
import dev.mom.playbook.Playbook;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How the engine commands ({@code diagnose}, {@code gaps}, {@code prioritize}, {@code trace}, {@code impact})
 * read their documents and report what does not fit, mostly through {@link CaseReportOptions}: every reason a
 * file cannot be used becomes an {@link UnusableInputException} (exit code 2), with one problem a line and its
 * JSON pointer.
 */
final class CaseDocuments {

  private CaseDocuments() {}

  /** Reads a document of the given type; every reason it cannot be used becomes an UnusableInputException. */
  static <T> T read(Path file, Class<T> type) throws IOException {
    return readWith(file, () -> MomJson.standard().read(file, type));
  }

  /**
   * Reads a playbook file, resolving its {@code extends} over the built-in {@code mom} playbook and the base
   * files given; every reason it cannot be used becomes an UnusableInputException, each problem on a line
   * (those in a base file start with that file's name).
   */
  static Playbook readPlaybook(Path file, List<Path> bases) throws IOException {
    return readWith(file, () -> MomJson.standard().readPlaybook(file, sources(bases)));
  }

  /** How one file is read; it may fail with a MomJsonException or an IOException. */
  @FunctionalInterface
  private interface Reading<T> {
    T read() throws IOException;
  }

  /** Runs a reading of a file and turns every reason it fails into an UnusableInputException. */
  private static <T> T readWith(Path file, Reading<T> reading) throws IOException {
    if (Files.isDirectory(file)) {
      throw new UnusableInputException(file + ": cannot read the file: it is a folder, not a file");
    }
    try {
      return reading.read();
    } catch (MomJsonException e) {
      List<String> lines = new ArrayList<>();
      for (Problem problem : e.problems()) {
        lines.add(problem.toString());
      }
      throw new UnusableInputException(file + ": " + problems(lines.size()), lines);
    } catch (NoSuchFileException e) {
      throw new UnusableInputException(file + ": cannot read the file: no such file");
    } catch (AccessDeniedException e) {
      throw new UnusableInputException(file + ": cannot read the file: permission denied");
    }
  }

  /** The bases a playbook may extend: the built-in {@code mom} and the files given with {@code --base}. */
  static PlaybookSources sources(List<Path> bases) {
    PlaybookSources sources = PlaybookSources.standard();
    for (Path base : bases) {
      sources = sources.withFile(base);
    }
    return sources;
  }

  /**
   * A playbook an engine can run with: one with the engine's section (read with {@link #readPlaybook}, so
   * resolved).
   *
   * @param file where the playbook was read from
   * @param playbook the playbook
   * @param section the section's JSON name, e.g. {@code gaps}
   * @param what what the section is, e.g. "gap model"
   * @param present whether the playbook has the section
   * @param task what the command cannot do without it, e.g. "score gaps"
   * @return the playbook
   */
  static Playbook usable(Path file, Playbook playbook, String section, String what, boolean present, String task) {
    if (!present) {
      throw new UnusableInputException(file + ": the playbook '" + playbook.id() + "' has no " + what + ", so it "
          + "cannot " + task + "; give a playbook with " + article(section) + " \"" + section + "\" section, or leave "
          + "out --playbook for the default MOM playbook");
    }
    return playbook;
  }

  /** The problems an engine found, as an UnusableInputException naming what does not fit. */
  static UnusableInputException misfit(Path file, String what, Playbook playbook, InvalidInputException e) {
    List<String> lines = new ArrayList<>();
    for (InputProblem problem : e.problems()) {
      lines.add(problem.toString());
    }
    return new UnusableInputException(file + ": " + what + " the playbook '" + playbook.id() + "' ("
        + problems(lines.size()) + ")", lines);
  }

  /** "an" before a word that starts with a vowel ("an \"impact\" section"), else "a". */
  private static String article(String word) {
    return !word.isEmpty() && "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
  }

  static String problems(int count) {
    return count == 1 ? "1 problem" : count + " problems";
  }
}
