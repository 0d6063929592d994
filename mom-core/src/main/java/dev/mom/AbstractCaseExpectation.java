package dev.mom;

import dev.mom.diagnosis.DominanceDiagnosis;
import dev.mom.diagnosis.Verdict;
import dev.mom.gap.GapReport;
import dev.mom.impact.ImpactAssessment;
import dev.mom.impact.ImpactVerdict;
import dev.mom.impact.OutcomeImpact;
import dev.mom.internal.Checks;
import dev.mom.internal.Numbers;
import dev.mom.model.Id;
import dev.mom.model.InvalidInputException;
import dev.mom.model.InvalidValueException;
import dev.mom.model.Transformation;
import dev.mom.priority.ConceptPrioritiser;
import dev.mom.priority.GapSeverities;
import dev.mom.priority.GreenLightProposal;
import dev.mom.priority.Prioritisation;
import dev.mom.priority.PrioritisationOptions;
import dev.mom.priority.RankedConcept;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What a consultant expects the engines to conclude about one case with their playbook: a golden case, kept
 * next to the playbook and run by {@code mom playbook test} like a unit test for the rules. A
 * {@code mom/expectation} document holds one:
 * <pre>
 * {"kind": "mom/expectation", "schemaVersion": 1, "case": "mikro.json", "asOf": "2021-12-31",
 *  "verdict": "mixed", "stage": "understanding-the-customer", "ranking": ["product-2-0"],
 *  "impact": {"nps": "improved"}}
 * </pre>
 * Every expectation is optional, but at least one must be given; what is left out is not checked:
 * <ul>
 *   <li>{@code verdict}, {@code dominant}: the diagnosis's verdict and dominant archetype;
 *   <li>{@code stage}: the Theory-of-Change level the gap analysis says is reached, or {@code none} for no
 *       level reached yet;
 *   <li>{@code ranking}: the first concepts of the prioritisation's ranking, in order (a prefix);
 *   <li>{@code greenLight} with {@code capacity}: the concepts proposed for a green light within that effort
 *       capacity, as a set;
 *   <li>{@code impact}: the verdict per outcome id ({@code improved}, {@code worsened},
 *       {@code no-detectable-change}, {@code insufficient-data}).
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractCaseExpectation {

  /** The {@link #stage()} that expects no level reached yet. */
  public static final String NO_STAGE = "none";

  AbstractCaseExpectation() {}

  /**
   * The file name of the {@code mom/transformation} case, in the same folder as the expectation (JSON property
   * {@code "case"}), e.g. {@code mikro.json}. A plain file name: no folder, so an expectation never points
   * outside the folder of cases.
   */
  @NotBlank
  public abstract String caseFile();

  /** What the case shows, for the people who keep it. */
  public abstract Optional<String> description();

  /** The day the key results' pace is judged on, as {@code mom report --as-of}; absent: not judged. */
  public abstract Optional<LocalDate> asOf();

  /** The diagnosis's verdict: {@code dominant}, {@code mixed} or {@code inconclusive}. */
  public abstract Optional<Verdict> verdict();

  /** The archetype the diagnosis finds dominant. */
  public abstract Optional<Id> dominant();

  /**
   * The Theory-of-Change level the gap analysis finds reached, or {@value #NO_STAGE} when no level is reached
   * yet.
   */
  public abstract Optional<Id> stage();

  /** The first concepts of the ranking, in order; empty: not checked. */
  public abstract List<Id> ranking();

  /** The effort capacity of the green-light proposal; required with {@link #greenLight()}, and only with it. */
  public abstract OptionalDouble capacity();

  /** The concepts proposed for a green light within {@link #capacity()}, in any order; empty: not checked. */
  public abstract List<Id> greenLight();

  /** The impact verdict expected per outcome id; empty: not checked. */
  public abstract Map<Id, ImpactVerdict> impact();

  @Value.Check
  void check() {
    Checks.notBlank(caseFile(), "caseFile");
    List<String> problems = new ArrayList<>();
    String name = caseFile();
    if (name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
      problems.add("case '" + name + "' must be a plain file name in the expectation's folder, without a folder");
    }
    Checks.repeated(ranking(), id -> id, "ranking", "", problems);
    Checks.repeated(greenLight(), id -> id, "greenLight", "", problems);
    if (!greenLight().isEmpty() && capacity().isEmpty()) {
      problems.add("capacity is required with greenLight: the green-light proposal is made within an effort capacity");
    } else if (greenLight().isEmpty() && capacity().isPresent()) {
      problems.add("capacity is used only with greenLight; leave it out or give the expected greenLight");
    }
    if (capacity().isPresent() && !(Double.isFinite(capacity().getAsDouble()) && capacity().getAsDouble() > 0)) {
      problems.add("capacity must be more than 0, was " + Numbers.format(capacity().getAsDouble()));
    }
    if (verdict().isEmpty() && dominant().isEmpty() && stage().isEmpty() && ranking().isEmpty()
        && greenLight().isEmpty() && impact().isEmpty()) {
      problems.add("the expectation expects nothing; give at least one of verdict, dominant, stage, "
          + "ranking, greenLight or impact");
    }
    InvalidValueException.throwIfAny(problems);
  }

  /**
   * Runs the case through the engines and compares the results with this expectation. The case is analysed as
   * {@link Mom#analyze(Transformation, LocalDate)} does (on {@link #asOf()} when given); for {@link #greenLight()}
   * the concepts are prioritised once more with {@link #capacity()}, fed the same gap analysis. Each mismatch's
   * explanation pointer is into the {@link TransformationReport} as JSON ({@code mom report --format json}); the
   * green-light proposal is where it would be with that capacity ({@code mom prioritize FILE --capacity C --format
   * json} writes the prioritisation itself, with the proposal at {@code /greenLight}).
   *
   * @param mom the engines of the playbook under test; not null
   * @param transformation the case named by {@link #caseFile()}; not null
   * @return every mismatch, in the order of the properties above (impact in the order given); empty if the case
   *     passes; immutable
   * @throws InvalidInputException if the case's input does not fit the playbook, listing every problem
   * @throws NullPointerException if an argument is null
   */
  public final List<ExpectationMismatch> check(Mom mom, Transformation transformation) {
    Objects.requireNonNull(mom, "mom");
    Objects.requireNonNull(transformation, "transformation");
    TransformationReport report = asOf().isPresent() ? mom.analyze(transformation, asOf().get())
        : mom.analyze(transformation);
    List<ExpectationMismatch> mismatches = new ArrayList<>();
    diagnosis(report.diagnosis(), mismatches);
    stage(report.gaps(), mismatches);
    ranking(report.prioritisation(), mismatches);
    if (!greenLight().isEmpty()) {
      greenLight(proposal(mom, transformation, report.gaps()), mismatches);
    }
    impact(report.impact(), mismatches);
    return List.copyOf(mismatches);
  }

  private void diagnosis(Optional<DominanceDiagnosis> diagnosis, List<ExpectationMismatch> mismatches) {
    String none = "no diagnosis (the playbook has none, or the case has no decisions, survey responses or "
        + "observations)";
    if (verdict().isPresent()) {
      String expected = verdict().get().id();
      if (diagnosis.isEmpty()) {
        mismatches.add(new ExpectationMismatch("verdict", expected, none, "/diagnosis"));
      } else if (diagnosis.get().verdict() != verdict().get()) {
        mismatches.add(new ExpectationMismatch("verdict", expected, diagnosis.get().verdict().id() + leaders(diagnosis.get()),
            "/diagnosis/scores"));
      }
    }
    if (dominant().isPresent()) {
      String expected = "'" + dominant().get() + "'";
      if (diagnosis.isEmpty()) {
        mismatches.add(new ExpectationMismatch("dominant", expected, none, "/diagnosis"));
      } else if (!diagnosis.get().dominant().equals(dominant())) {
        String actual = diagnosis.get().dominant().map(d -> "'" + d + "'")
            .orElse("none (verdict " + diagnosis.get().verdict().id() + leaders(diagnosis.get()) + ")");
        mismatches.add(new ExpectationMismatch("dominant", expected, actual, "/diagnosis/scores"));
      }
    }
  }

  private static String leaders(DominanceDiagnosis diagnosis) {
    return diagnosis.leaders().isEmpty() ? ""
        : ", led by " + diagnosis.leaders().stream().map(Id::value).collect(Collectors.joining(", "));
  }

  private void stage(Optional<GapReport> gaps, List<ExpectationMismatch> mismatches) {
    if (stage().isEmpty()) {
      return;
    }
    boolean none = stage().get().value().equals(NO_STAGE);
    String expected = none ? "no level reached" : "'" + stage().get() + "'";
    if (gaps.isEmpty()) {
      mismatches.add(new ExpectationMismatch("stage", expected, "no gap analysis (the playbook has no gap model, or "
          + "the case has no measurements)", "/gaps"));
    } else if (!gaps.get().stage().reached().equals(none ? Optional.empty() : stage())) {
      String actual = gaps.get().stage().reached().map(l -> "'" + l + "'").orElse("no level reached");
      mismatches.add(new ExpectationMismatch("stage", expected, actual, "/gaps/stage/explanation"));
    }
  }

  private void ranking(Optional<Prioritisation> prioritisation, List<ExpectationMismatch> mismatches) {
    if (ranking().isEmpty()) {
      return;
    }
    String expected = list(ranking()) + (ranking().size() == 1 ? " first" : " first, in that order");
    if (prioritisation.isEmpty()) {
      mismatches.add(new ExpectationMismatch("ranking", expected, "no prioritisation (the playbook has no "
          + "prioritisation model, or the case has no concepts)", "/prioritisation"));
      return;
    }
    List<Id> actual = prioritisation.get().ranking().stream().map(RankedConcept::concept).toList();
    for (int i = 0; i < ranking().size(); i++) {
      if (i >= actual.size() || !actual.get(i).equals(ranking().get(i))) {
        List<Id> shown = actual.subList(0, Math.min(actual.size(), ranking().size()));
        mismatches.add(new ExpectationMismatch("ranking", expected, shown.isEmpty() ? "no concept ranked"
            : list(shown) + (actual.size() > shown.size() ? ", …" : ""),
            i < actual.size() ? "/prioritisation/ranking/" + i : "/prioritisation/ranking"));
        return;
      }
    }
  }

  private Optional<GreenLightProposal> proposal(Mom mom, Transformation transformation, Optional<GapReport> gaps) {
    if (mom.playbook().prioritisation().isEmpty() || transformation.concepts().isEmpty()) {
      return Optional.empty();
    }
    PrioritisationOptions.Builder options = PrioritisationOptions.builder().capacity(capacity().getAsDouble());
    gaps.ifPresent(g -> options.gapSeverities(GapSeverities.from(g)));
    return ConceptPrioritiser.of(mom.playbook().prioritisation().get(), mom.playbook().focusAreas())
        .prioritise(transformation, options.build()).greenLight();
  }

  private void greenLight(Optional<GreenLightProposal> proposal, List<ExpectationMismatch> mismatches) {
    String expected = set(greenLight()) + " within capacity " + Numbers.format(capacity().getAsDouble());
    if (proposal.isEmpty()) {
      mismatches.add(new ExpectationMismatch("greenLight", expected, "no green-light proposal (the playbook has no "
          + "prioritisation model, or the case has no concepts)", "/prioritisation"));
    } else if (!Set.copyOf(proposal.get().selected()).equals(Set.copyOf(greenLight()))) {
      mismatches.add(new ExpectationMismatch("greenLight", expected, set(proposal.get().selected()),
          "/prioritisation/greenLight/selected"));
    }
  }

  private void impact(Optional<ImpactAssessment> impact, List<ExpectationMismatch> mismatches) {
    for (Map.Entry<Id, ImpactVerdict> expected : impact().entrySet()) {
      String property = "impact/" + expected.getKey();
      if (impact.isEmpty()) {
        mismatches.add(new ExpectationMismatch(property, expected.getValue().id(), "no impact assessment (the "
            + "playbook has no impact model, or the case has no outcomes)", "/impact"));
        continue;
      }
      List<OutcomeImpact> outcomes = impact.get().outcomes();
      int index = -1;
      for (int i = 0; i < outcomes.size(); i++) {
        if (outcomes.get(i).outcome().equals(expected.getKey())) {
          index = i;
        }
      }
      if (index < 0) {
        mismatches.add(new ExpectationMismatch(property, expected.getValue().id(), "no outcome '" + expected.getKey()
            + "' in the assessment", "/impact/outcomes"));
      } else if (outcomes.get(index).verdict() != expected.getValue()) {
        mismatches.add(new ExpectationMismatch(property, expected.getValue().id(), outcomes.get(index).verdict().id(),
            "/impact/outcomes/" + index + "/reason"));
      }
    }
  }

  private static String list(List<Id> ids) {
    return ids.stream().map(Id::value).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String set(List<Id> ids) {
    return new LinkedHashSet<>(ids).stream().map(Id::value).sorted().collect(Collectors.joining(", ", "{", "}"));
  }
}
