package dev.mom.impact;

import dev.mom.internal.Numbering;
import dev.mom.internal.Suggestions;
import dev.mom.model.ChangeLevel;
import dev.mom.model.Id;
import dev.mom.model.InputProblem;
import dev.mom.model.InvalidInputException;
import dev.mom.model.Transformation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.TTest;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;

/**
 * Assesses whether a transformation's outcomes moved between their baseline and follow-up waves, with the
 * thresholds of a playbook's {@link ImpactModel}.
 *
 * <p>How an assessment is made, for each outcome in the transformation's order:
 * <ol>
 *   <li>the input is checked (see {@link #check(Transformation)}); every problem is reported at once in an
 *       {@link InvalidInputException};
 *   <li>the baseline is the first wave, in the transformation's order, that measures the outcome and the
 *       follow-up the last; values are taken in the order of their units' ids, so that the order of
 *       measurements in a wave changes nothing. In a paired design the values of one unit make a pair;
 *   <li>the descriptive numbers: per wave n, mean, median and standard deviation (divisor n − 1); the
 *       difference of means follow-up − baseline (paired: the mean of the differences) with Student's t
 *       interval (paired: {@code mean ± t(1 − (1 − level)/2, n − 1) × s_d / √n}) or Welch's interval
 *       (independent: {@code difference ± t(1 − (1 − level)/2, ν) × √(s1²/n1 + s2²/n2)}, ν by
 *       Welch–Satterthwaite), the t quantile from Commons Statistics' {@code TDistribution}; the effect size
 *       d_z = mean difference / s_d (paired) or Cohen's d = difference / pooled standard deviation
 *       (independent) with its band;
 *   <li>when the sample reaches the model's minimum sample size (pairs, or values in each wave), the chosen
 *       test from Apache Commons Statistics, always two-sided: {@code TTest.pairedTest(followUp, baseline)},
 *       {@code WilcoxonSignedRankTest.test(followUp, baseline)}, {@code TTest.test(followUp, baseline)}
 *       (heteroscedastic, i.e. Welch) or {@code MannWhitneyUTest.test(followUp, baseline)}. The rank tests
 *       ask for the exact p-value up to 50 values (the Wilcoxon test on up to 50 pairs, the Mann–Whitney test
 *       when both samples are below 50) and for the normal approximation above; Commons Statistics falls back
 *       from exact to the tie-corrected normal approximation with a continuity correction when there are ties
 *       (or, for Wilcoxon, zero differences, which it ranks and leaves out of W+). The method used is
 *       reported. A test that is undefined for the data (no spread at all) is not run;
 *   <li>Holm's step-down adjustment over the p-values of every tested outcome;
 *   <li>the verdict: insufficient data when not tested or the test is undefined (no detectable change when
 *       nothing changed at all); improved or worsened when the adjusted p-value is below alpha and the
 *       difference of means is at least the outcome's minimum difference, by the sign of the difference
 *       against the desired direction; otherwise no detectable change.
 * </ol>
 * Concepts are listed in the order they are first named by an outcome, then by an unintended consequence.
 *
 * <p>Built once per model ({@link #of(ImpactModel, List)}), immutable, and safe to share between threads;
 * {@link #assess(Transformation)} is pure and deterministic and never returns NaN or an infinity.
 * <p><b>Errors.</b> Input that {@code check} accepts never makes this engine throw, and its results never
 * hold NaN or an infinity (reach, effort, capacity and outcome
 * scales are bounded by {@link dev.mom.model.Magnitude}); input it does not
 * accept is refused with an {@link dev.mom.model.InvalidInputException} (an {@code IllegalArgumentException})
 * that lists every problem with its JSON pointer.
 */
public final class ImpactAssessor {

  /** The sentence that goes with every attribution view. */
  public static final String CAVEAT = "For each concept, the outcomes it was meant to move and what happened "
      + "to them: evidence for roll-out or drop decisions, not a causal claim. A comparison of waves before and "
      + "after, without a control group, cannot separate a concept's effect from the other concepts of the same "
      + "period, from other changes in the organisation, or from regression to the mean.";

  /** Up to this many values the rank tests ask Commons Statistics for the exact p-value. */
  private static final int EXACT_LIMIT = 50;

