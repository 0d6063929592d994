package dev.mom.examples.cli;

import dev.mom.playbook.Playbook;
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
 * {@code mom playbook diff A B}: what differs between two playbooks, each resolved first, by id (see
 * {@link PlaybookDiff}). The exit code is 0 whether or not they differ, so that the report can be kept in a
 * pipeline; 2 when either playbook cannot be read or resolved.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = {"Lists what differs between two mom/playbook files, each resolved over its base first: "
        + "sections added or removed, elements of id-keyed lists added, removed or changed (by id), settings "
        + "changed (old → new), and words added to or removed from word lists.",
        "The exit code is 0 whether or not they differ; 2 if either cannot be read or resolved."})
final class PlaybookDiffCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "The first mom/playbook document.")
  Path first;

  @Parameters(index = "1", paramLabel = "B", description = "The second mom/playbook document.")
  Path second;

  @Mixin
  BasePlaybooks bases = new BasePlaybooks();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = ReportFormat.Converter.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format = ReportFormat.TEXT;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the differences to FILE (replaced atomically) instead of standard output.")
  @Nullable Path out;

  @Override
  public Integer call() throws IOException {
    Playbook a = CaseDocuments.readPlaybook(first, bases.files);
    Playbook b = CaseDocuments.readPlaybook(second, bases.files);
    PlaybookDiff diff = PlaybookDiff.between(first.toString(), a, second.toString(), b);
    String report = switch (format) {
      case JSON -> diff.json();
      case MARKDOWN -> diff.markdown();
      case TEXT -> diff.text();
    };
    OutputFile.writeOrPrint(out, report, spec.commandLine().getOut());
    return MomCommand.OK;
  }
}
