package dev.mom.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The repeatable {@code --base FILE} option of every command that reads a playbook, mixed in with picocli's
 * {@code @Mixin}: the base playbook files a client playbook may {@code extends} by id, besides the built-in
 * {@code mom}. A base is only ever taken from here, never from a path inside a document.
 */
final class BasePlaybooks {

  @Option(names = "--base", paramLabel = "FILE",
      description = "A base mom/playbook file that a playbook given here (or another base) may extend, by the id it "
          + "declares (repeatable).")
  List<Path> files = new ArrayList<>();
}
