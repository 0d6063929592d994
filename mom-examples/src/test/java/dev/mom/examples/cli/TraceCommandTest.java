package dev.mom.examples.cli;

import static dev.mom.examples.cli.CliRuns.golden;
import static dev.mom.examples.cli.CliRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mom.examples.cli.CliRuns.Run;
import dev.mom.examples.mikro.MikroCase;
import dev.mom.json.MomJson;
import dev.mom.model.Id;
import dev.mom.playbook.Playbooks;
import dev.mom.trace.ChainLevel;
import dev.mom.trace.FindingKind;
import dev.mom.trace.Pace;
import dev.mom.trace.RoadmapTracer;
import dev.mom.trace.Traceability;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code mom trace} in-process on the Mikro case and on broken input. */
class TraceCommandTest {

  @TempDir
  Path folder;

  private Path write(String name, String content) throws IOException {
    return CliRuns.write(folder, name, content);
  }

  private Path mikroFile() throws IOException {
    return CliRuns.mikroFile(folder);
  }

  private static Traceability fromJson(Run run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return MomJson.standard().read(run.out(), Traceability.class);
  }

  @Test
  void traceJsonIsTheTraceabilityItself() throws IOException {
    Run run = run("trace", "--as-of", "2021-12-31", "--format", "json", mikroFile().toString());

    assertThat(fromJson(run)).isEqualTo(RoadmapTracer.of(Playbooks.mom().traceability().orElseThrow())
        .trace(MikroCase.transformation(), LocalDate.of(2021, 12, 31)));
  }

  /**
   * The Mikro OKRs and road map: the hiring item is wish-list backlog, nobody works on licence renewal, no
   * objective pursues "one team around the customer", and the lint flags the two output-style key results
   * and the Listen &amp; Tell attendance, which names employees rather than customers.
   */
  @Test
  void theMikroTraceTellsTheStoryOfTheSeeds() throws IOException {
    Traceability trace = fromJson(run("trace", "--as-of", "2021-12-31", "--format", "json", mikroFile().toString()));

    assertThat(trace.wishList()).containsExactly(Id.of("customer-empathy-hiring"));
    assertThat(trace.unsupported()).containsExactly(Id.of("licence-renewal"));
    assertThat(trace.coverage(ChainLevel.STRATEGIC_OBJECTIVE).uncovered())
        .containsExactly(Id.of("one-team-around-the-customer"));
    assertThat(trace.exemptItems()).containsExactly(Id.of("on-premise-maintenance"));
    // 11 of 12 traced items and 10 of 11 key results covered
    assertThat(trace.coverage(ChainLevel.ITEM).covered()).isEqualTo(11);
    assertThat(trace.coverage(ChainLevel.KEY_RESULT).covered()).isEqualTo(10);
    assertThat(trace.findings().stream().filter(f -> f.kind().category() == FindingKind.Category.LINT)
        .map(f -> f.kind().id() + " " + f.subject())).containsExactly(
            "declared-output ship-20-features", "output-wording ship-20-features",
            "no-customer-behaviour ship-20-features", "declared-output launch-dealer-portal",
            "output-wording launch-dealer-portal", "no-metric launch-dealer-portal",
            "no-customer-behaviour staff-at-listen-and-tell");
    assertThat(trace.findings().stream().filter(f -> f.kind().category() == FindingKind.Category.INTEGRITY))
        .isEmpty();
  }

  /**
   * Customer NPS is (24 − 18) ÷ (35 − 18) = 0.353 of the way over 2021–2022. On 2021-12-31, 365 of 730 days
   * have passed: expected 0.5, so 0.353 &lt; 0.5 − 0.1 is behind. On 2021-07-31, 212 of 730: expected 0.290,
   * and 0.353 is within 0.1 of it: on pace. Without --as-of no pace is judged.
   */
  @Test
  void theAsOfDayChangesThePace() throws IOException {
    Path file = mikroFile();

    Traceability endOf2021 = fromJson(run("trace", "--as-of", "2021-12-31", "--format", "json", file.toString()));
    Traceability midway = fromJson(run("trace", "--as-of", "2021-07-31", "--format", "json", file.toString()));
    Traceability undated = fromJson(run("trace", "--format", "json", file.toString()));

    Id nps = Id.of("customer-nps");
    assertThat(endOf2021.keyResult(nps).orElseThrow().pace()).contains(Pace.BEHIND);
    assertThat(midway.keyResult(nps).orElseThrow().pace()).contains(Pace.ON_PACE);
    assertThat(undated.keyResult(nps).orElseThrow().pace()).isEmpty();
    assertThat(run("trace", file.toString()).out())
        .contains("No as-of day given: expected progress and pace are not judged (give --as-of YYYY-MM-DD).");
  }

