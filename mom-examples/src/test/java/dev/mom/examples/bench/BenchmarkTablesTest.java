package dev.mom.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkTablesTest {

  @TempDir
  Path directory;

  private static String entry(String method, int scale, String raw, double allocated) {
    return "{\"benchmark\":\"dev.mom.examples.bench." + method + "\",\"params\":{\"scale\":\"" + scale + "\"},"
        + "\"primaryMetric\":{\"scoreUnit\":\"ms/op\",\"rawData\":" + raw + "},"
        + "\"secondaryMetrics\":{\"gc.alloc.rate.norm\":{\"score\":" + allocated + "}}}";
  }

  private Map<String, Map<Integer, BenchmarkTables.Measurement>> run(String... entries) throws IOException {
    Path file = Files.createTempFile(directory, "result", ".json");
    Files.writeString(file, "[" + String.join(",", entries) + "]");
    return BenchmarkTables.read(List.of(file.toString()));
  }

  private static String printed(java.util.function.Consumer<PrintStream> table) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    table.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aWorkloadIsItsMedianOverEveryIterationOfEveryForkAgainstItsBaseline() throws IOException {
    // engine iterations 3, 1, 2 (fork 1) and 10 (fork 2): sorted 1, 2, 3, 10, median (2 + 3) / 2 = 2.5;
    // loop 1 and 1: median 1; ratio 2.5 > 2, missed. At scale 2: 4 over 2 = 2, met (at most 2).
    var run = run(
        entry("GapBenchmark.engine", 1, "[[3.0,1.0,2.0],[10.0]]", 18_400_000),
        entry("GapBenchmark.handWrittenLoop", 1, "[[1.0,1.0]]", 800_000),
        entry("GapBenchmark.engine", 2, "[[4.0]]", 0),
        entry("GapBenchmark.handWrittenLoop", 2, "[[2.0]]", 0));

    assertThat(printed(out -> BenchmarkTables.againstBaselines(run, out))).isEqualTo("""
        | workload | scale | MOM | baseline | ratio | target |
        | --- | --- | --- | --- | --- | --- |
        | Gaps | 1 | 2.5 (1–10) ms | 1 (1–1) ms | 2.5× | ≤ 2×: **missed** |
        | Gaps | 2 | 4 (4–4) ms | 2 (2–2) ms | 2× | ≤ 2×: met |
        """);
  }

  @Test
  void eachDoublingIsTheRatioOfMediansAndTheAllocationIsAtTheLargestScale() throws IOException {
    // 10 → 23 → 60 ms: 2.3 (met, at most 2.3) then 60 / 23 = 2.6087 → 2.61 (missed); 4n allocates 125.9 MB
    var run = run(
        entry("DiagnosisBenchmark.engine", 1, "[[10.0]]", 1),
        entry("DiagnosisBenchmark.engine", 2, "[[23.0]]", 1),
        entry("DiagnosisBenchmark.engine", 4, "[[60.0]]", 125_900_000));

    assertThat(printed(out -> BenchmarkTables.scaling(run, out))).endsWith(
        "| DiagnosisBenchmark.engine | 2.3 | 2.61 | **missed** | 125.9 MB |\n");
  }

  @Test
  void beforeAndAfterCompareTimeAllocationAndTheRatioToTheBaseline() throws IOException {
    // before 1,014 ms over a 2 ms loop = 507×, after 587 over 2.5 = 234.8 → 235×; 1,014 / 587 = 1.7274 → 1.73×
    var before = run(entry("PrioritisationBenchmark.rankingEngine", 1, "[[1014.0]]", 435_700_000),
        entry("PrioritisationBenchmark.rankingLoop", 1, "[[2.0]]", 0));
    var after = run(entry("PrioritisationBenchmark.rankingEngine", 1, "[[587.0]]", 118_200_000),
        entry("PrioritisationBenchmark.rankingLoop", 1, "[[2.5]]", 0));

    assertThat(printed(out -> BenchmarkTables.comparison(before, after, out))).endsWith(
        "| Prioritisation: ranking | 1 | 1,014 (1,014–1,014) ms | 587 (587–587) ms | 1.73× | 435.7 MB → 118.2 MB "
            + "| 507× → 235× |\n");
  }

  @Test
  void aFileThatIsNotJmhResultsIsRefusedWithWhereItIsWrong() throws IOException {
    Path object = Files.writeString(directory.resolve("object.json"), "{\"benchmark\":\"x\"}");
    Path noIterations = Files.writeString(directory.resolve("empty.json"),
        "[" + entry("GapBenchmark.engine", 1, "[[1.0]]", 0) + ",{\"benchmark\":\"y\",\"primaryMetric\":{}}]");

    assertThatThrownBy(() -> BenchmarkTables.read(List.of(object.toString()))).isInstanceOf(IOException.class)
        .hasMessage(object + ": not JMH's JSON results (-rf json): expected an array of benchmarks");
    assertThatThrownBy(() -> BenchmarkTables.read(List.of(noIterations.toString()))).isInstanceOf(IOException.class)
        .hasMessage(noIterations + ": /1 is not a JMH result with a benchmark name and measured iterations "
            + "(primaryMetric/rawData)");
  }

  @Test
  void argumentsThatAreNeitherFilesNorBeforeAndAfterAreRefusedWithTheUsage() {
    String usage = "usage: RESULT.json... | --before RESULT.json... --after RESULT.json...";
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> BenchmarkTables.print(List.of(), out)).hasMessage(usage);
    assertThatThrownBy(() -> BenchmarkTables.print(List.of("--after", "b.json"), out)).hasMessage(usage);
    assertThatThrownBy(() -> BenchmarkTables.print(List.of("--before", "a.json", "--after"), out)).hasMessage(usage);
  }

  @Test
  void numbersKeepThreeSignificantDigitsAndWholeNumbersFromAHundred() {
    assertThat(BenchmarkTables.number(0.5714)).isEqualTo("0.571");
    assertThat(BenchmarkTables.number(3.7149)).isEqualTo("3.71");
    assertThat(BenchmarkTables.number(99.96)).isEqualTo("100");
    assertThat(BenchmarkTables.number(12_863.4)).isEqualTo("12,863");
  }
}
