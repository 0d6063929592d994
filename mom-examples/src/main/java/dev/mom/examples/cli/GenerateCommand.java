package dev.mom.examples.cli;

import dev.mom.examples.generate.SyntheticCase;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mom generate}: writes a synthetic, seeded {@code mom/transformation} of the requested size, for
 * load tests and benchmarks (see {@link SyntheticCase}).
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = {
        "Writes a synthetic mom/transformation of any size: realistic, valid, and the same byte for byte for "
            + "the same seed and counts. One function dominates the decisions and the survey agrees; concepts "
            + "align to the strategy; road-map items link to key results, with a few orphans; two in three "
            + "outcomes really move between the two waves.",
        "The document streams out element by element, so a million road-map items need little memory. It is "
            + "canonical MOM JSON: `mom validate` reads it and every engine runs on it."},
    footer = {"", "Example: mom generate --decisions 100000 --responses 20000 --seed 7 --out big.json"})
final class GenerateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--decisions", paramLabel = "N", defaultValue = "200",
      description = "Decisions in the decision log (default: ${DEFAULT-VALUE}).")
  int decisions;

  @Option(names = "--responses", paramLabel = "N", defaultValue = "50",
      description = "Answers to the diagnosis survey (default: ${DEFAULT-VALUE}).")
  int responses;

  @Option(names = "--measurements", paramLabel = "N", defaultValue = "320",
      description = "Gap measurements, each source measuring the playbook's indicators in turn "
          + "(default: ${DEFAULT-VALUE}).")
  int measurements;

  @Option(names = "--concepts", paramLabel = "N", defaultValue = "20",
      description = "Concepts to prioritise (default: ${DEFAULT-VALUE}).")
  int concepts;

  @Option(names = "--objectives", paramLabel = "N", defaultValue = "4",
      description = "Objectives of the company strategy (default: ${DEFAULT-VALUE}).")
  int strategicObjectives;

  @Option(names = "--key-results", paramLabel = "N", defaultValue = "20",
      description = "OKR key results, four to an objective (default: ${DEFAULT-VALUE}).")
  int keyResults;

  @Option(names = "--items", paramLabel = "N", defaultValue = "100",
      description = "Road-map items (default: ${DEFAULT-VALUE}).")
  int items;

  @Option(names = "--outcomes", paramLabel = "N", defaultValue = "5",
      description = "Outcomes measured in two waves (default: ${DEFAULT-VALUE}).")
  int outcomes;

  @Option(names = "--respondents", paramLabel = "N", defaultValue = "40",
      description = "Respondents answering the outcome questions in each wave (default: ${DEFAULT-VALUE}).")
  int respondents;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "The seed; the same seed and counts give the same document (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the document to FILE (atomically) instead of standard output.")
  @Nullable Path out;

  @Override
  public Integer call() throws IOException {
    SyntheticCase synthetic;
    try {
      synthetic = SyntheticCase.builder().seed(seed).decisions(decisions).responses(responses)
          .measurements(measurements).concepts(concepts).strategicObjectives(strategicObjectives)
          .keyResults(keyResults).items(items).outcomes(outcomes).respondents(respondents).build();
    } catch (IllegalArgumentException e) {
      throw new UnusableInputException(e.getMessage().replace("strategicObjectives", "--objectives")
          .replace("keyResults", "--key-results").replaceFirst("^(\\w+) must", "--$1 must"));
    }
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      synthetic.writeTo(stdout);
    } else {
      OutputFile.write(out, synthetic::writeTo);
    }
    return MomCommand.OK;
  }
}