  @Test
  void anUnreadableAsOfDayIsAUsageError() throws IOException {
    Run run = run("trace", "--as-of", "31.12.2021", mikroFile().toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("Invalid value for option '--as-of': '31.12.2021' is not a day of the form "
        + "YYYY-MM-DD");
  }

  // ---- bad input ----------------------------------------------------------------------------------

  /** An unknown direction, horizon and link kind: the document is not valid. */
  private static final String UNKNOWN_ENUMS = "{\"kind\": \"mom/transformation\", \"schemaVersion\": 1, "
      + "\"id\": \"acme\", \"title\": \"Acme\",\n"
      + " \"organisation\": {\"id\": \"acme\", \"name\": \"Acme\"},\n"
      + " \"objectives\": [{\"id\": \"partners-love-us\", \"statement\": \"Partners love working with us\",\n"
      + "   \"keyResults\": [{\"id\": \"partner-nps\", \"statement\": \"Partner NPS rises from 21 to 35\",\n"
      + "     \"metric\": \"partner NPS\", \"baseline\": 21, \"target\": 35, \"direction\": \"up\"}]}],\n"
      + " \"roadmap\": {\"items\": [{\"id\": \"portal\", \"title\": \"Partner portal\", \"horizon\": \"soon\",\n"
      + "   \"links\": [{\"keyResult\": \"partner-nps\", \"kind\": \"contributes-to\"}]}]}}\n";

  @Test
  void unknownDirectionsHorizonsAndLinkKindsAreInvalidInput() throws IOException {
    Path file = write("acme.json", UNKNOWN_ENUMS);

    Run run = run("trace", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("mom trace: " + file + ": 3 problems\n"
        + "  /objectives/0/keyResults/0/direction: unknown value 'up'; expected one of increase, decrease, "
        + "stay-above, stay-below (rejected: up)\n"
        + "  /roadmap/items/0/horizon: unknown value 'soon'; expected one of now, next, later (rejected: soon)\n"
        + "  /roadmap/items/0/links/0/kind: unknown value 'contributes-to' (did you mean 'contributes'?); expected "
        + "one of contributes, supports (rejected: contributes-to)\n");
  }

  /** A dangling link and an unknown strategic objective are findings of the report, and the rest still runs. */
  @Test
  void danglingReferencesAreFindingsNotErrors() throws IOException {
    Path file = write("dangling.json", UNKNOWN_ENUMS.replace("\"up\"", "\"increase\", \"current\": 28")
        .replace("\"horizon\": \"soon\"", "\"horizon\": \"now\"").replace(", \"kind\": \"contributes-to\"", "")
        .replace("\"keyResult\": \"partner-nps\"", "\"keyResult\": \"partner-npss\""));

    Run run = run("trace", "--format", "markdown", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("**Integrity** (1):\n\n- **dangling-reference** "
        + "`/roadmap/items/0/links/0/keyResult`: road-map item 'portal' contributes to key result 'partner-npss', "
        + "which is not a key result (did you mean 'partner-nps'?)\n")
        .contains("| `partner-nps` | `partners-love-us` | 0.50 | yellow |");
  }

  @Test
  void traceWritesToAFile() throws IOException {
    Path report = folder.resolve("trace.md");

    Run run = run("trace", "--as-of", "2021-12-31", "--format", "markdown", "--out", report.toString(),
        mikroFile().toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo(golden("trace-mikro.md"));
    assertThat(List.of(folder.toFile().list())).containsExactlyInAnyOrder("mikro.json", "trace.md");
  }
}
