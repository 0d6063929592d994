package dev.mom.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mom playbook COMMAND}: the consultant's tools for playbooks as data, each subcommand its own class. Without
 * a subcommand it says which ones there are (exit code 2).
 */
@Command(
    name = "playbook",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = "Works on playbooks as data: export the default, resolve a client playbook that extends a base, "
        + "compare two playbooks by id, list the signals rules can test, and run a playbook's golden cases.",
    subcommands = {
        PlaybookExportCommand.class,
        PlaybookResolveCommand.class,
        PlaybookDiffCommand.class,
        PlaybookSignalsCommand.class,
        PlaybookTestCommand.class,
        HelpCommand.class,
    },
    footer = {"", "Exit codes: 0 ok, 1 findings (a golden case failed), 2 invalid input (problems printed, no stack "
        + "trace), 3 internal error."})
final class PlaybookCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  /** Without a subcommand, {@code mom playbook} says so and shows how to get help. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing command: give one of "
        + String.join(", ", spec.subcommands().keySet()));
  }
}