  private final ImpactModel model;
  private final List<ChangeLevel> levels;

  private ImpactAssessor(ImpactModel model, List<ChangeLevel> levels) {
    this.model = model;
    this.levels = List.copyOf(levels);
  }

  /**
   * Builds the assessor for a model.
   *
   * @param model the playbook's impact model; not null
   * @param levels the playbook's Theory-of-Change levels, which outcomes and unintended consequences name;
   *     not null
   * @return the assessor
   */
  public static ImpactAssessor of(ImpactModel model, List<ChangeLevel> levels) {
    Objects.requireNonNull(model, "model");
    return new ImpactAssessor(model, levels);
  }

  /**
   * The model this assessor runs.
   *
   * @return the model
   */
  public ImpactModel model() {
    return model;
  }

  /**
   * Checks a transformation's impact inputs without assessing: outcomes to assess, at least two waves, levels
   * the playbook has, every outcome measured in at least two waves, and in a paired design every unit of the
   * baseline measured in the follow-up and the other way round.
   *
   * @param transformation the transformation; not null
   * @return every problem, each with its JSON pointer into the transformation document; empty if it can be
   *     assessed
   */
  public List<InputProblem> check(Transformation transformation) {
    return check(transformation, new ByOutcome(transformation));
  }

  private List<InputProblem> check(Transformation transformation, ByOutcome byOutcome) {
    List<InputProblem> problems = new ArrayList<>();
    if (transformation.outcomes().isEmpty()) {
      problems.add(new InputProblem("", "no outcomes to assess: the transformation has no outcomes"));
      return problems;
    }
    List<Wave> waves = transformation.waves();
    if (waves.size() < 2) {
      problems.add(new InputProblem("/waves", waves.isEmpty()
          ? "no measurement waves: the impact assessment compares a baseline wave with a later follow-up wave"
          : "a single wave ('" + waves.get(0).id() + "'): the impact assessment compares a baseline wave with a "
              + "later follow-up wave"));
    }
    List<String> levelIds = levels.stream().map(l -> l.id().value()).toList();
    List<Outcome> outcomes = transformation.outcomes();
    for (int o = 0; o < outcomes.size(); o++) {
      Outcome outcome = outcomes.get(o);
      if (!levelIds.contains(outcome.level().value())) {
        problems.add(new InputProblem("/outcomes/" + o + "/level",
            unknown("change level", outcome.level().value(), levelIds)));
      }
      if (waves.size() < 2) {
        continue;
      }
      int slot = byOutcome.slot(outcome.id());
      List<Integer> measured = byOutcome.measuredWaves(slot);
      if (measured.isEmpty()) {
        problems.add(new InputProblem("/outcomes/" + o, "outcome '" + outcome.id() + "' has no measurements"));
      } else if (measured.size() == 1) {
        problems.add(new InputProblem("/outcomes/" + o, "outcome '" + outcome.id() + "' is measured in a single "
            + "wave ('" + waves.get(measured.get(0)).id() + "'); it needs a baseline and a later follow-up wave"));
      } else if (outcome.design() == StudyDesign.PAIRED) {
        int first = measured.get(0);
        int last = measured.get(measured.size() - 1);
        unpaired(problems, waves, byOutcome, slot, outcome, first, last);
        unpaired(problems, waves, byOutcome, slot, outcome, last, first);
      }
    }
    List<UnintendedConsequence> consequences = transformation.unintendedConsequences();
    for (int c = 0; c < consequences.size(); c++) {
      if (!levelIds.contains(consequences.get(c).level().value())) {
        problems.add(new InputProblem("/unintendedConsequences/" + c + "/level",
            unknown("change level", consequences.get(c).level().value(), levelIds)));
      }
    }
    return problems;
  }

