package dev.mom.examples.cli;

import dev.mom.json.MomJson;
import dev.mom.playbook.Playbooks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mom playbook export}: the default MOM playbook ({@code Playbooks.mom()}) as a canonical {@code mom/playbook}
 * document, the starting point a consultant copies, or extends, for a client.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = "Writes the default MOM playbook as a canonical mom/playbook document.")
final class PlaybookExportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the playbook to FILE (replaced atomically) instead of standard output.")
  @Nullable Path out;

  @Override
  public Integer call() throws IOException {
    OutputFile.writeOrPrint(out, MomJson.standard().write(Playbooks.mom()), spec.commandLine().getOut());
    return MomCommand.OK;
  }
}
