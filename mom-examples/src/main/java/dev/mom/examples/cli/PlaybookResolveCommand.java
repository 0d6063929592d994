package dev.mom.examples.cli;

import dev.mom.json.MomJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mom playbook resolve FILE}: the effective playbook of a client playbook that {@code extends} a base,
 * merged and checked, as a canonical, complete {@code mom/playbook} document (without {@code extends}). A
 * playbook that cannot be resolved ends with exit code 2 and every problem, each with its file and JSON pointer.
 */
@Command(
    name = "resolve",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = {"Prints the effective playbook of a mom/playbook FILE that extends mom or a --base playbook: "
        + "the base with the file's changes merged in, as a complete, canonical mom/playbook document.",
        "A complete playbook (without extends) is printed canonically as it is."})
final class PlaybookResolveCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The mom/playbook document to resolve.")
  Path file;

  @Mixin
  BasePlaybooks bases = new BasePlaybooks();

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the playbook to FILE (replaced atomically) instead of standard output.")
  @Nullable Path out;

  @Override
  public Integer call() throws IOException {
    String resolved = MomJson.standard().write(CaseDocuments.readPlaybook(file, bases.files));
    OutputFile.writeOrPrint(out, resolved, spec.commandLine().getOut());
    return MomCommand.OK;
  }
}