  private static void unpaired(List<InputProblem> problems, List<Wave> waves, ByOutcome byOutcome, int slot,
      Outcome outcome, int in, int other) {
    boolean[] partnered = new boolean[byOutcome.units];
    for (int m : byOutcome.positions[other][slot]) {
      partnered[byOutcome.rankOf[other][m]] = true;
    }
    List<OutcomeMeasurement> measurements = waves.get(in).measurements();
    for (int m : byOutcome.positions[in][slot]) {
      if (!partnered[byOutcome.rankOf[in][m]]) {
        OutcomeMeasurement measurement = measurements.get(m);
        problems.add(new InputProblem("/waves/" + in + "/measurements/" + m + "/unit", "unit '" + measurement.unit()
            + "' has no measurement of outcome '" + outcome.id() + "' in wave '" + waves.get(other).id()
            + "'; the " + outcome.test().label() + " pairs every unit's baseline and follow-up values (for "
            + "different samples choose welch-t or mann-whitney-u)"));
      }
    }
  }

  private static String unknown(String what, String value, List<String> known) {
    String message = "unknown " + what + " '" + value + "'";
    return Suggestions.closest(value, known).map(s -> message + " (did you mean '" + s + "'?)")
        .orElse(message + "; the playbook has " + (known.isEmpty() ? "none" : String.join(", ", known)));
  }

  /**
   * Each wave's measurements by outcome, built in one pass over the waves: their positions in the wave in
   * document order, and each measurement's unit as its rank among all the units by id, so that an outcome's
   * values ordered by unit id come from sorting ranks, not from a map of ids per outcome and wave.
   */
  private static final class ByOutcome {
    /** The slot of each outcome id: the outcomes' position, the first for a repeated id. */
    private final Map<Id, Integer> slots = new HashMap<>();
    /** The number of distinct units in all waves. */
    final int units;
    /** {@code rankOf[w][m]}: the rank by id of the unit of measurement m of wave w. */
    final int[][] rankOf;
    /** {@code positions[w][slot]}: the positions of the outcome's measurements in wave w, in document order. */
    final int[][][] positions;
    private final List<Wave> waves;

    ByOutcome(Transformation transformation) {
      List<Outcome> outcomes = transformation.outcomes();
      for (int o = 0; o < outcomes.size(); o++) {
        slots.putIfAbsent(outcomes.get(o).id(), o);
      }
      waves = transformation.waves();
      Numbering<Id> unitIds = new Numbering<>();
      int[][] slotOf = new int[waves.size()][];
      rankOf = new int[waves.size()][];
      positions = new int[waves.size()][outcomes.size()][];
      for (int w = 0; w < waves.size(); w++) {
        List<OutcomeMeasurement> measurements = waves.get(w).measurements();
        slotOf[w] = new int[measurements.size()];
        rankOf[w] = new int[measurements.size()];
        int[] count = new int[outcomes.size()];
        for (int m = 0; m < measurements.size(); m++) {
          OutcomeMeasurement measurement = measurements.get(m);
          Integer slot = slots.get(measurement.outcome());
          slotOf[w][m] = slot == null ? -1 : slot;
          if (slot != null) {
            count[slot]++;
          }
          rankOf[w][m] = unitIds.of(measurement.unit());
        }
        for (int o = 0; o < count.length; o++) {
          positions[w][o] = new int[count[o]];
        }
        int[] filled = new int[count.length];
        for (int m = 0; m < measurements.size(); m++) {
          int slot = slotOf[w][m];
          if (slot >= 0) {
            positions[w][slot][filled[slot]++] = m;
          }
        }
      }
      units = unitIds.size();
      Integer[] byId = new Integer[units];
      for (int u = 0; u < units; u++) {
        byId[u] = u;
      }
      java.util.Arrays.sort(byId, java.util.Comparator.comparing(unitIds.values()::get));
      int[] rank = new int[units];
      for (int r = 0; r < units; r++) {
        rank[byId[r]] = r;
      }
      for (int[] wave : rankOf) {
        for (int m = 0; m < wave.length; m++) {
          wave[m] = rank[wave[m]];
        }
      }
    }

    /** The slot of an outcome id, which {@link #slots} has. */
    int slot(Id outcome) {
      return slots.get(outcome);
    }

    /** The waves that measure an outcome, in order. */
    List<Integer> measuredWaves(int slot) {
      List<Integer> measured = new ArrayList<>();
      for (int w = 0; w < positions.length; w++) {
        if (positions[w][slot].length > 0) {
          measured.add(w);
        }
      }
      return measured;
    }

