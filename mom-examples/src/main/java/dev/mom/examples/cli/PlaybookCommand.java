package dev.mom.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mom playbook}: the commands that work on playbooks as data, each its own class. Without a subcommand it
 * says which ones there are (exit code 2).
 */
@Command(
    name = "playbook",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = "Works on playbooks as data: export the default, resolve a client playbook that extends a base, "
        + "compare two playbooks by id.",
    subcommands = {
        PlaybookExportCommand.class,
        PlaybookResolveCommand.class,
        PlaybookDiffCommand.class,
    })
final class PlaybookCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing command: give one of "
        + String.join(", ", spec.subcommands().keySet()));
  }
}
