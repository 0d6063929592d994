package dev.mom.examples.cli;

import static dev.mom.examples.cli.CliRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mom.examples.cli.CliRuns.Run;
import dev.mom.examples.mikro.MikroCase;
import dev.mom.gap.Measurement;
import dev.mom.json.MomJson;
import dev.mom.model.EvidenceSource;
import dev.mom.model.Function;
import dev.mom.model.Id;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbooks;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress lines on standard error for a large case: never on standard output, never for a small case. */
class ProgressTest {

  @TempDir
  static Path folder;

  private static Path large;

  /**
   * The Mikro case with 5,000 more gap measurements, drawn with a fixed seed from the playbook's indicators: a
   * case of {@value Progress#LARGE_CASE_RECORDS} records or more, generated here rather than committed.
   */
  @BeforeAll
  static void writeALargeCase() throws IOException {
    Transformation mikro = MikroCase.transformation();
    List<Id> indicators = new ArrayList<>();
    Playbooks.mom().gaps().orElseThrow().indicators().forEach(i -> indicators.add(i.id()));
    List<Function> functions = List.of(Function.SALES, Function.ENGINEERING, Function.SUPPORT, Function.PRODUCT);
    Random random = new Random(2026);
    List<Measurement> measurements = new ArrayList<>(mikro.measurements());
    for (int i = 0; i < 5_000; i++) {
      measurements.add(Measurement.builder().indicator(indicators.get(random.nextInt(indicators.size())))
          .sourceKind(EvidenceSource.SURVEY).source(Id.of("generated-" + i))
          .function(functions.get(random.nextInt(functions.size()))).value(1 + random.nextInt(5)).build());
    }
    Transformation grown = mikro.withMeasurements(measurements);
    assertThat(Progress.records(grown)).isGreaterThanOrEqualTo(Progress.LARGE_CASE_RECORDS);
    large = CliRuns.write(folder, "large.json", MomJson.standard().write(grown));
  }

  @Test
  void aLargeReportShowsProgressOnStandardErrorOnly() {
    Run shown = run("report", "--as-of", "2021-12-31", "--format", "json", large.toString());
    Run quiet = run("report", "--as-of", "2021-12-31", "--format", "json", "--quiet", large.toString());

    assertThat(shown.exitCode()).as(shown.err()).isZero();
    assertThat(quiet.exitCode()).as(quiet.err()).isZero();
    // standard output is the same JSON document, byte for byte, with or without progress
    assertThat(shown.out()).isEqualTo(quiet.out()).startsWith("{\n").endsWith("}\n");
    assertThat(quiet.err()).isEmpty();
    // the records: Mikro's 36 decisions, 25 responses, 39 observations, 145 + 5,000 measurements and its wave
    // measurements, at least 5,245 in all; then each of the five engines in the order they run
    assertThat(shown.err().split("\n", -1)).satisfiesExactly(
        line -> assertThat(line).matches("mom report: read .*large\\.json: 5,\\d\\d\\d records in \\d+\\.\\d s"),
        line -> assertThat(line).isEqualTo("mom report: running diagnosis…"),
        line -> assertThat(line).isEqualTo("mom report: running gaps…"),
        line -> assertThat(line).isEqualTo("mom report: running prioritisation…"),
        line -> assertThat(line).isEqualTo("mom report: running traceability…"),
        line -> assertThat(line).isEqualTo("mom report: running impact…"),
        line -> assertThat(line).matches("mom report: done in \\d+\\.\\d s"),
        line -> assertThat(line).isEmpty());
  }

  @Test
  void anEngineCommandShowsItsEnginesAndQuietSilencesThem() {
    Run shown = run("prioritize", large.toString());
    Run quiet = run("prioritize", "--quiet", large.toString());

    assertThat(shown.out()).isEqualTo(quiet.out()).startsWith("Prioritisation: ");
    assertThat(quiet.err()).isEmpty();
    assertThat(shown.err()).contains("mom prioritize: running gaps…\nmom prioritize: running prioritisation…\n")
        .containsPattern("\nmom prioritize: done in \\d+\\.\\d s\n$");
  }

  @Test
  void aSmallCaseShowsNoProgress() throws IOException {
    Path mikro = CliRuns.mikroFile(folder);

    for (String command : new String[] {"report", "diagnose", "gaps", "prioritize", "trace", "impact"}) {
      Run run = run(command, mikro.toString());

      assertThat(run.exitCode()).as(command).isZero();
      assertThat(run.err()).as(command).isEmpty();
    }
    assertThat(run("demo").err()).isEmpty();
    assertThat(run("demo", "--case", "varrow").err()).isEmpty();
  }

  @Test
  void theElapsedTimeIsRoundedToATenthOfASecond() {
    long[] now = {0};
    StringWriter err = new StringWriter();
    Progress progress = new Progress(new PrintWriter(err), "mom gaps", false, () -> now[0]);
    Transformation mikro = MikroCase.transformation();
    List<Measurement> many = new ArrayList<>();
    for (int i = 0; i < Progress.LARGE_CASE_RECORDS; i++) {
      many.add(mikro.measurements().get(i % mikro.measurements().size()));
    }

    now[0] = 1_260_000_000L; // 1.26 s after the start
    progress.read("big.json", mikro.withMeasurements(many));
    progress.engine("gaps");
    now[0] = 12_349_000_000L;
    progress.done();

    // 36 decisions + 25 responses + 39 observations + 5,000 measurements + the waves' measurements
    int waves = mikro.waves().stream().mapToInt(w -> w.measurements().size()).sum();
    String records = String.format(java.util.Locale.ROOT, "%,d", 5_100 + waves);
    assertThat(err.toString()).isEqualTo("mom gaps: read big.json: " + records + " records in 1.3 s\n"
        + "mom gaps: running gaps…\n"
        + "mom gaps: done in 12.3 s\n");
  }
}