    /** An outcome's measurements in a wave as {@code rank << 32 | position}, ordered by unit id. */
    long[] byUnit(int wave, int slot) {
      int[] at = positions[wave][slot];
      long[] keys = new long[at.length];
      for (int i = 0; i < at.length; i++) {
        keys[i] = (long) rankOf[wave][at[i]] << 32 | at[i];
      }
      java.util.Arrays.sort(keys);
      return keys;
    }

    /**
     * The values of measurements given by {@link #byUnit(int, int)}, in that order. {@code -0.0} becomes
     * {@code 0.0}: Commons Statistics ranks the two as different values, so a {@code -0} in a document would
     * otherwise break a tie.
     */
    double[] values(int wave, long[] byUnit) {
      List<OutcomeMeasurement> measurements = waves.get(wave).measurements();
      double[] values = new double[byUnit.length];
      for (int i = 0; i < byUnit.length; i++) {
        values[i] = measurements.get((int) byUnit[i]).value() + 0.0;
      }
      return values;
    }

    /** How many units two lists from {@link #byUnit(int, int)} share. */
    static long shared(long[] some, long[] others) {
      long shared = 0;
      int j = 0;
      for (long key : some) {
        long rank = key >>> 32;
        while (j < others.length && others[j] >>> 32 < rank) {
          j++;
        }
        if (j < others.length && others[j] >>> 32 == rank) {
          shared++;
        }
      }
      return shared;
    }
  }

  /**
   * Assesses whether a transformation's outcomes moved.
   *
   * @param transformation the transformation with its outcomes, waves and unintended consequences; not null
   * @return the assessment
   * @throws InvalidInputException listing every problem {@link #check(Transformation)} finds
   */
  public ImpactAssessment assess(Transformation transformation) {
    ByOutcome byOutcome = new ByOutcome(transformation);
    List<InputProblem> problems = check(transformation, byOutcome);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<Comparison> comparisons = new ArrayList<>();
    for (Outcome outcome : transformation.outcomes()) {
      comparisons.add(compare(transformation.waves(), byOutcome, outcome));
    }
    List<Comparison> tested = comparisons.stream().filter(c -> c.p.isPresent()).toList();
    double[] adjusted = Samples.holm(tested.stream().mapToDouble(c -> c.p.getAsDouble()).toArray());
    for (int i = 0; i < tested.size(); i++) {
      tested.get(i).adjusted = OptionalDouble.of(adjusted[i]);
    }
    List<OutcomeImpact> results = new ArrayList<>();
    for (Comparison comparison : comparisons) {
      results.add(comparison.finish(model.alpha(), tested.size()));
    }
    return ImpactAssessment.builder().alpha(model.alpha()).confidenceLevel(model.confidenceLevel())
        .familySize(tested.size()).outcomes(results).concepts(concepts(transformation, results))
        .unintendedConsequences(transformation.unintendedConsequences()).caveat(CAVEAT).build();
  }

  /** One outcome on its way to a result: everything but the Holm adjustment and the verdict. */
  private static final class Comparison {
    final Outcome outcome;
    final OutcomeImpact.Builder result;
    final List<String> notes = new ArrayList<>();
    boolean tooSmall;
    boolean nothingChanged;
    String notTested = "";
    double difference;
    OptionalDouble p = OptionalDouble.empty();
    OptionalDouble adjusted = OptionalDouble.empty();

    Comparison(Outcome outcome, OutcomeImpact.Builder result) {
      this.outcome = outcome;
      this.result = result;
    }

