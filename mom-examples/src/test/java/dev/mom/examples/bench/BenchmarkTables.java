package dev.mom.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns JMH's JSON results ({@code -rf json}) into the Markdown tables of {@code mom-examples/BENCHMARKS.md}: each
 * MOM workload against its baseline of the same run (median, fastest–slowest iteration, ratio, target met or
 * missed), the time each doubling of n costs, the bytes allocated per operation, and, given two runs, before
 * against after.
 *
 * <p>{@code java -cp mom-examples/target/mom-benchmarks.jar dev.mom.examples.bench.BenchmarkTables RESULT.json...}
 * prints the tables of one run (several files are read as one run); {@code ... BenchmarkTables --before A.json...
 * --after B.json...} prints the comparison. Medians are taken over every measured iteration of every fork.
 */
public final class BenchmarkTables {

  /** A workload: a MOM benchmark, its baseline, and the largest ratio to it the issue allows. */
  record Pairing(String label, String mom, String baseline, double target) {}

  /** The workloads, in the order of the tables; method names are relative to {@code dev.mom.examples.bench}. */
  static final List<Pairing> PAIRINGS = List.of(
      new Pairing("Diagnosis", "DiagnosisBenchmark.engine", "DiagnosisBenchmark.handWrittenLoop", 2),
      new Pairing("Gaps", "GapBenchmark.engine", "GapBenchmark.handWrittenLoop", 2),
      new Pairing("Prioritisation: ranking", "PrioritisationBenchmark.rankingEngine",
          "PrioritisationBenchmark.rankingLoop", 2),
      new Pairing("Prioritisation: robustness", "PrioritisationBenchmark.robustnessEngine",
          "PrioritisationBenchmark.robustnessLoop", 2),
      new Pairing("Prioritisation: capacity", "PrioritisationBenchmark.capacityEngine",
          "PrioritisationBenchmark.capacityLoop", 2),
      new Pairing("Traceability", "TraceabilityBenchmark.engine", "TraceabilityBenchmark.handWrittenLoop", 2),
      new Pairing("Impact", "ImpactBenchmark.engine", "ImpactBenchmark.handWrittenLoop", 2),
      new Pairing("Rules", "RulesBenchmark.engine", "RulesBenchmark.handWrittenLoop", 2),
      new Pairing("JSON decode", "JsonBenchmark.decode", "JsonBenchmark.jacksonDecode", 1.5),
      new Pairing("JSON decode + validate", "JsonBenchmark.decodeValidate", "JsonBenchmark.jacksonDecode", 3),
      new Pairing("JSON encode", "JsonBenchmark.encode", "JsonBenchmark.jacksonEncode", Double.NaN));

  /** The largest time a doubling of n may cost. */
  static final double DOUBLING_TARGET = 2.3;

  private static final String PACKAGE = "dev.mom.examples.bench.";

  /** One benchmark method at one scale: its measured iterations and the bytes it allocated per operation. */
  record Measurement(double[] iterations, String unit, Optional<Double> allocatedPerOp) {

    double median() {
      double[] sorted = iterations.clone();
      Arrays.sort(sorted);
      int n = sorted.length;
      return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    double fastest() {
      return Arrays.stream(iterations).min().orElseThrow();
    }

    double slowest() {
      return Arrays.stream(iterations).max().orElseThrow();
    }
  }

  private BenchmarkTables() {}

  /**
   * Prints the tables on standard output; arguments it cannot use, or a file that cannot be read or is not JMH's
   * JSON results, end it with one line on standard error naming the file and place, and exit code 2.
   *
   * @param args result files, or {@code --before FILE... --after FILE...}
   */
  public static void main(String[] args) {
    try {
      print(List.of(args), System.out);
    } catch (IllegalArgumentException | IOException e) {
      System.err.println("BenchmarkTables: " + e.getMessage());
      System.exit(2);
    }
  }

  /**
   * Prints the tables for the given arguments.
   *
   * @throws IllegalArgumentException if the arguments are not {@code RESULT.json...} or
   *     {@code --before FILE... --after FILE...}
   * @throws IOException if a file cannot be read or is not JMH's JSON results
   */
  static void print(List<String> arguments, PrintStream out) throws IOException {
    String usage = "usage: RESULT.json... | --before RESULT.json... --after RESULT.json...";
    if (arguments.contains("--before") || arguments.contains("--after")) {
      int before = arguments.indexOf("--before");
      int after = arguments.indexOf("--after");
      if (before != 0 || after < 2 || after == arguments.size() - 1) {
        throw new IllegalArgumentException(usage);
      }
      comparison(read(arguments.subList(1, after)), read(arguments.subList(after + 1, arguments.size())), out);
    } else {
      if (arguments.isEmpty()) {
        throw new IllegalArgumentException(usage);
      }
      Map<String, Map<Integer, Measurement>> run = read(arguments);
      againstBaselines(run, out);
      out.println();
      scaling(run, out);
    }
  }

