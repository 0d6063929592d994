package dev.mom;

import dev.mom.diagnosis.DominanceDiagnoser;
import dev.mom.diagnosis.DominanceDiagnosis;
import dev.mom.diagnosis.RecommendedIntervention;
import dev.mom.gap.GapReport;
import dev.mom.gap.GapScorer;
import dev.mom.impact.ImpactAssessment;
import dev.mom.impact.ImpactAssessor;
import dev.mom.impact.ImpactVerdict;
import dev.mom.impact.OutcomeImpact;
import dev.mom.internal.Numbers;
import dev.mom.model.Id;
import dev.mom.model.InputProblem;
import dev.mom.model.InvalidInputException;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.priority.ConceptPrioritiser;
import dev.mom.priority.Prioritisation;
import dev.mom.priority.PrioritisationOptions;
import dev.mom.priority.GapSeverities;
import dev.mom.priority.RankedConcept;
import dev.mom.trace.ChainLevel;
import dev.mom.trace.FindingKind;
import dev.mom.trace.LevelCoverage;
import dev.mom.trace.RoadmapTracer;
import dev.mom.trace.Traceability;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs every MOM engine a playbook defines over a transformation, and returns one
 * {@link TransformationReport}.
 *
 * <p>An engine runs when the playbook has its model and the transformation has its input: the diagnosis
 * with decisions, survey responses or observations; gap scoring with measurements; prioritisation with
 * concepts (fed the gap report's severities when gaps were scored); road-map-to-OKR traceability with OKR
 * objectives or a road map; impact assessment with outcomes. Before anything runs, every engine's input is
 * checked and all problems are reported together — except traceability's integrity findings (dangling
 * references, cycles, …), which are results: they appear in the traceability, and the rest runs.
 *
 * <p>Build one per playbook with {@link #of(Playbook)} (each engine compiles its rules once) and share it
 * between threads; {@link #analyze(Transformation, Playbook)} does both in one call.
 * <p><b>Errors.</b> Input that {@code check} accepts never makes this engine throw, and its results never
 * hold NaN or an infinity (reach, effort, capacity and outcome
 * scales are bounded by {@link dev.mom.model.Magnitude}); input it does not
 * accept is refused with an {@link dev.mom.model.InvalidInputException} (an {@code IllegalArgumentException})
 * that lists every problem with its JSON pointer.
 */
public final class Mom {

  private final Playbook playbook;
  private final Optional<DominanceDiagnoser> diagnoser;
  private final Optional<GapScorer> scorer;
  private final Optional<ConceptPrioritiser> prioritiser;
  private final Optional<ImpactAssessor> assessor;
  private final Optional<RoadmapTracer> tracer;

  private Mom(Playbook playbook) {
    this.playbook = playbook;
    this.diagnoser = playbook.diagnosis().map(model -> DominanceDiagnoser.of(model, playbook.interventions()));
    this.scorer = playbook.gaps().map(model -> GapScorer.of(model, playbook.focusAreas(), playbook.changeLevels()));
    this.prioritiser = playbook.prioritisation().map(model -> ConceptPrioritiser.of(model, playbook.focusAreas()));
    this.assessor = playbook.impact().map(model -> ImpactAssessor.of(model, playbook.changeLevels()));
    this.tracer = playbook.traceability().map(RoadmapTracer::of);
  }

  /**
   * Builds the engines of a playbook.
   *
   * @param playbook the playbook; not null
   * @return the analyser
   * @throws IllegalArgumentException if a section of the playbook cannot be compiled (e.g. a rule naming an
   *     unknown signal); a playbook read by the JSON reader has already been checked
   */
  public static Mom of(Playbook playbook) {
    return new Mom(Objects.requireNonNull(playbook, "playbook"));
  }

  /**
   * Analyses a transformation with a playbook: {@code Mom.of(playbook).analyze(transformation)}.
   *
   * @param transformation the case; not null
   * @param playbook the playbook; not null
   * @return the report
   * @throws InvalidInputException listing every problem of every engine's input
   */
  public static TransformationReport analyze(Transformation transformation, Playbook playbook) {
    return of(playbook).analyze(transformation);
  }

  /**
   * The playbook this analyser runs.
   *
   * @return the playbook
   */
  public Playbook playbook() {
    return playbook;
  }

  /**
   * Checks every engine's input. Nothing is run, except that the gaps are scored when the case has valid
   * measurements and concepts: which gaps a concept may name (besides focus areas) depends on the gap report,
   * exactly as when the engines run.
   *
   * @param transformation the case; not null
   * @return every problem, each with its JSON pointer into the transformation; empty if it can be analysed
   */
  public List<InputProblem> check(Transformation transformation) {
    return checked(transformation).problems();
  }

  /** The problems of a case, and its gap report when the gaps were scored to check the concepts against. */
  private record Checked(List<InputProblem> problems, Optional<GapReport> gaps) {}

  private Checked checked(Transformation transformation) {
    List<InputProblem> problems = new ArrayList<>();
    if (diagnoser.isPresent() && hasDiagnosisEvidence(transformation)) {
      problems.addAll(diagnoser.get().check(transformation));
    }
    Optional<GapReport> gaps = Optional.empty();
    if (scorer.isPresent() && !transformation.measurements().isEmpty()) {
      List<InputProblem> gapProblems = scorer.get().check(transformation);
      problems.addAll(gapProblems);
      if (gapProblems.isEmpty() && prioritiser.isPresent() && !transformation.concepts().isEmpty()) {
        gaps = Optional.of(scorer.get().score(transformation));
      }
    }
    if (prioritiser.isPresent() && !transformation.concepts().isEmpty()) {
      problems.addAll(prioritiser.get().check(transformation, prioritisationOptions(gaps)));
    }
    if (assessor.isPresent() && !transformation.outcomes().isEmpty()) {
      problems.addAll(assessor.get().check(transformation));
    }
    return new Checked(problems, gaps);
  }

  /** The prioritisation's options: the gap report's severities when the gaps were scored. */
  private static PrioritisationOptions prioritisationOptions(Optional<GapReport> gaps) {
    PrioritisationOptions.Builder options = PrioritisationOptions.builder();
    gaps.ifPresent(g -> options.gapSeverities(GapSeverities.from(g)));
    return options.build();
  }

  private static boolean hasDiagnosisEvidence(Transformation transformation) {
    return !transformation.decisions().isEmpty() || !transformation.surveyResponses().isEmpty()
        || !transformation.observations().isEmpty();
  }

  /**
   * Runs every engine that has input and draws the executive summary.
   *
   * @param transformation the case; not null
   * @return the report
   * @throws InvalidInputException listing every problem {@link #check(Transformation)} finds
   */
  public TransformationReport analyze(Transformation transformation) {
    return analyze(transformation, Optional.empty(), engine -> { });
  }

  /**
   * Runs every engine that has input, judging the key results' pace on a day, and draws the executive summary.
   *
   * @param transformation the case; not null
   * @param asOf the day the key results' expected progress and pace are judged on; not null
   * @return the report
   * @throws InvalidInputException listing every problem {@link #check(Transformation)} finds
   */
  public TransformationReport analyze(Transformation transformation, LocalDate asOf) {
    return analyze(transformation, Optional.of(asOf), engine -> { });
  }

  /**
   * Runs every engine that has input, as {@link #analyze(Transformation)} does, and names each engine just
   * before it runs, for a progress report on a long run.
   *
   * @param transformation the case; not null
   * @param beforeEngine told the name of each engine that runs, just before it runs, in this order:
   *     {@code diagnosis}, {@code gaps}, {@code prioritisation}, {@code traceability}, {@code impact}; called on
   *     the calling thread; not null
   * @return the report, the same as {@link #analyze(Transformation)} returns
   * @throws InvalidInputException listing every problem {@link #check(Transformation)} finds (before any engine
   *     is named)
   */
  public TransformationReport analyze(Transformation transformation, Consumer<String> beforeEngine) {
    return analyze(transformation, Optional.empty(), Objects.requireNonNull(beforeEngine, "beforeEngine"));
  }

  /**
   * Runs every engine that has input, judging the key results' pace on a day, as
   * {@link #analyze(Transformation, LocalDate)} does, and names each engine just before it runs, as
   * {@link #analyze(Transformation, Consumer)} does.
   *
   * @param transformation the case; not null
   * @param asOf the day the key results' expected progress and pace are judged on; not null
   * @param beforeEngine told the name of each engine that runs, just before it runs; not null
   * @return the report, the same as {@link #analyze(Transformation, LocalDate)} returns
   * @throws InvalidInputException listing every problem {@link #check(Transformation)} finds
   */
  public TransformationReport analyze(Transformation transformation, LocalDate asOf, Consumer<String> beforeEngine) {
    return analyze(transformation, Optional.of(asOf), Objects.requireNonNull(beforeEngine, "beforeEngine"));
  }

  private TransformationReport analyze(Transformation transformation, Optional<LocalDate> asOf,
      Consumer<String> beforeEngine) {
    Checked checked = checked(transformation);
    if (!checked.problems().isEmpty()) {
      throw new InvalidInputException(checked.problems());
    }
    TransformationReport.Builder report = TransformationReport.builder()
        .transformation(transformation.id()).title(transformation.title())
        .playbook(playbook.id()).playbookVersion(playbook.version());
    Optional<DominanceDiagnosis> diagnosis = diagnoser.filter(d -> hasDiagnosisEvidence(transformation))
        .map(d -> {
          beforeEngine.accept("diagnosis");
          return d.diagnose(transformation);
        });
    Optional<GapReport> gaps = scorer.filter(s -> !transformation.measurements().isEmpty())
        .map(s -> {
          beforeEngine.accept("gaps");
          return checked.gaps().orElseGet(() -> s.score(transformation)); // scored once, when the check needed it
        });
    PrioritisationOptions options = prioritisationOptions(gaps);
    Optional<Prioritisation> prioritisation = prioritiser.filter(p -> !transformation.concepts().isEmpty())
        .map(p -> {
          beforeEngine.accept("prioritisation");
          return p.prioritise(transformation, options);
        });
    Optional<Traceability> traceability = tracer
        .filter(t -> !transformation.objectives().isEmpty() || transformation.roadmap().isPresent())
        .map(t -> {
          beforeEngine.accept("traceability");
          return asOf.isPresent() ? t.trace(transformation, asOf.get()) : t.trace(transformation);
        });
    Optional<ImpactAssessment> impact = assessor.filter(a -> !transformation.outcomes().isEmpty())
        .map(a -> {
          beforeEngine.accept("impact");
          return a.assess(transformation);
        });
    diagnosis.ifPresent(report::diagnosis);
    gaps.ifPresent(report::gaps);
    prioritisation.ifPresent(report::prioritisation);
    traceability.ifPresent(report::traceability);
    impact.ifPresent(report::impact);
    return report.summary(summarise(diagnosis, gaps, prioritisation, traceability, impact)).build();
  }

  /** "a", "a and b", "a, b and c". */
  private static String words(List<String> parts) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }

  private static ExecutiveSummary summarise(Optional<DominanceDiagnosis> diagnosis, Optional<GapReport> gaps,
      Optional<Prioritisation> prioritisation, Optional<Traceability> traceability,
      Optional<ImpactAssessment> impact) {
    ExecutiveSummary.Builder summary = ExecutiveSummary.builder();
    List<String> highlights = new ArrayList<>();
    if (diagnosis.isPresent()) {
      DominanceDiagnosis d = diagnosis.get();
      summary.verdict(d.verdict()).leaders(d.leaders()).confidence(d.confidence().score());
      List<RecommendedIntervention> top = d.interventions().subList(0, Math.min(3, d.interventions().size()));
      summary.interventions(top);
      List<String> labels = new ArrayList<>();
      for (Id leader : d.leaders()) {
        d.scores().stream().filter(score -> score.archetype().equals(leader)).findFirst()
            .ifPresent(score -> labels.add(score.label().toLowerCase(java.util.Locale.ROOT)));
      }
      String leaders = words(labels);
      switch (d.verdict()) {
        case DOMINANT:
          highlights.add("Product decisions are " + leaders + " (confidence " + d.confidence().level().id() + ", "
              + Numbers.brief(d.confidence().score()) + ").");
          break;
        case MIXED:
          highlights.add("Product decisions are mixed, led by " + leaders + " (confidence "
              + d.confidence().level().id() + ", " + Numbers.brief(d.confidence().score()) + ").");
          break;
        default:
          highlights.add("The evidence does not show who drives product decisions: no diagnosis rule fired.");
      }
      if (!top.isEmpty()) {
        highlights.add("Start with " + words(top.stream().map(RecommendedIntervention::name).toList()) + ".");
      }
    }
    if (gaps.isPresent()) {
      GapReport g = gaps.get();
      g.stage().reached().ifPresent(summary::stageReached);
      g.stage().next().ifPresent(summary::nextStage);
      summary.topGaps(g.ranking().subList(0, Math.min(3, g.ranking().size())));
      highlights.add(g.stage().reached().map(l -> "Theory-of-Change stage reached: " + l + ".")
          .orElse("No Theory-of-Change stage is reached yet.")
          + g.stage().next().map(n -> " Next: " + n + ", blocked by " + g.stage().blockers().size() + " indicator"
              + (g.stage().blockers().size() == 1 ? "" : "s") + ".").orElse(""));
    }
    if (prioritisation.isPresent()) {
      Prioritisation p = prioritisation.get();
      List<Id> proposed = p.greenLight().map(gl -> gl.selected()).orElseGet(() -> p.ranking().stream()
          .limit(3).map(RankedConcept::concept).toList());
      summary.greenLight(proposed);
      List<String> names = new ArrayList<>();
      for (Id concept : proposed) {
        p.ranking().stream().filter(r -> r.concept().equals(concept)).findFirst().ifPresent(r -> names.add(r.name()));
      }
      highlights.add((p.greenLight().isPresent() ? "Proposed for a green light: " : "Highest-ranked concepts: ")
          + words(names) + ".");
    }
    if (traceability.isPresent()) {
      Traceability t = traceability.get();
      LevelCoverage items = t.coverage(ChainLevel.ITEM);
      summary.wishList(t.wishList()).unsupportedKeyResults(t.unsupported());
      long outputs = java.util.stream.Stream.concat(t.findings(FindingKind.OUTPUT_WORDING).stream(),
          t.findings(FindingKind.DECLARED_OUTPUT).stream()).map(f -> f.subject()).distinct().count();
      highlights.add(items.covered() + " of " + items.total() + " road-map item" + (items.total() == 1 ? "" : "s")
          + " trace to a key result; " + t.wishList().size() + " wish-list item" + (t.wishList().size() == 1 ? "" : "s")
          + ", " + t.unsupported().size() + " unsupported key result" + (t.unsupported().size() == 1 ? "" : "s")
          + ", " + outputs + " output-style key result" + (outputs == 1 ? "" : "s") + ".");
    }
    if (impact.isPresent()) {
      List<OutcomeVerdictLine> lines = new ArrayList<>();
      int improved = 0;
      for (OutcomeImpact outcome : impact.get().outcomes()) {
        lines.add(OutcomeVerdictLine.builder().outcome(outcome.outcome()).statement(outcome.statement())
            .verdict(outcome.verdict()).build());
        improved += outcome.verdict() == ImpactVerdict.IMPROVED ? 1 : 0;
      }
      summary.outcomes(lines);
      highlights.add(improved + " of " + lines.size() + " outcome" + (lines.size() == 1 ? "" : "s")
          + " improved significantly.");
    }
    return summary.highlights(highlights).build();
  }
}