    OutcomeImpact finish(double alpha, int family) {
      ImpactVerdict verdict;
      String reason;
      boolean significant = adjusted.isPresent() && adjusted.getAsDouble() < alpha;
      if (tooSmall || (p.isEmpty() && !nothingChanged)) {
        verdict = ImpactVerdict.INSUFFICIENT_DATA;
        reason = notTested;
      } else if (p.isEmpty()) {
        verdict = ImpactVerdict.NO_DETECTABLE_CHANGE;
        reason = notTested;
      } else {
        String test = "raw p " + probability(p.getAsDouble()) + ", Holm-adjusted over " + family + " outcome"
            + (family == 1 ? "" : "s") + " p " + probability(adjusted.getAsDouble());
        boolean matters = Math.abs(difference) >= outcome.minimumDifference();
        if (!significant) {
          verdict = ImpactVerdict.NO_DETECTABLE_CHANGE;
          reason = "not significant: " + test + ", not below alpha " + number(alpha);
        } else if (!matters) {
          verdict = ImpactVerdict.NO_DETECTABLE_CHANGE;
          reason = "significant (" + test + ", below alpha " + number(alpha) + "), but the difference of means "
              + number(difference) + " is smaller than the " + number(outcome.minimumDifference()) + " that matters";
        } else {
          boolean better = outcome.direction().isImprovement(difference);
          verdict = better ? ImpactVerdict.IMPROVED : ImpactVerdict.WORSENED;
          reason = "the mean " + (difference > 0 ? "rose" : "fell") + " by " + number(Math.abs(difference))
              + " (at least the " + number(outcome.minimumDifference()) + " that matters, "
              + (better ? "the desired direction" : "against the desired direction") + ") and the change is "
              + "significant: " + test + ", below alpha " + number(alpha);
        }
      }
      return result.pValue(p).adjustedPValue(adjusted).significant(significant).verdict(verdict).reason(reason)
          .notes(notes).build();
    }
  }

  private Comparison compare(List<Wave> waves, ByOutcome byOutcome, Outcome outcome) {
    int slot = byOutcome.slot(outcome.id());
    List<Integer> measured = byOutcome.measuredWaves(slot);
    int first = measured.get(0);
    int last = measured.get(measured.size() - 1);
    Wave baselineWave = waves.get(first);
    Wave followUpWave = waves.get(last);
    long[] baselineUnits = byOutcome.byUnit(first, slot);
    long[] followUpUnits = byOutcome.byUnit(last, slot);
    double[] baseline = byOutcome.values(first, baselineUnits);
    double[] followUp = byOutcome.values(last, followUpUnits);
    boolean paired = outcome.design() == StudyDesign.PAIRED;

    OutcomeImpact.Builder result = OutcomeImpact.builder().outcome(outcome.id()).statement(outcome.statement())
        .level(outcome.level()).direction(outcome.direction()).concepts(outcome.concepts())
        .design(outcome.design()).test(outcome.test())
        .baseline(summary(baselineWave.id(), baseline)).followUp(summary(followUpWave.id(), followUp))
        .minimumDifference(outcome.minimumDifference()).effectSizeKind(EffectSizeKind.of(outcome.design()));
    Comparison comparison = new Comparison(outcome, result);
    double level = model.confidenceLevel();
    if (paired) {
      describePaired(comparison, followUp, baseline, level);
    } else {
      describeIndependent(comparison, followUp, baseline, level);
      long repeated = ByOutcome.shared(followUpUnits, baselineUnits);
      if (repeated > 0) {
        comparison.notes.add(repeated + " unit" + (repeated == 1 ? " is" : "s are") + " measured in both waves; "
            + "if they are the same respondents, the samples are not independent and a paired test fits better");
      }
    }
    test(comparison, followUp, baseline);
    return comparison;
  }

  private static WaveSummary summary(Id wave, double[] values) {
    WaveSummary.Builder summary = WaveSummary.builder().wave(wave).n(values.length).mean(Samples.mean(values))
        .median(Samples.median(values));
    if (values.length >= 2) {
      summary.standardDeviation(Math.sqrt(Samples.variance(values)));
    }
    return summary.build();
  }

  private void describePaired(Comparison comparison, double[] followUp, double[] baseline, double level) {
    int n = followUp.length;
    double[] differences = new double[n];
    int zeros = 0;
    for (int i = 0; i < n; i++) {
      differences[i] = followUp[i] - baseline[i];
      if (differences[i] == 0) {
        zeros++;
      }
    }
    double difference = Samples.mean(differences);
    comparison.difference = difference;
    comparison.nothingChanged = zeros == n;
    comparison.result.n(n).difference(difference).medianDifference(Samples.median(differences))
        .zeroDifferences(zeros);
    if (n < 2) {
      comparison.notes.add("a single pair: no interval and no effect size without a second pair");
      return;
    }
    double sd = Math.sqrt(Samples.variance(differences));
    if (sd == 0) {
      comparison.notes.add("every pair changed by the same " + number(difference)
          + ": the differences have no spread, so there is no interval and no effect size d_z");
      return;
    }
    double half = quantile(level, n - 1.0) * sd / Math.sqrt(n);
    comparison.result.differenceInterval(interval(level, difference, half));
    double effect = difference / sd;
    comparison.result.effectSize(effect).effectSizeBand(model.effectSizeBands().bandOf(effect));
  }

