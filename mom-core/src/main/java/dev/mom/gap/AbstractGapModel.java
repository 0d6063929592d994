package dev.mom.gap;

import dev.mom.internal.Checks;
import dev.mom.model.Id;
import dev.mom.model.InvalidValueException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The gap-analysis section of a playbook: the indicators (each in a focus area and at a Theory-of-Change
 * level of the playbook), optional dimensions that group them, the severity bands, how the stage reached
 * is decided, and the thresholds for confidence and anonymity. Everything a consultant may adapt, as data.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractGapModel {

  AbstractGapModel() {}

  /** The indicators, in the order reports list them and ties are broken; each id once. */
  @Size(min = 1)
  public abstract List<@Valid Indicator> indicators();

  /** The dimensions indicators may be grouped in, each id once; may be empty. */
  public abstract List<@Valid Dimension> dimensions();

  /**
   * The severity bands by ascending {@link SeverityBand#upTo()}, the last up to 1. Default: aligned up to
   * 0.1 of the scale, minor up to 0.25, major up to 0.5, critical up to 1.
   */
  @Size(min = 1)
  @Value.Default
  public List<@Valid SeverityBand> severityBands() {
    return List.of(SeverityBand.of("aligned", "Aligned", 0.1), SeverityBand.of("minor", "Minor", 0.25),
        SeverityBand.of("major", "Major", 0.5), SeverityBand.of("critical", "Critical", 1.0));
  }

  /** How the stage reached is decided; default {@link MaturityMethod#STAGED}, never changed silently. */
  @Value.Default
  public MaturityMethod maturityMethod() {
    return MaturityMethod.STAGED;
  }

  /**
   * The largest normalised shortfall with which an indicator (staged) or a level's weighted mean
   * (additive) still counts as met, in [0, 1]; default 0.1, the upper end of the default "aligned" band.
   */
  @DecimalMin("0")
  @DecimalMax("1")
  @Value.Default
  public double maturityThreshold() {
    return 0.1;
  }

  /**
   * The fewest respondents of a function whose own figures are shown in a breakdown; smaller groups are
   * suppressed, and more groups with them where needed so that none can be worked out. Default 5.
   */
  @Min(1)
  @Value.Default
  public int minimumGroupSize() {
    return 5;
  }

  /** The fewest measurements of an indicator that do not lower its confidence. Default 5. */
  @Min(1)
  @Value.Default
  public int minimumMeasurements() {
    return 5;
  }

  /** The within-group agreement r_wg below which respondents count as disagreeing, in [0, 1]. Default 0.7. */
  @DecimalMin("0")
  @DecimalMax("1")
  @Value.Default
  public double minimumAgreement() {
    return 0.7;
  }

  /**
   * How far apart, in normalised units, the aggregates of two source kinds may be and still agree, in
   * [0, 1]. Default 0.1.
   */
  @DecimalMin("0")
  @DecimalMax("1")
  @Value.Default
  public double sourceTolerance() {
    return 0.1;
  }

  /**
   * Finds an indicator by id.
   *
   * @param id the id; not null
   * @return the indicator, or empty if the model has none with that id
   */
  public final java.util.Optional<Indicator> indicator(Id id) {
    return indicators().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  @Value.Check
  void check() {
    if (indicators().isEmpty()) {
      throw new IllegalArgumentException("indicators must name at least one indicator");
    }
    if (severityBands().isEmpty()) {
      throw new IllegalArgumentException("severityBands must name at least one band");
    }
    Checks.unique(indicators(), Indicator::id, "indicators", "id");
    Checks.unique(dimensions(), Dimension::id, "dimensions", "id");
    Checks.unique(severityBands(), SeverityBand::id, "severityBands", "id");
    List<String> problems = new ArrayList<>();
    Map<Id, Integer> dimensionIds = new HashMap<>();
    for (int d = 0; d < dimensions().size(); d++) {
      dimensionIds.put(dimensions().get(d).id(), d);
    }
    double total = 0;
    Map<Id, Double> levelWeights = new HashMap<>();
    for (int i = 0; i < indicators().size(); i++) {
      Indicator indicator = indicators().get(i);
      total += indicator.weight();
      levelWeights.merge(indicator.level(), indicator.weight(), Double::sum);
      if (indicator.dimension().isPresent() && !dimensionIds.containsKey(indicator.dimension().get())) {
        problems.add("indicators[" + i + "].dimension '" + indicator.dimension().get()
            + "' is not one of the dimensions" + known(dimensions().stream().map(d -> d.id().value()).toList()));
      }
    }
    if (!(total > 0) || !Double.isFinite(total)) {
      problems.add("indicators: the weights must sum to a positive, finite total, was " + format(total)
          + "; give at least one indicator a positive weight");
    }
    if (maturityMethod() == MaturityMethod.ADDITIVE) {
      for (Map.Entry<Id, Double> level : new java.util.TreeMap<>(levelWeights).entrySet()) {
        if (!(level.getValue() > 0)) {
          problems.add("indicators: the weights of level '" + level.getKey() + "' sum to 0, so the additive "
              + "maturity method cannot average them; give one of its indicators a positive weight");
        }
      }
    }
    List<SeverityBand> bands = severityBands();
    for (int b = 1; b < bands.size(); b++) {
      if (!(bands.get(b).upTo() > bands.get(b - 1).upTo())) {
        problems.add("severityBands[" + b + "].upTo " + format(bands.get(b).upTo()) + " must be above severityBands["
            + (b - 1) + "].upTo " + format(bands.get(b - 1).upTo()) + ": bands are listed from the least to the most severe");
      }
    }
    if (bands.get(bands.size() - 1).upTo() != 1.0) {
      problems.add("severityBands[" + (bands.size() - 1) + "].upTo must be 1, so that every shortfall falls in a "
          + "band, was " + format(bands.get(bands.size() - 1).upTo()));
    }
    InvalidValueException.throwIfAny(problems);
    checkUnit(maturityThreshold(), "maturityThreshold");
    checkUnit(minimumAgreement(), "minimumAgreement");
    checkUnit(sourceTolerance(), "sourceTolerance");
    if (minimumGroupSize() < 1) {
      throw new IllegalArgumentException("minimumGroupSize must be at least 1, was " + minimumGroupSize());
    }
    if (minimumMeasurements() < 1) {
      throw new IllegalArgumentException("minimumMeasurements must be at least 1, was " + minimumMeasurements());
    }
  }

  private static void checkUnit(double value, String attribute) {
    Checks.finite(value, attribute);
    if (value < 0 || value > 1) {
      throw new IllegalArgumentException(attribute + " must be within [0, 1], was " + value);
    }
  }

  private static String format(double value) {
    return Double.isFinite(value) ? dev.mom.internal.Numbers.format(value) : Double.toString(value);
  }

  static String known(List<String> ids) {
    return ids.isEmpty() ? " (the model has none)" : " (" + String.join(", ", ids) + ")";
  }
}
