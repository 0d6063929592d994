package dev.mom.examples.cli;

import dev.mom.impact.Wave;
import dev.mom.model.Transformation;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Short progress lines on standard error while a command works on a large case: what was read, each engine as
 * it starts, and the time the whole run took, e.g.
 *
 * <pre>
 * mom report: read big.json: 12,480 records in 0.9 s
 * mom report: running diagnosis…
 * mom report: running gaps…
 * mom report: done in 2.4 s
 * </pre>
 *
 * <p>A case is large when it has at least {@value #LARGE_CASE_RECORDS} records ({@link #records(Transformation)});
 * a smaller case, or {@code --quiet}, prints nothing. Progress never goes to standard output, so the report (and
 * a {@code --format json} document in particular) is byte for byte the same with and without it. Not
 * thread-safe: one per command run.
 */
final class Progress {

  /**
   * The number of records from which a case counts as large and its run shows progress: a few thousand, where
   * reading and the engines start to take long enough for a person at a terminal to wonder.
   */
  static final int LARGE_CASE_RECORDS = 5_000;

  /** The description of the {@code --quiet} option of the commands that show progress. */
  static final String QUIET_DESCRIPTION = "Print no progress lines on standard error (they are shown only for a "
      + "case of " + LARGE_CASE_RECORDS + " records or more, and never on standard output).";

  private final PrintWriter err;
  private final String command;
  private final boolean quiet;
  private final LongSupplier clock;
  private final long start;
  private boolean shown;

  Progress(PrintWriter err, String command, boolean quiet, LongSupplier clock) {
    this.err = err;
    this.command = command;
    this.quiet = quiet;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  /**
   * Progress for a command run, timed from now.
   *
   * @param spec the command, for its name and its standard error
   * @param quiet whether {@code --quiet} was given
   * @return the progress, silent until a large case is {@linkplain #read read}
   */
  static Progress of(CommandSpec spec, boolean quiet) {
    return new Progress(spec.commandLine().getErr(), spec.qualifiedName(), quiet, System::nanoTime);
  }

  /**
   * The records of a case that its size is judged by: decisions, survey responses, coded observations, gap
   * measurements and the outcome measurements of every wave.
   *
   * @param transformation the case
   * @return the number of records
   */
  static int records(Transformation transformation) {
    int records = transformation.decisions().size() + transformation.surveyResponses().size()
        + transformation.observations().size() + transformation.measurements().size();
    for (Wave wave : transformation.waves()) {
      records += wave.measurements().size();
    }
    return records;
  }

  /**
   * Says that a case was read, and from then on shows progress if it is large and {@code --quiet} was not given.
   *
   * @param name what was read, e.g. the file as given
   * @param transformation the case read
   */
  void read(String name, Transformation transformation) {
    int records = records(transformation);
    shown = !quiet && records >= LARGE_CASE_RECORDS;
    say("read " + name + ": " + String.format(Locale.ROOT, "%,d", records) + " records in " + elapsed());
  }

  /**
   * Says that an engine starts.
   *
   * @param engine the engine's name, e.g. {@code gaps}
   */
  void engine(String engine) {
    say("running " + engine + "…");
  }

  /** Says that the run is done, and how long it took since the command started. */
  void done() {
    say("done in " + elapsed());
  }

  private String elapsed() {
    return String.format(Locale.ROOT, "%.1f s", (clock.getAsLong() - start) / 1e9);
  }

  private void say(String line) {
    if (shown) {
      err.print(command + ": " + line + "\n");
      err.flush();
    }
  }
}
