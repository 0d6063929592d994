package dev.mom.gap;

import static dev.mom.gap.SurveyStatistics.clamp;
import static dev.mom.gap.SurveyStatistics.words;

import dev.mom.internal.Numbering;
import dev.mom.internal.Numbers;
import dev.mom.internal.Suggestions;
import dev.mom.model.ChangeLevel;
import dev.mom.model.EvidenceSource;
import dev.mom.model.FocusArea;
import dev.mom.model.Function;
import dev.mom.model.Id;
import dev.mom.model.InputProblem;
import dev.mom.model.InvalidInputException;
import dev.mom.model.InvalidValueException;
import dev.mom.model.Scale;
import dev.mom.model.StrategicObjective;
import dev.mom.model.Strategy;
import dev.mom.model.Transformation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Scores the gaps between an organisation's current and ideal situation from a transformation's
 * {@linkplain Transformation#measurements() measurements}, with a playbook's {@link GapModel}.
 *
 * <p>How a report is made, per measured indicator (an indicator without measurements is listed as
 * unmeasured and left out of every roll-up):
 * <ol>
 *   <li><b>current</b> = the aggregate of the "now" values ({@link Aggregation}: the mean, computed on the
 *       normalised scale and mapped back; the median, the mean of the two middle values for an even count;
 *       or the share of values {@code >= cutOff}); <b>ideal</b> = the target, or the same aggregate of the
 *       preferred answers. Both are on the {@linkplain Indicator#aggregateScale() aggregate scale}, and
 *       {@code x} and {@code x*} are them normalised to [0, 1] on it;
 *   <li><b>gap</b> = {@code s × (ideal - current)} with {@code s = +1} when higher is better and {@code -1}
 *       when lower is better, so a positive gap is a shortfall; <b>normalised gap</b>
 *       {@code g = s × (x* - x)} in [-1, 1]; <b>shortfall</b> {@code max(0, g)};
 *   <li><b>severity</b> = the first band whose {@code upTo} is at least the shortfall (within 1e-9);
 *   <li><b>contribution</b> = {@code w × shortfall / W}, W the summed weights of the measured indicators;
 *   <li><b>n</b>, <b>mean</b>, <b>standard deviation</b> (sample, n - 1) and <b>r_wg</b>
 *       ({@link SurveyStatistics#rwg(double[], Scale)}) of the "now" values; the aggregate per kind of source and
 *       the largest number of kinds within the model's tolerance of each other (triangulation);
 *   <li><b>confidence</b> (see {@link GapConfidence}); <b>function breakdown</b> with suppression: a function
 *       with fewer respondents than the minimum group size is suppressed; then, while the suppressed groups
 *       and the measurements without a function together number fewer than the minimum, the smallest shown
 *       group (ties: function id) is suppressed too, so that subtracting the shown groups from the total
 *       never reveals a small group;
 *   <li><b>objectives</b>: each objective of the transformation's strategy that names the indicator, its
 *       focus area or its level.
 * </ol>
 * Roll-ups are described at {@link GapRollUp}; the stage at {@link MaturityMethod} and
 * {@link StageAssessment}; the ranking at {@link GapReport#ranking()}. Sums run in the model's order over
 * sorted values, so the order of the measurements never changes a result, and every number is finite.
 *
 * <p>Built once per model ({@link #of(GapModel, List, List)}); immutable and safe to share between threads;
 * {@link #score(Transformation)} is pure and deterministic.
 * <p><b>Errors.</b> Input that {@code check} accepts never makes this engine throw, and its results never
 * hold NaN or an infinity (reach, effort, capacity and outcome
 * scales are bounded by {@link dev.mom.model.Magnitude}); input it does not
 * accept is refused with an {@link dev.mom.model.InvalidInputException} (an {@code IllegalArgumentException})
 * that lists every problem with its JSON pointer.
 */
public final class GapScorer {

  private static final double TIE = 1e-9;
  private static final Id OVERALL = Id.of("overall");
  private static final EvidenceSource[] SOURCE_KINDS = EvidenceSource.values();

  private final GapModel model;
  private final List<FocusArea> focusAreas;
  private final List<ChangeLevel> levels;
  private final Map<Id, Integer> indicatorIndex = new HashMap<>();

  private GapScorer(GapModel model, List<FocusArea> focusAreas, List<ChangeLevel> levels) {
    this.model = model;
    this.focusAreas = List.copyOf(focusAreas);
    this.levels = levels.stream().sorted(Comparator.comparingInt(ChangeLevel::rank)).toList();
    for (int i = 0; i < model.indicators().size(); i++) {
      indicatorIndex.put(model.indicators().get(i).id(), i);
    }
  }

  /**
   * Builds the scorer for a model and the focus areas and Theory-of-Change levels of its playbook.
   *
   * @param model the playbook's gap model; not null
   * @param focusAreas the playbook's focus areas, in the order reports list them; not null
   * @param levels the playbook's Theory-of-Change levels, in any order (they are ordered by rank); not null
   * @return the scorer
   * @throws InvalidValueException if an indicator names a focus area or level not given, listing each
   * @throws IllegalArgumentException if two levels share a rank or an id
   */
  public static GapScorer of(GapModel model, List<FocusArea> focusAreas, List<ChangeLevel> levels) {
    Objects.requireNonNull(model, "model");
    dev.mom.internal.Checks.unique(levels, ChangeLevel::rank, "levels", "rank");
    dev.mom.internal.Checks.unique(levels, ChangeLevel::id, "levels", "id");
    dev.mom.internal.Checks.unique(focusAreas, FocusArea::id, "focusAreas", "id");
    List<String> areaIds = focusAreas.stream().map(a -> a.id().value()).toList();
    List<String> levelIds = levels.stream().map(l -> l.id().value()).toList();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < model.indicators().size(); i++) {
      Indicator indicator = model.indicators().get(i);
      if (!areaIds.contains(indicator.focusArea().value())) {
        problems.add("indicators[" + i + "].focusArea '" + indicator.focusArea() + "' is not one of the focus areas "
            + areaIds);
      }
      if (!levelIds.contains(indicator.level().value())) {
        problems.add("indicators[" + i + "].level '" + indicator.level() + "' is not one of the levels " + levelIds);
      }
    }
    InvalidValueException.throwIfAny(problems);
    return new GapScorer(model, focusAreas, levels);
  }

  /**
   * The model this scorer runs.
   *
   * @return the model
   */
  public GapModel model() {
    return model;
  }

  /**
   * Checks a transformation's measurements (and its strategy's references) against the model without
   * scoring.
   *
   * @param transformation the transformation; not null
   * @return every problem, each with its JSON pointer into the transformation document, in document order;
   *     empty if it can be scored
   */
  public List<InputProblem> check(Transformation transformation) {
    List<InputProblem> problems = new ArrayList<>();
    checkMeasurements(transformation, problems);
    return problems;
  }

  /**
   * Adds every problem of the transformation to {@code problems} and returns the index of each measurement's
   * indicator in the model, -1 for an unknown indicator.
   */
  private int[] checkMeasurements(Transformation transformation, List<InputProblem> problems) {
    List<Measurement> measurements = transformation.measurements();
    if (measurements.isEmpty()) {
      problems.add(new InputProblem("", "no measurements to score: the transformation has no measurements"));
    }
    List<String> indicatorIds = model.indicators().stream().map(i -> i.id().value()).toList();
    int[] indicatorOf = new int[measurements.size()];
    // the indicators each source measured, by indicator index
    Map<Id, BitSet> measuredBy = new HashMap<>();
    // a respondent's measurements usually come together, so the last source is checked first
    Id lastSource = null;
    BitSet measured = null;
    for (int m = 0; m < measurements.size(); m++) {
      Measurement measurement = measurements.get(m);
      Integer index = indicatorIndex.get(measurement.indicator());
      if (index == null) {
        indicatorOf[m] = -1;
        problems.add(new InputProblem(at(m, "indicator"),
            unknown("indicator", measurement.indicator().value(), indicatorIds)));
        continue;
      }
      indicatorOf[m] = index;
      Indicator indicator = model.indicators().get(index);
      Scale scale = indicator.scale();
      if (!scale.contains(measurement.value())) {
        problems.add(new InputProblem(at(m, "value"), "value " + Numbers.format(measurement.value())
            + " is off the scale " + AbstractIndicator.describe(scale) + " of indicator '" + indicator.id() + "'"));
      }
      OptionalDouble preferred = measurement.preferred();
      if (indicator.idealFrom() == IdealSource.PREFERRED) {
        if (preferred.isEmpty()) {
          problems.add(new InputProblem(at(m, "preferred"), "missing preferred: indicator '" + indicator.id()
              + "' takes its ideal from the preferred answers, so each of its measurements needs one"));
        } else if (!scale.contains(preferred.getAsDouble())) {
          problems.add(new InputProblem(at(m, "preferred"), "preferred "
              + Numbers.format(preferred.getAsDouble()) + " is off the scale "
              + AbstractIndicator.describe(scale) + " of indicator '" + indicator.id() + "'"));
        }
      } else if (preferred.isPresent()) {
        problems.add(new InputProblem(at(m, "preferred"), "indicator '" + indicator.id()
            + "' has a fixed target of " + Numbers.format(indicator.target().orElseThrow()) + "; leave preferred out"));
      }
      Optional<Id> source = measurement.source();
      if (source.isPresent()) {
        if (!source.get().equals(lastSource)) {
          lastSource = source.get();
          measured = measuredBy.computeIfAbsent(lastSource, s -> new BitSet());
        }
        if (measured.get(index)) {
          problems.add(new InputProblem(at(m, "source"), "source '" + source.get() + "' already measured indicator '"
              + indicator.id() + "' in measurements[" + first(measurements, indicatorOf, m, source.get()) + "]"));
        } else {
          measured.set(index);
        }
      }
    }
    if (transformation.strategy().isPresent()) {
      checkStrategy(transformation.strategy().get(), indicatorIds, problems);
    }
    return indicatorOf;
  }

  /** The JSON pointer of a measurement's property, built only for a problem. */
  private static String at(int measurement, String property) {
    return "/measurements/" + measurement + "/" + property;
  }

  /** The first of the measurements before {@code m} by the same source of the same indicator as {@code m}. */
  private static int first(List<Measurement> measurements, int[] indicatorOf, int m, Id source) {
    for (int earlier = 0; earlier < m; earlier++) {
      if (indicatorOf[earlier] == indicatorOf[m] && measurements.get(earlier).source().filter(source::equals)
          .isPresent()) {
        return earlier;
      }
    }
    throw new IllegalStateException("no earlier measurement of the source");
  }

  private void checkStrategy(Strategy strategy, List<String> indicatorIds, List<InputProblem> problems) {
    List<String> areaIds = focusAreas.stream().map(a -> a.id().value()).toList();
    List<String> levelIds = levels.stream().map(l -> l.id().value()).toList();
    for (int o = 0; o < strategy.objectives().size(); o++) {
      StrategicObjective objective = strategy.objectives().get(o);
      String at = "/strategy/objectives/" + o;
      unknownIds(objective.focusAreas(), areaIds, at + "/focusAreas", "focus area", problems);
      unknownIds(objective.changeLevels(), levelIds, at + "/changeLevels", "level", problems);
      unknownIds(objective.indicators(), indicatorIds, at + "/indicators", "indicator", problems);
    }
  }

  private static void unknownIds(List<Id> named, List<String> known, String at, String what,
      List<InputProblem> problems) {
    for (int i = 0; i < named.size(); i++) {
      if (!known.contains(named.get(i).value())) {
        problems.add(new InputProblem(at + "/" + i, unknown(what, named.get(i).value(), known)));
      }
    }
  }

  private static String unknown(String what, String value, List<String> known) {
    String message = "unknown " + what + " '" + value + "'";
    return Suggestions.closest(value, known).map(s -> message + " (did you mean '" + s + "'?)")
        .orElse(message + "; the playbook has " + (known.isEmpty() ? "none" : String.join(", ", known)));
  }

  /**
   * Scores the gaps of a transformation.
   *
   * @param transformation the transformation with its measurements and, optionally, its strategy; not null
   * @return the gap report
   * @throws InvalidInputException listing every problem {@link #check(Transformation)} finds; nothing is
   *     computed then
   */
  public GapReport score(Transformation transformation) {
    List<InputProblem> problems = new ArrayList<>();
    int[] indicatorOf = checkMeasurements(transformation, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    int indicators = model.indicators().size();
    ByIndicator measurements = new ByIndicator(transformation.measurements(), indicatorOf, indicators);
    Optional<Strategy> strategy = transformation.strategy();
    double totalWeight = 0;
    for (int i = 0; i < indicators; i++) {
      if (measurements.size(i) > 0) {
        totalWeight += model.indicators().get(i).weight();
      }
    }
    Map<Id, IndicatorGap> gaps = new LinkedHashMap<>();
    List<Id> unmeasured = new ArrayList<>();
    for (int i = 0; i < indicators; i++) {
      Indicator indicator = model.indicators().get(i);
      if (measurements.size(i) == 0) {
        unmeasured.add(indicator.id());
      } else {
        gaps.put(indicator.id(), indicatorGap(indicator, measurements, i, totalWeight, strategy));
      }
    }
    GapReport.Builder report = GapReport.builder().measurements(transformation.measurements().size())
        .indicators(gaps.values()).unmeasured(unmeasured);
    for (Dimension dimension : model.dimensions()) {
      report.addDimension(rollUp(dimension.id(), dimension.name(),
          select(i -> i.dimension().isPresent() && i.dimension().get().equals(dimension.id())), gaps));
    }
    for (FocusArea area : focusAreas) {
      report.addFocusArea(rollUp(area.id(), area.name(), select(i -> i.focusArea().equals(area.id())), gaps));
    }
    for (ChangeLevel level : levels) {
      report.addLevel(rollUp(level.id(), level.name(), select(i -> i.level().equals(level.id())), gaps));
    }
    report.overall(rollUp(OVERALL, "All indicators", model.indicators(), gaps));
    report.stage(stage(gaps));
    report.ranking(ranking(gaps));
    strategy.ifPresent(s -> report.strategy(s.id()));
    return report.build();
  }

  private List<Indicator> select(java.util.function.Predicate<Indicator> filter) {
    return model.indicators().stream().filter(filter).toList();
  }

  // ------------------------------------------------------------------------------------------ one indicator

  /**
   * The measurements grouped by indicator in one pass over the document: the group of indicator {@code i} is
   * positions {@code start[i]} to {@code start[i + 1] - 1}, in document order, of the arrays of values, source
   * kinds and functions (dense indices, -1 for none), so that each indicator reads its own contiguous slice.
   */
  private static final class ByIndicator {
    final List<Measurement> measurements;
    /** Each position's index in the document. */
    final int[] order;
    final int[] start;
    final double[] value;
    final byte[] kind;
    final int[] function;
    final Numbering<Function> functions = new Numbering<>();
    /** The function indices in the functions' natural order. */
    final int[] sortedFunctions;

    ByIndicator(List<Measurement> measurements, int[] indicatorOf, int indicators) {
      this.measurements = measurements;
      int size = measurements.size();
      start = new int[indicators + 1];
      for (int index : indicatorOf) {
        start[index + 1]++;
      }
      for (int i = 0; i < indicators; i++) {
        start[i + 1] += start[i];
      }
      order = new int[size];
      value = new double[size];
      kind = new byte[size];
      function = new int[size];
      int[] next = Arrays.copyOf(start, indicators);
      for (int m = 0; m < size; m++) {
        Measurement measurement = measurements.get(m);
        int at = next[indicatorOf[m]]++;
        order[at] = m;
        value[at] = measurement.value();
        kind[at] = (byte) measurement.sourceKind().ordinal();
        Optional<Function> named = measurement.function();
        if (named.isEmpty()) {
          function[at] = -1;
          continue;
        }
        function[at] = functions.of(named.get());
      }
      List<Integer> ordered = new ArrayList<>(functions.size());
      for (int f = 0; f < functions.size(); f++) {
        ordered.add(f);
      }
      ordered.sort(Comparator.comparing(functions.values()::get));
      sortedFunctions = new int[ordered.size()];
      for (int f = 0; f < sortedFunctions.length; f++) {
        sortedFunctions[f] = ordered.get(f);
      }
    }

    int size(int indicator) {
      return start[indicator + 1] - start[indicator];
    }
  }

  private IndicatorGap indicatorGap(Indicator indicator, ByIndicator measurements, int i, double totalWeight,
      Optional<Strategy> strategy) {
    Scale scale = indicator.scale();
    Scale aggregateScale = indicator.aggregateScale();
    double sign = indicator.direction().sign();
    int from = measurements.start[i];
    int to = measurements.start[i + 1];
    int n = to - from;
    double[] sorted = Arrays.copyOfRange(measurements.value, from, to);
    int[] kinds = new int[SOURCE_KINDS.length];
    for (int at = from; at < to; at++) {
      kinds[measurements.kind[at]]++;
    }
    Arrays.sort(sorted);
    double[] current = SurveyStatistics.aggregateSorted(sorted, indicator);
    double ideal;
    double idealNormalised;
    if (indicator.idealFrom() == IdealSource.TARGET) {
      ideal = indicator.target().orElseThrow();
      idealNormalised = aggregateScale.normalise(ideal);
    } else {
      double[] preferred = new double[n];
      for (int m = 0; m < preferred.length; m++) {
        preferred[m] = measurements.measurements.get(measurements.order[from + m]).preferred().orElseThrow();
      }
      double[] aggregate = SurveyStatistics.aggregate(preferred, indicator);
      ideal = aggregate[0];
      idealNormalised = aggregate[1];
    }
    double normalisedGap = clamp(sign * (idealNormalised - current[1]), -1, 1);
    double gap = clamp(sign * (ideal - current[0]), -aggregateScale.range(), aggregateScale.range());
    double shortfall = Math.max(0.0, normalisedGap);
    double contribution = totalWeight > 0 ? clamp(indicator.weight() / totalWeight * shortfall, 0, 1) : 0.0;
    SeverityBand band = band(shortfall);

    // normalising keeps the order, so the normalised sorted values are sorted
    double[] normalisedNow = SurveyStatistics.normalised(sorted, scale);
    double mean = SurveyStatistics.denormalise(clamp(SurveyStatistics.mean(normalisedNow), 0, 1), scale);
    OptionalDouble sd = OptionalDouble.empty();
    OptionalDouble agreement = OptionalDouble.empty();
    if (n >= 2) {
      double variance = SurveyStatistics.sampleVariance(normalisedNow);
      sd = OptionalDouble.of(clamp(Math.sqrt(variance), 0, 1) * scale.range());
      agreement = OptionalDouble.of(SurveyStatistics.rwgOfVariance(variance, scale));
    }

    List<SourceAggregate> sources = new ArrayList<>();
    int kindsSeen = 0;
    for (int count : kinds) {
      kindsSeen += count > 0 ? 1 : 0;
    }
    double[] sourceValues = new double[kindsSeen];
    int s = 0;
    for (EvidenceSource kind : SOURCE_KINDS) {
      int count = kinds[kind.ordinal()];
      if (count == 0) {
        continue;
      }
      // a single kind of source has every measurement, so its aggregate is the current value
      double[] aggregate = kindsSeen == 1 ? current : SurveyStatistics.aggregate(
          values(measurements, from, to, kind, count), indicator);
      sources.add(SourceAggregate.builder().sourceKind(kind).n(count).current(aggregate[0]).build());
      sourceValues[s++] = aggregate[1];
    }
    int agreeing = SurveyStatistics.largestAgreeingGroup(sourceValues, model.sourceTolerance());

    IndicatorGap.Builder result = IndicatorGap.builder().indicator(indicator.id()).statement(indicator.statement())
        .focusArea(indicator.focusArea()).level(indicator.level()).dimension(indicator.dimension()).n(n)
        .current(current[0]).ideal(ideal).gap(gap).normalisedGap(normalisedGap).shortfall(shortfall)
        .severity(band.id()).weight(indicator.weight()).contribution(contribution)
        .meetsThreshold(shortfall <= model.maturityThreshold() + TIE).mean(mean).standardDeviation(sd)
        .agreement(agreement).sources(sources).agreeingSources(agreeing)
        .functions(breakdown(indicator, measurements, from, to, idealNormalised))
        .confidence(confidence(n, agreement, sources, agreeing));
    strategy.ifPresent(value -> result.objectives(links(indicator, value)));
    result.explanation(explain(indicator, n, current[0], ideal, gap, normalisedGap, band));
    return result.build();
  }

  /** The values of the {@code count} measurements of one kind of source among positions from to to - 1. */
  private static double[] values(ByIndicator measurements, int from, int to, EvidenceSource kind, int count) {
    double[] values = new double[count];
    int v = 0;
    for (int at = from; at < to; at++) {
      if (measurements.kind[at] == kind.ordinal()) {
        values[v++] = measurements.value[at];
      }
    }
    return values;
  }

  private SeverityBand band(double shortfall) {
    for (SeverityBand band : model.severityBands()) {
      if (shortfall <= band.upTo() + TIE) {
        return band;
      }
    }
    return model.severityBands().get(model.severityBands().size() - 1);
  }

  private List<FunctionBreakdown> breakdown(Indicator indicator, ByIndicator measurements, int from, int to,
      double idealNormalised) {
    int[] size = new int[measurements.functions.size()];
    int unattributed = 0;
    for (int at = from; at < to; at++) {
      int f = measurements.function[at];
      if (f >= 0) {
        size[f]++;
      } else {
        unattributed++;
      }
    }
    int minimum = model.minimumGroupSize();
    Suppression[] suppression = new Suppression[size.length];
    int hidden = unattributed;
    boolean anySmall = false;
    for (int f : measurements.sortedFunctions) {
      if (size[f] == 0) {
        continue;
      }
      boolean small = size[f] < minimum;
      suppression[f] = small ? Suppression.SMALL_GROUP : Suppression.NONE;
      if (small) {
        hidden += size[f];
        anySmall = true;
      }
    }
    while (anySmall && hidden < minimum) {
      int smallest = -1;
      for (int f : measurements.sortedFunctions) {
        if (suppression[f] == Suppression.NONE && (smallest < 0 || size[f] < size[smallest])) {
          smallest = f;
        }
      }
      if (smallest < 0) {
        break;
      }
      suppression[smallest] = Suppression.COMPLEMENTARY;
      hidden += size[smallest];
    }
    // the values of each shown group, in document order
    double[][] values = new double[size.length][];
    int[] filled = new int[size.length];
    for (int f = 0; f < size.length; f++) {
      if (suppression[f] == Suppression.NONE) {
        values[f] = new double[size[f]];
      }
    }
    for (int at = from; at < to; at++) {
      int f = measurements.function[at];
      if (f >= 0 && values[f] != null) {
        values[f][filled[f]++] = measurements.value[at];
      }
    }
    List<FunctionBreakdown> breakdown = new ArrayList<>();
    double sign = indicator.direction().sign();
    for (int f : measurements.sortedFunctions) {
      if (size[f] == 0) {
        continue;
      }
      FunctionBreakdown.Builder row = FunctionBreakdown.builder().function(measurements.functions.values().get(f)).n(size[f])
          .suppression(suppression[f]);
      if (suppression[f] == Suppression.NONE) {
        double[] aggregate = SurveyStatistics.aggregate(values[f], indicator);
        row.current(aggregate[0]).normalisedGap(clamp(sign * (idealNormalised - aggregate[1]), -1, 1));
      }
      breakdown.add(row.build());
    }
    return breakdown;
  }

  private GapConfidence confidence(int n, OptionalDouble agreement, List<SourceAggregate> sources, int agreeing) {
    List<String> doubts = new ArrayList<>();
    if (n < model.minimumMeasurements()) {
      doubts.add("only " + n + (n == 1 ? " measurement" : " measurements") + ", fewer than the "
          + model.minimumMeasurements() + " that count as enough");
    }
    if (agreement.isEmpty()) {
      doubts.add("agreement cannot be measured from a single measurement");
    } else if (agreement.getAsDouble() < model.minimumAgreement() - TIE) {
      doubts.add("respondents disagree: r_wg " + words(agreement.getAsDouble()) + " is below "
          + words(model.minimumAgreement()));
    }
    String kinds = sources.stream().map(a -> a.sourceKind().id()).collect(Collectors.joining(", "));
    if (sources.size() == 1) {
      doubts.add("a single kind of source (" + kinds + "): not triangulated");
    } else if (agreeing < sources.size()) {
      doubts.add("the sources disagree: only " + agreeing + " of " + sources.size() + " kinds (" + kinds
          + ") lie within " + words(model.sourceTolerance()) + " of each other");
    }
    List<String> reasons = new ArrayList<>(doubts);
    if (doubts.isEmpty()) {
      reasons.add(n + " measurements from " + sources.size() + " agreeing kinds of source (" + kinds
          + "), r_wg " + words(agreement.getAsDouble()));
    }
    return GapConfidence.builder().level(ConfidenceLevel.of(doubts.size())).reasons(reasons).build();
  }

  private static List<ObjectiveLink> links(Indicator indicator, Strategy strategy) {
    List<ObjectiveLink> links = new ArrayList<>();
    for (StrategicObjective objective : strategy.objectives()) {
      LinkBasis basis = objective.indicators().contains(indicator.id()) ? LinkBasis.INDICATOR
          : objective.focusAreas().contains(indicator.focusArea()) ? LinkBasis.FOCUS_AREA
          : objective.changeLevels().contains(indicator.level()) ? LinkBasis.CHANGE_LEVEL : null;
      if (basis != null) {
        links.add(ObjectiveLink.builder().objective(objective.id()).statement(objective.statement())
            .weight(objective.weight()).basis(basis).build());
      }
    }
    return links;
  }

  private String explain(Indicator indicator, int n, double current, double ideal, double gap,
      double normalisedGap, SeverityBand band) {
    String of = indicator.aggregation() == Aggregation.SHARE_AT_OR_ABOVE
        ? "share at or above " + Numbers.format(indicator.cutOff().orElseThrow()) + " of " + n
        : indicator.aggregation().id() + " of " + n;
    String idealText = indicator.idealFrom() == IdealSource.TARGET ? "the target " + words(ideal)
        : "the preferred state " + words(ideal) + " (" + indicator.aggregation().id().replace('-', ' ')
            + " of the preferred answers)";
    String direction = indicator.direction() == Direction.LOWER_IS_BETTER ? ", lower is better" : "";
    String distance = normalisedGap > 0
        ? "short by " + words(gap) + ", " + words(normalisedGap) + " of the scale"
        : normalisedGap < 0 ? "beyond the ideal by " + words(-gap) + ", " + words(-normalisedGap) + " of the scale"
        : "at the ideal";
    return "current " + words(current) + " (" + of + ") against " + idealText + " on "
        + AbstractIndicator.describe(indicator.aggregateScale()) + direction + ": " + distance + " ("
        + band.label().toLowerCase(java.util.Locale.ROOT) + ")";
  }

  // ----------------------------------------------------------------------------------------------- roll-ups

  private GapRollUp rollUp(Id id, String name, List<Indicator> indicators, Map<Id, IndicatorGap> gaps) {
    double weight = 0;
    double current = 0;
    double ideal = 0;
    double gap = 0;
    double shortfall = 0;
    double contribution = 0;
    int measured = 0;
    List<IndicatorGap> own = new ArrayList<>();
    for (Indicator indicator : indicators) {
      IndicatorGap g = gaps.get(indicator.id());
      if (g == null) {
        continue;
      }
      own.add(g);
      measured++;
      double w = indicator.weight();
      double x = indicator.aggregateScale().normalise(g.current());
      double xIdeal = indicator.aggregateScale().normalise(g.ideal());
      boolean lower = indicator.direction() == Direction.LOWER_IS_BETTER;
      weight += w;
      current += w * (lower ? 1 - x : x);
      ideal += w * (lower ? 1 - xIdeal : xIdeal);
      gap += w * g.normalisedGap();
      shortfall += w * g.shortfall();
      contribution += g.contribution();
    }
    GapRollUp.Builder rollUp = GapRollUp.builder().id(id).name(name).indicators(indicators.size())
        .measured(measured).weight(weight).contribution(clamp(contribution, 0, 1));
    if (weight > 0) {
      double meanShortfall = clamp(shortfall / weight, 0, 1);
      rollUp.current(clamp(current / weight, 0, 1)).ideal(clamp(ideal / weight, 0, 1))
          .gap(clamp(gap / weight, -1, 1)).shortfall(meanShortfall).severity(band(meanShortfall).id());
    }
    return rollUp.confidence(rollUpConfidence(indicators.size(), own)).build();
  }

  private static GapConfidence rollUpConfidence(int indicators, List<IndicatorGap> measured) {
    List<String> reasons = new ArrayList<>();
    if (measured.isEmpty()) {
      reasons.add(indicators == 0 ? "no indicators" : "none of its " + indicators + " indicators is measured");
      return GapConfidence.builder().level(ConfidenceLevel.LOW).reasons(reasons).build();
    }
    ConfidenceLevel level = ConfidenceLevel.HIGH;
    for (IndicatorGap gap : measured) {
      if (gap.confidence().level().compareTo(level) < 0) {
        level = gap.confidence().level();
      }
    }
    for (ConfidenceLevel doubtful : List.of(ConfidenceLevel.LOW, ConfidenceLevel.MEDIUM)) {
      List<String> ids = measured.stream().filter(g -> g.confidence().level() == doubtful)
          .map(g -> g.indicator().value()).toList();
      if (!ids.isEmpty()) {
        reasons.add(ids.size() + " of " + measured.size() + " measured indicators with " + doubtful.id()
            + " confidence: " + String.join(", ", ids));
      }
    }
    if (measured.size() < indicators) {
      reasons.add((indicators - measured.size()) + " of " + indicators + " indicators not measured");
      if (level == ConfidenceLevel.HIGH) {
        level = ConfidenceLevel.MEDIUM;
      }
    }
    if (reasons.isEmpty()) {
      reasons.add("all " + measured.size() + " indicators measured with high confidence");
    }
    return GapConfidence.builder().level(level).reasons(reasons).build();
  }

  // ------------------------------------------------------------------------------------------------- stage

  private StageAssessment stage(Map<Id, IndicatorGap> gaps) {
    double threshold = model.maturityThreshold();
    boolean staged = model.maturityMethod() == MaturityMethod.STAGED;
    List<LevelStatus> statuses = new ArrayList<>();
    for (ChangeLevel level : levels) {
      List<Indicator> indicators = select(i -> i.level().equals(level.id()));
      List<Blocker> blockers = new ArrayList<>();
      int met = 0;
      double weight = 0;
      double shortfall = 0;
      List<String> above = new ArrayList<>();
      for (Indicator indicator : indicators) {
        IndicatorGap gap = gaps.get(indicator.id());
        if (gap == null) {
          if (staged) {
            blockers.add(Blocker.builder().level(level.id()).indicator(indicator.id())
                .reason(BlockerReason.NOT_MEASURED)
                .message("indicator '" + indicator.id() + "' is not measured").build());
          }
          continue;
        }
        weight += indicator.weight();
        shortfall += indicator.weight() * gap.shortfall();
        if (gap.meetsThreshold()) {
          met++;
        } else {
          above.add(indicator.id() + " (" + words(gap.shortfall()) + ")");
          if (staged) {
            blockers.add(Blocker.builder().level(level.id()).indicator(indicator.id())
                .reason(BlockerReason.SHORTFALL).shortfall(gap.shortfall())
                .message("indicator '" + indicator.id() + "' falls short by " + words(gap.shortfall())
                    + " of its scale, above the threshold " + words(threshold)).build());
          }
        }
      }
      OptionalDouble mean = weight > 0 ? OptionalDouble.of(clamp(shortfall / weight, 0, 1)) : OptionalDouble.empty();
      if (indicators.isEmpty()) {
        blockers.add(Blocker.builder().level(level.id()).reason(BlockerReason.NO_INDICATORS)
            .message("the playbook has no indicator for level '" + level.id() + "', so reaching it cannot be shown")
            .build());
      } else if (!staged) {
        if (mean.isEmpty()) {
          blockers.add(Blocker.builder().level(level.id()).reason(BlockerReason.NOT_MEASURED)
              .message("no indicator of level '" + level.id() + "' with a positive weight is measured").build());
        } else if (mean.getAsDouble() > threshold + TIE) {
          blockers.add(Blocker.builder().level(level.id()).reason(BlockerReason.LEVEL_SHORTFALL)
              .shortfall(mean.getAsDouble())
              .message("the weighted mean shortfall of level '" + level.id() + "' is " + words(mean.getAsDouble())
                  + ", above the threshold " + words(threshold) + "; above it: " + String.join(", ", above))
              .build());
        }
      }
      statuses.add(LevelStatus.builder().level(level.id()).rank(level.rank()).met(blockers.isEmpty())
          .indicators(indicators.size()).metIndicators(met).shortfall(mean).blockers(blockers).build());
    }
    StageAssessment.Builder stage = StageAssessment.builder().method(model.maturityMethod()).threshold(threshold)
        .levels(statuses);
    int reached = -1;
    while (reached + 1 < statuses.size() && statuses.get(reached + 1).met()) {
      reached++;
    }
    StringBuilder explanation = new StringBuilder();
    if (reached >= 0) {
      ChangeLevel level = levels.get(reached);
      stage.reached(level.id()).rank(level.rank());
      explanation.append("Stage reached: ").append(level.name()).append(" (level ").append(reached + 1)
          .append(" of ").append(levels.size()).append(").");
    } else {
      stage.rank(0);
      explanation.append("No stage reached yet.");
    }
    explanation.append(staged ? " Staged rule: a level is met when each of its indicators is measured and falls "
        + "short by at most " + words(threshold) + "."
        : " Additive rule: a level is met when the weighted mean shortfall of its measured indicators is at most "
        + words(threshold) + ".");
    if (reached + 1 < statuses.size()) {
      LevelStatus next = statuses.get(reached + 1);
      ChangeLevel level = levels.get(reached + 1);
      stage.next(next.level()).blockers(next.blockers());
      explanation.append(" ").append(level.name()).append(" is blocked by ")
          .append(next.blockers().size() == 1 ? "1 blocker: " : next.blockers().size() + " blockers: ")
          .append(next.blockers().stream().map(Blocker::message).collect(Collectors.joining("; "))).append('.');
    } else {
      explanation.append(" Every level is met.");
    }
    return stage.explanation(explanation.toString()).build();
  }

  // ----------------------------------------------------------------------------------------------- ranking

  private List<Id> ranking(Map<Id, IndicatorGap> gaps) {
    return gaps.values().stream().filter(g -> g.shortfall() > 0)
        .sorted(Comparator.comparingDouble((IndicatorGap g) -> -g.contribution())
            .thenComparingDouble(g -> -g.shortfall())
            .thenComparingInt(g -> indicatorIndex.get(g.indicator())))
        .map(IndicatorGap::indicator).toList();
  }
}
