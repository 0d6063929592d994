package dev.mom.priority;

import dev.mom.internal.Checks;
import dev.mom.internal.Numbers;
import dev.mom.model.Id;
import dev.mom.model.InvalidValueException;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One scoring model a run may choose: its {@link #type()} and that type's parameters, as data. A parameter
 * that does not belong to the type is refused, so a model reads as what it does:
 * <ul>
 *   <li>{@code strategic-fit}: {@link #gapWeight()} (default 0.3) and {@link #assumedGapSeverity()} (default
 *       0.5);
 *   <li>{@code ice}: {@link #variant()}, required;
 *   <li>{@code weighted}: {@link #criteria()}, at least one;
 *   <li>{@code rice} and {@code wsjf}: no parameters.
 * </ul>
 * The formulas are stated exactly in {@link ConceptPrioritiser}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractScoringModel {

  /** The default {@link #gapWeight()}. */
  public static final double DEFAULT_GAP_WEIGHT = 0.3;

  /** The default {@link #assumedGapSeverity()}. */
  public static final double DEFAULT_ASSUMED_GAP_SEVERITY = 0.5;

  AbstractScoringModel() {}

  /**
   * Returns a model of a type that needs no parameters (or uses their defaults).
   *
   * @param id the model's id
   * @param type {@code strategic-fit}, {@code rice} or {@code wsjf}
   * @return the model
   */
  public static ScoringModel of(String id, ScoringModelKind type) {
    return ScoringModel.builder().id(Id.of(id)).type(type).build();
  }

  /** The model's id, by which a run chooses it, e.g. {@code rice}. */
  public abstract Id id();

  /** What the model computes. */
  public abstract ScoringModelKind type();

  /** A title for reports. */
  public abstract Optional<String> title();

  /**
   * {@code strategic-fit} only: β, the share of the gap term in a concept's value, from 0 to 1; the
   * alignment term has 1 − β. Default {@value #DEFAULT_GAP_WEIGHT}.
   */
  public abstract OptionalDouble gapWeight();

  /**
   * {@code strategic-fit} only: the severity, from 0 to 1, assumed for an addressed gap whose severity is not
   * given (e.g. before the gap analysis has run). Default {@value #DEFAULT_ASSUMED_GAP_SEVERITY}.
   */
  public abstract OptionalDouble assumedGapSeverity();

  /** {@code ice} only, and required there: product or mean. */
  public abstract Optional<IceVariant> variant();

  /** {@code weighted} only, and at least one there: the criteria, each id once. */
  public abstract List<@Valid Criterion> criteria();

  /**
   * β as used: {@link #gapWeight()} or its default.
   *
   * @return from 0 to 1
   */
  public final double gapWeightOrDefault() {
    return gapWeight().orElse(DEFAULT_GAP_WEIGHT);
  }

  /**
   * The assumed severity as used: {@link #assumedGapSeverity()} or its default.
   *
   * @return from 0 to 1
   */
  public final double assumedGapSeverityOrDefault() {
    return assumedGapSeverity().orElse(DEFAULT_ASSUMED_GAP_SEVERITY);
  }

  /**
   * Whether the model's score is a weighted sum whose weights the robustness analysis perturbs: the
   * objective weights for {@code strategic-fit}, the criterion weights for {@code weighted}.
   *
   * @return true for strategic-fit and weighted
   */
  public final boolean isWeighted() {
    return type() == ScoringModelKind.STRATEGIC_FIT || type() == ScoringModelKind.WEIGHTED;
  }

  @Value.Check
  void check() {
    title().ifPresent(t -> Checks.notBlank(t, "title"));
    Checks.unique(criteria(), Criterion::id, "criteria", "id");
    List<String> problems = new ArrayList<>();
    String type = "a " + type().id() + " model";
    if (type() == ScoringModelKind.STRATEGIC_FIT) {
      fraction(problems, "gapWeight", gapWeight());
      fraction(problems, "assumedGapSeverity", assumedGapSeverity());
    } else {
      if (gapWeight().isPresent()) {
        problems.add("gapWeight belongs to strategic-fit models, not to " + type);
      }
      if (assumedGapSeverity().isPresent()) {
        problems.add("assumedGapSeverity belongs to strategic-fit models, not to " + type);
      }
    }
    if (type() == ScoringModelKind.ICE && variant().isEmpty()) {
      problems.add("variant is required for an ice model: product (impact × confidence × ease) or mean");
    } else if (type() != ScoringModelKind.ICE && variant().isPresent()) {
      problems.add("variant belongs to ice models, not to " + type);
    }
    if (type() == ScoringModelKind.WEIGHTED && criteria().isEmpty()) {
      problems.add("criteria must name at least one criterion for a weighted model");
    } else if (type() != ScoringModelKind.WEIGHTED && !criteria().isEmpty()) {
      problems.add("criteria belong to weighted models, not to " + type);
    }
    InvalidValueException.throwIfAny(problems);
  }

  private static void fraction(List<String> problems, String attribute, OptionalDouble value) {
    if (value.isPresent() && !(value.getAsDouble() >= 0 && value.getAsDouble() <= 1)) {
      problems.add(attribute + " must be from 0 to 1, was " + Numbers.format(value.getAsDouble()));
    }
  }
}