  private void describeIndependent(Comparison comparison, double[] followUp, double[] baseline, double level) {
    int n1 = followUp.length;
    int n2 = baseline.length;
    double difference = Samples.mean(followUp) - Samples.mean(baseline);
    comparison.difference = difference;
    comparison.nothingChanged = Samples.allEqual(followUp) && Samples.allEqual(baseline) && difference == 0;
    comparison.result.n(n1 + n2).difference(difference)
        .medianDifference(Samples.median(followUp) - Samples.median(baseline)).zeroDifferences(0);
    if (n1 < 2 || n2 < 2) {
      comparison.notes.add("a wave with a single value: no interval and no effect size without two values in "
          + "each wave");
      return;
    }
    double v1 = Samples.variance(followUp);
    double v2 = Samples.variance(baseline);
    if (v1 == 0 && v2 == 0) {
      comparison.notes.add("neither wave has any spread: no interval and no effect size d");
      return;
    }
    double a = v1 / n1;
    double b = v2 / n2;
    double welchDf = (a + b) * (a + b) / (a * a / (n1 - 1) + b * b / (n2 - 1));
    comparison.result.differenceInterval(interval(level, difference, quantile(level, welchDf) * Math.sqrt(a + b)));
    double pooled = Math.sqrt(((n1 - 1) * v1 + (n2 - 1) * v2) / (n1 + n2 - 2));
    double effect = difference / pooled;
    comparison.result.effectSize(effect).effectSizeBand(model.effectSizeBands().bandOf(effect));
  }

  /** The t quantile that leaves (1 − level)/2 in the upper tail. */
  private static double quantile(double level, double degreesOfFreedom) {
    return TDistribution.of(degreesOfFreedom).inverseSurvivalProbability((1 - level) / 2);
  }

  private static ConfidenceInterval interval(double level, double centre, double half) {
    return ConfidenceInterval.builder().level(level).lower(centre - half).upper(centre + half).build();
  }

  private void test(Comparison comparison, double[] followUp, double[] baseline) {
    Outcome outcome = comparison.outcome;
    SignificanceTest test = outcome.test();
    OutcomeImpact.Builder result = comparison.result;
    result.continuityCorrection(false).tiedValues(false);
    int smallest = Math.min(followUp.length, baseline.length);
    String unit = test.design() == StudyDesign.PAIRED ? "pairs" : "values in the smaller wave";
    if (smallest < model.minimumSampleSize()) {
      comparison.tooSmall = true;
      comparison.notTested = "not tested: " + smallest + " " + unit + ", below the playbook's minimum sample size of "
          + model.minimumSampleSize();
      result.method(test.label() + ", two-sided; not run (" + smallest + " " + unit + ")");
      return;
    }
    switch (test) {
      case PAIRED_T:
        pairedT(comparison, followUp, baseline);
        break;
      case WILCOXON_SIGNED_RANK:
        wilcoxon(comparison, followUp, baseline);
        break;
      case WELCH_T:
        welch(comparison, followUp, baseline);
        break;
      default:
        mannWhitney(comparison, followUp, baseline);
    }
    if (comparison.p.isPresent()) {
      double p = comparison.p.getAsDouble();
      if (!(p >= 0 && p <= 1)) {
        comparison.p = OptionalDouble.empty();
        result.statistic(OptionalDouble.empty()).degreesOfFreedom(OptionalDouble.empty())
            .pValueMethod(java.util.Optional.empty());
        comparison.notTested = "the " + test.label() + " gave no valid p-value for these data";
        comparison.notes.add(comparison.notTested);
      }
    }
  }

  private void notRunnable(Comparison comparison, String why, String advice) {
    comparison.notTested = comparison.nothingChanged ? why + ": nothing changed" : "the " + comparison.outcome.test()
        .label() + " is undefined: " + why + advice;
    comparison.notes.add(comparison.notTested);
    comparison.result.method(comparison.outcome.test().label() + ", two-sided; not run (" + why + ")");
  }

