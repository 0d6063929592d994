package dev.mom.examples.cli;

import dev.mom.examples.report.PrioritisationReport;
import dev.mom.gap.GapReport;
import dev.mom.model.FocusArea;
import dev.mom.model.Id;
import dev.mom.model.InvalidInputException;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.priority.ConceptPrioritiser;
import dev.mom.priority.GapSeverities;
import dev.mom.priority.Prioritisation;
import dev.mom.priority.PrioritisationModel;
import dev.mom.priority.PrioritisationOptions;
import dev.mom.priority.ScoringModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code mom prioritize FILE}: which of a case's concepts to green-light, in line with its strategy, with the
 * prioritisation model of the default MOM playbook or of the playbook given.
 *
 * <p>When the playbook has a gap model and the case has measurements, the gap analysis runs first and its
 * shortfalls, per indicator and per focus area ({@link GapSeverities#from(GapReport)}), are the severities of
 * the gaps the concepts address; otherwise the scoring model's assumed severity is used, and the report says
 * so.
 *
 * <p>Every way the input can be unusable ends with exit code 2 and the problems on standard error: a file
 * that cannot be read or is not a valid document, a playbook without a prioritisation model or one whose
 * extends cannot be resolved, measurements or concepts that do not fit the playbook (each problem with its JSON
 * pointer), a scoring model or must-cover focus area the playbook does not have, and a capacity that is not
 * more than 0.
 */
@Command(
    name = "prioritize",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = {
        "Prioritises the concepts of the mom/transformation FILE against its strategy: ranks them with a scoring "
            + "model (strategic-fit by default, or rice, ice, ice-mean, wsjf), explains the top scores with the "
            + "numbers substituted, shows the Pareto front of value against effort, proposes the concepts to "
            + "green-light within --capacity, tests the ranking's robustness to the objective weights, and audits "
            + "the advisory board's recorded decisions.",
        "When the playbook has a gap model and the case has measurements, the gap analysis runs first and the "
            + "concepts are scored for the gaps as measured.",
        "Uses the default MOM playbook unless --playbook names a mom/playbook file (complete, or resolved over "
            + "its base) with a prioritisation "
            + "model."},
    footer = {"", "Exit codes: 0 ok, 2 invalid input (problems printed on standard error with their JSON pointers), "
        + "3 internal error."})
final class PrioritizeCommand implements Callable<Integer> {

  /** Reads an id, with the id rules in the message when it is not one. */
  static final class IdConverter implements ITypeConverter<Id> {
    @Override
    public Id convert(String value) {
      try {
        return Id.of(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  @Spec
  CommandSpec spec;

  @Mixin
  CaseReportOptions options;

  @Option(names = "--model", paramLabel = "ID", converter = IdConverter.class,
      description = "The scoring model, by id (default: the playbook's default, strategic-fit in the MOM playbook).")
  @Nullable Id model;

  @Option(names = "--capacity", paramLabel = "N",
      description = "The effort capacity, more than 0, in the unit of the concepts' effort (e.g. person-months); "
          + "with it the report proposes the concepts to green-light.")
  @Nullable Double capacity;

  @Option(names = "--must-cover", paramLabel = "AREA", converter = IdConverter.class,
      description = "A focus area, by id, that the green-light proposal must cover; repeatable; needs --capacity.")
  List<Id> mustCover = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    if (capacity != null && !(Double.isFinite(capacity) && capacity > 0)) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--capacity': must be more than 0, "
          + "was " + capacity.toString().replaceAll("\\.0$", ""));
    }
    if (!mustCover.isEmpty() && capacity == null) {
      throw new ParameterException(spec.commandLine(), "--must-cover needs --capacity: it constrains the green-light "
          + "proposal");
    }
    Transformation transformation = options.readCase();
    Playbook playbook = options.readPlaybook("prioritisation", "prioritisation model", "prioritise concepts",
        p -> p.prioritisation().isPresent());
    PrioritisationOptions.Builder given = PrioritisationOptions.builder().addAllMustCover(mustCover);
    if (model != null) {
      given.model(model);
    }
    if (capacity != null) {
      given.capacity(capacity);
    }
    Run run = run(options.file(), transformation, playbook, given, options.progress()::engine);
    options.writeReport(run.prioritisation(),
        () -> PrioritisationReport.markdown(transformation, playbook, run.prioritisation(), run.gaps()),
        () -> PrioritisationReport.text(transformation, playbook, run.prioritisation(), run.gaps()));
    return MomCommand.OK;
  }

  /** A prioritisation and the gap report whose severities it used, if the gap analysis ran. */
  record Run(Prioritisation prioritisation, Optional<GapReport> gaps) {}

  /**
   * Prioritises a case: first its gaps, when the playbook has a gap model and the case has measurements, then
   * its concepts with the gaps' severities, naming each engine to {@code beforeEngine} just before it runs. What
   * does not fit the playbook becomes an UnusableInputException.
   */
  static Run run(Path file, Transformation transformation, Playbook playbook, PrioritisationOptions.Builder options,
      Consumer<String> beforeEngine) {
    PrioritisationModel prioritisation = playbook.prioritisation().orElseThrow();
    PrioritisationOptions given = options.build();
    checkOptions(playbook, prioritisation, given);
    Optional<GapReport> gaps = Optional.empty();
    if (playbook.gaps().isPresent() && !transformation.measurements().isEmpty()) {
      beforeEngine.accept("gaps");
      GapReport report = GapsCommand.score(file, transformation, playbook);
      gaps = Optional.of(report);
      given = PrioritisationOptions.builder().from(given).gapSeverities(GapSeverities.from(report)).build();
    }
    beforeEngine.accept("prioritisation");
    try {
      return new Run(ConceptPrioritiser.of(prioritisation, playbook.focusAreas()).prioritise(transformation, given),
          gaps);
    } catch (InvalidInputException e) {
      throw CaseDocuments.misfit(file, "the concepts do not fit", playbook, e);
    }
  }

  /** The scoring model and the must-cover areas must be the playbook's. */
  private static void checkOptions(Playbook playbook, PrioritisationModel prioritisation,
      PrioritisationOptions options) {
    if (options.model().isPresent() && prioritisation.scoringModel(options.model().get()).isEmpty()) {
      List<String> known = new ArrayList<>();
      for (ScoringModel scoring : prioritisation.scoringModels()) {
        known.add(scoring.id().value());
      }
      throw new UnusableInputException("--model: the playbook '" + playbook.id() + "' has no scoring model '"
          + options.model().get() + "'; give one of " + String.join(", ", known));
    }
    List<String> areas = new ArrayList<>();
    for (FocusArea area : playbook.focusAreas()) {
      areas.add(area.id().value());
    }
    for (Id area : options.mustCover()) {
      if (!areas.contains(area.value())) {
        throw new UnusableInputException("--must-cover: the playbook '" + playbook.id() + "' has no focus area '"
            + area + "'; give one of " + String.join(", ", areas));
      }
    }
  }
}