  /** Reads JMH result files into benchmark (relative name) → scale → measurement; a later file wins. */
  static Map<String, Map<Integer, Measurement>> read(List<String> files) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, Map<Integer, Measurement>> run = new LinkedHashMap<>();
    for (String file : files) {
      JsonNode results = mapper.readTree(Path.of(file).toFile());
      if (!results.isArray()) {
        throw new IOException(file + ": not JMH's JSON results (-rf json): expected an array of benchmarks");
      }
      for (int at = 0; at < results.size(); at++) {
        JsonNode entry = results.get(at);
        String name = entry.path("benchmark").asText().replace(PACKAGE, "");
        int scale = entry.path("params").path("scale").asInt(1);
        JsonNode primary = entry.path("primaryMetric");
        List<Double> values = new ArrayList<>();
        primary.path("rawData").forEach(fork -> fork.forEach(value -> values.add(value.asDouble())));
        if (name.isEmpty() || values.isEmpty()) {
          throw new IOException(file + ": /" + at + " is not a JMH result with a benchmark name and measured "
              + "iterations (primaryMetric/rawData)");
        }
        JsonNode allocated = entry.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
        run.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(scale, new Measurement(
            values.stream().mapToDouble(Double::doubleValue).toArray(), primary.path("scoreUnit").asText(),
            allocated.isNumber() ? Optional.of(allocated.asDouble()) : Optional.empty()));
      }
    }
    return run;
  }

  /** The MOM workloads against their baselines, one row per workload and scale. */
  static void againstBaselines(Map<String, Map<Integer, Measurement>> run, PrintStream out) {
    out.println("| workload | scale | MOM | baseline | ratio | target |");
    out.println("| --- | --- | --- | --- | --- | --- |");
    for (Pairing pairing : PAIRINGS) {
      Map<Integer, Measurement> mom = run.getOrDefault(pairing.mom(), Map.of());
      Map<Integer, Measurement> baseline = run.getOrDefault(pairing.baseline(), Map.of());
      for (Map.Entry<Integer, Measurement> at : mom.entrySet()) {
        Measurement base = baseline.get(at.getKey());
        if (base == null) {
          continue;
        }
        double ratio = at.getValue().median() / base.median();
        String verdict = Double.isNaN(pairing.target()) ? ""
            : "≤ " + number(pairing.target()) + "×: " + (ratio <= pairing.target() ? "met" : "**missed**");
        out.println("| " + pairing.label() + " | " + at.getKey() + " | " + timed(at.getValue()) + " | "
            + timed(base) + " | " + number(ratio) + "× | " + verdict + " |");
      }
    }
  }

  /** The time each doubling of n costs, and the bytes allocated per operation at the largest scale. */
  static void scaling(Map<String, Map<Integer, Measurement>> run, PrintStream out) {
    out.println("| benchmark | t(2n)/t(n) | t(4n)/t(2n) | each ≤ " + number(DOUBLING_TARGET) + "× | allocated per op at 4n |");
    out.println("| --- | --- | --- | --- | --- |");
    for (Map.Entry<String, Map<Integer, Measurement>> benchmark : run.entrySet()) {
      Map<Integer, Measurement> at = benchmark.getValue();
      if (!at.keySet().containsAll(List.of(1, 2, 4))) {
        continue;
      }
      double first = at.get(2).median() / at.get(1).median();
      double second = at.get(4).median() / at.get(2).median();
      boolean met = first <= DOUBLING_TARGET && second <= DOUBLING_TARGET;
      out.println("| " + benchmark.getKey() + " | " + number(first) + " | " + number(second) + " | "
          + (met ? "met" : "**missed**") + " | " + at.get(4).allocatedPerOp().map(BenchmarkTables::megabytes)
          .orElse("") + " |");
    }
  }

  /** Every MOM workload before and after a change: time, speed-up, allocation, ratio to its baseline. */
  static void comparison(Map<String, Map<Integer, Measurement>> before, Map<String, Map<Integer, Measurement>> after,
      PrintStream out) {
    out.println("| workload | scale | before | after | faster | allocated per op | ratio to the baseline |");
    out.println("| --- | --- | --- | --- | --- | --- | --- |");
    for (Pairing pairing : PAIRINGS) {
      Map<Integer, Measurement> old = before.getOrDefault(pairing.mom(), Map.of());
      Map<Integer, Measurement> now = after.getOrDefault(pairing.mom(), Map.of());
      for (Map.Entry<Integer, Measurement> at : now.entrySet()) {
        Measurement was = old.get(at.getKey());
        if (was == null) {
          continue;
        }
        Measurement is = at.getValue();
        String allocated = was.allocatedPerOp().isPresent() && is.allocatedPerOp().isPresent()
            ? megabytes(was.allocatedPerOp().get()) + " → " + megabytes(is.allocatedPerOp().get()) : "";
        out.println("| " + pairing.label() + " | " + at.getKey() + " | " + timed(was) + " | " + timed(is) + " | "
            + number(was.median() / is.median()) + "× | " + allocated + " | "
            + ratio(before, pairing, at.getKey()) + " → " + ratio(after, pairing, at.getKey()) + " |");
      }
    }
  }

  private static String ratio(Map<String, Map<Integer, Measurement>> run, Pairing pairing, int scale) {
    Measurement mom = run.getOrDefault(pairing.mom(), Map.of()).get(scale);
    Measurement baseline = run.getOrDefault(pairing.baseline(), Map.of()).get(scale);
    return mom == null || baseline == null ? "?" : number(mom.median() / baseline.median()) + "×";
  }

  /** A median with its fastest and slowest iteration, e.g. {@code 690 (634–761) ms}. */
  static String timed(Measurement measurement) {
    String unit = measurement.unit().replace("/op", "").replace("us", "µs");
    return number(measurement.median()) + " (" + number(measurement.fastest()) + "–"
        + number(measurement.slowest()) + ") " + unit;
  }

  /** Three significant digits, whole numbers from 100 up, thousands separated by commas. */
  static String number(double value) {
    if (Math.abs(value) >= 100) {
      return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(Math.round(value));
    }
    return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }

  private static String megabytes(double bytes) {
    return new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(bytes / 1e6) + " MB";
  }
}