  private void pairedT(Comparison comparison, double[] followUp, double[] baseline) {
    double[] differences = new double[followUp.length];
    for (int i = 0; i < differences.length; i++) {
      differences[i] = followUp[i] - baseline[i];
    }
    if (Samples.allEqual(differences)) {
      notRunnable(comparison, comparison.nothingChanged ? "every difference is zero"
          : "every pair changed by the same " + number(differences[0]), "; the wilcoxon-signed-rank test is defined "
          + "for such data");
      return;
    }
    TTest.Result t = TTest.withDefaults().pairedTest(followUp, baseline);
    comparison.p = OptionalDouble.of(t.getPValue());
    comparison.result.statistic(t.getStatistic()).degreesOfFreedom(t.getDegreesOfFreedom())
        .pValueMethod(PValueMethod.T_DISTRIBUTION)
        .method("paired t test on the differences follow-up − baseline, two-sided, p from Student's t "
            + "distribution with " + number(t.getDegreesOfFreedom()) + " degrees of freedom");
  }

  private void wilcoxon(Comparison comparison, double[] followUp, double[] baseline) {
    if (comparison.nothingChanged) {
      notRunnable(comparison, "every difference is zero", "");
      return;
    }
    int n = followUp.length;
    org.apache.commons.statistics.inference.PValueMethod asked = n <= EXACT_LIMIT
        ? org.apache.commons.statistics.inference.PValueMethod.EXACT
        : org.apache.commons.statistics.inference.PValueMethod.ASYMPTOTIC;
    WilcoxonSignedRankTest.Result w = WilcoxonSignedRankTest.withDefaults().with(asked).test(followUp, baseline);
    boolean exact = asked == org.apache.commons.statistics.inference.PValueMethod.EXACT && !w.hasTiedValues()
        && !w.hasZeroValues();
    comparison.p = OptionalDouble.of(w.getPValue());
    comparison.result.statistic(w.getStatistic()).tiedValues(w.hasTiedValues()).continuityCorrection(!exact)
        .pValueMethod(exact ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC);
    String method = "Wilcoxon signed-rank test on the differences follow-up − baseline, two-sided, ";
    if (exact) {
      method += "exact p from the distribution of W+ (" + n + " pairs, no ties, no zero differences)";
    } else {
      List<String> why = new ArrayList<>();
      if (n > EXACT_LIMIT) {
        why.add(n + " pairs, more than " + EXACT_LIMIT);
      }
      if (w.hasTiedValues()) {
        why.add("tied absolute differences");
      }
      if (w.hasZeroValues()) {
        int zeros = (int) java.util.stream.IntStream.range(0, n).filter(i -> followUp[i] == baseline[i]).count();
        why.add(zeros + " zero difference" + (zeros == 1 ? "" : "s") + ", ranked and left out of W+ (Pratt)");
      }
      method += "p from the normal approximation with tie correction and continuity correction ("
          + String.join("; ", why) + ")";
    }
    comparison.result.method(method);
  }

  private void welch(Comparison comparison, double[] followUp, double[] baseline) {
    if (Samples.allEqual(followUp) && Samples.allEqual(baseline)) {
      notRunnable(comparison, "neither wave has any spread", comparison.difference == 0 ? ""
          : "; the mann-whitney-u test is defined for such data");
      return;
    }
    TTest.Result t = TTest.withDefaults().test(followUp, baseline);
    comparison.p = OptionalDouble.of(t.getPValue());
    comparison.result.statistic(t.getStatistic()).degreesOfFreedom(t.getDegreesOfFreedom())
        .pValueMethod(PValueMethod.T_DISTRIBUTION)
        .method("Welch t test, two-sided, p from Student's t distribution with " + number(t.getDegreesOfFreedom())
            + " Welch–Satterthwaite degrees of freedom");
  }

  private void mannWhitney(Comparison comparison, double[] followUp, double[] baseline) {
    if (Samples.allEqual(followUp) && Samples.allEqual(baseline) && followUp[0] == baseline[0]) {
      notRunnable(comparison, "every value in both waves is the same", "");
      return;
    }
    boolean small = Math.max(followUp.length, baseline.length) < EXACT_LIMIT;
    org.apache.commons.statistics.inference.PValueMethod asked = small
        ? org.apache.commons.statistics.inference.PValueMethod.EXACT
        : org.apache.commons.statistics.inference.PValueMethod.ASYMPTOTIC;
    MannWhitneyUTest.Result u = MannWhitneyUTest.withDefaults().with(asked).test(followUp, baseline);
    boolean exact = small && !u.hasTiedValues();
    comparison.p = OptionalDouble.of(u.getPValue());
    comparison.result.statistic(u.getStatistic()).tiedValues(u.hasTiedValues()).continuityCorrection(!exact)
        .pValueMethod(exact ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC);
    String method = "Mann–Whitney U test of the follow-up against the baseline, two-sided, ";
    if (exact) {
      method += "exact p from the distribution of U (samples of " + followUp.length + " and " + baseline.length
          + ", no ties)";
    } else {
      method += "p from the normal approximation with tie correction and continuity correction ("
          + (small ? "tied values" : "a sample of " + EXACT_LIMIT + " or more") + ")";
    }
    comparison.result.method(method);
  }

  private static List<ConceptImpact> concepts(Transformation transformation, List<OutcomeImpact> outcomes) {
    Map<Id, List<OutcomeVerdict>> verdicts = new LinkedHashMap<>();
    Map<Id, List<Id>> consequences = new LinkedHashMap<>();
    for (OutcomeImpact outcome : outcomes) {
      for (Id concept : outcome.concepts()) {
        verdicts.computeIfAbsent(concept, c -> new ArrayList<>())
            .add(OutcomeVerdict.builder().outcome(outcome.outcome()).verdict(outcome.verdict()).build());
      }
    }
    for (UnintendedConsequence consequence : transformation.unintendedConsequences()) {
      for (Id concept : consequence.concepts()) {
        verdicts.computeIfAbsent(concept, c -> new ArrayList<>());
        consequences.computeIfAbsent(concept, c -> new ArrayList<>()).add(consequence.id());
      }
    }
    List<ConceptImpact> concepts = new ArrayList<>();
    for (Map.Entry<Id, List<OutcomeVerdict>> entry : verdicts.entrySet()) {
      List<Id> named = consequences.getOrDefault(entry.getKey(), List.of());
      concepts.add(ConceptImpact.builder().concept(entry.getKey()).outcomes(entry.getValue())
          .unintendedConsequences(named).summary(summary(entry.getValue(), named.size())).build());
    }
    return concepts;
  }

  private static String summary(List<OutcomeVerdict> verdicts, int consequences) {
    String text;
    if (verdicts.isEmpty()) {
      text = "no outcome names it";
    } else {
      Map<ImpactVerdict, Integer> counts = new EnumMap<>(ImpactVerdict.class);
      for (OutcomeVerdict verdict : verdicts) {
        counts.merge(verdict.verdict(), 1, Integer::sum);
      }
      List<String> parts = new ArrayList<>();
      for (Map.Entry<ImpactVerdict, Integer> count : counts.entrySet()) {
        parts.add(count.getValue() + " " + count.getKey().id().replace('-', ' '));
      }
      text = "of " + verdicts.size() + " outcome" + (verdicts.size() == 1 ? "" : "s") + " it was meant to move: "
          + String.join(", ", parts);
    }
    if (consequences > 0) {
      text += "; named in " + consequences + " unintended consequence" + (consequences == 1 ? "" : "s");
    }
    return text;
  }

  /** A number for reasons and methods: up to four significant digits, no exponent for everyday sizes. */
  static String number(double value) {
    String text = String.format(Locale.ROOT, "%.4g", value);
    if (text.contains("e")) {
      return text;
    }
    if (text.contains(".")) {
      text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return text.equals("-0") ? "0" : text;
  }

  /** A p-value for reasons, with its relation: "= 0.0123" to four decimals, or "< 0.0001". */
  static String probability(double p) {
    return p < 0.0001 ? "< 0.0001" : "= " + String.format(Locale.ROOT, "%.4f", p);
  }
}
