package dev.mom.trace;

import dev.mom.internal.Numbers;
import dev.mom.internal.Suggestions;
import dev.mom.model.Id;
import dev.mom.model.InputProblem;
import dev.mom.model.InvalidInputException;
import dev.mom.model.Period;
import dev.mom.model.StrategicObjective;
import dev.mom.model.Transformation;
import dev.mom.priority.Concept;
import dev.mom.priority.ConceptStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Traces a transformation's road map to its OKRs and its OKRs to its strategy, with a playbook's
 * {@link TraceabilityModel}.
 *
 * <p><b>What is traced.</b> OKR objectives and key results are identified by id; a road-map item refers to
 * key results and to a concept, an objective to a parent objective or to a strategic objective. The first
 * objective, key result or item with an id is the one referred to and traced; a later one with the same id is
 * a {@link FindingKind#DUPLICATE_ID} finding and is left out of everything else (with a duplicate objective,
 * its key results too). Exempt items are listed in {@link Traceability#exemptItems()} and take part in nothing
 * else. No problem of the OKR or road-map data stops the analysis: each is a finding, and the rest runs around
 * it. (Invariants of single values, such as a blank statement or a non-finite number, are checked when the
 * value is built, so an engine never sees them.)
 *
 * <p><b>Anchors.</b> An objective is anchored to the strategic objective it names, if the transformation's
 * strategy has it, or else to its parent's anchor. An objective that names an unknown strategic objective or
 * parent, names neither, or whose parents lead into a cycle is unanchored.
 *
 * <p><b>Integrity findings</b>, in this order: duplicate objective and key-result ids; for each objective,
 * dangling references to a parent or strategic objective, then for each of its key results an unknown
 * customer metric and a direction mismatch; parent cycles (each once, its path starting at its member first in
 * document order and following parents); for each road-map item, a duplicate id, a dangling concept, and for
 * each link a dangling key result or a period outside the key result's. In words: duplicate ids; dangling
 * references (parent, strategic objective, concept, linked key result); an item
 * whose period is not within the period of a key result it links to (the key result's own period, else its
 * objective's); a customer metric the playbook does not list; a target on the wrong side of the baseline
 * (below it to increase, above it to decrease; milestones excepted), whose progress is then not computed.
 *
 * <p><b>Chain rows</b>, in this order: for each traced item, one row per gap of its concept (one row when the
 * concept names no gap or the item none) and per key result it contributes to (one row, broken
 * {@link ChainBreak#WISH_LIST wish-list}, when it contributes to none); then each {@link ChainBreak#UNSUPPORTED
 * unsupported} key result; each objective {@link ChainBreak#NO_KEY_RESULT without key results}; each concept not
 * dropped that no item realises ({@link ChainBreak#NOT_PLANNED}), one row per gap; each strategic objective no
 * objective is anchored to ({@link ChainBreak#NOT_PURSUED}). A row whose objective is unanchored has the
 * break {@link ChainBreak#UNANCHORED} as well. Only {@link LinkKind#CONTRIBUTES contributes} links make the
 * chain; a missing gap or concept on an item's row is shown as absent but is not a break (concepts are
 * optional upstream context). Each broken element is also one chain finding.
 *
 * <p><b>Coverage</b> per level: see {@link LevelCoverage}; ratio = covered ÷ total, absent when total is 0.
 *
 * <p><b>Outcome-versus-output lint</b> of each key result, in this order: declared an output or a milestone;
 * worded with the playbook's output words (statement and metric, whole words); no metric; no movement
 * (increase or decrease without a baseline or a target; not milestones); no change (increase or decrease with
 * target = baseline; not milestones); no customer behaviour (no customer-metric tag and none of the playbook's
 * customer words). A key result is output-style when declared an output or milestone or worded with output
 * words; it names customer behaviour when tagged or worded with customer words.
 *
 * <p><b>Customer metrics</b>: objectives with key results of which none names customer behaviour, and those
 * whose key results are all output-style, are findings; {@link CustomerMetricCoverage} counts them.
 *
 * <p><b>Progress</b> by the playbook's {@link ProgressPolicy} (see there for the formulas), graded by its
 * {@link GradeBands}; a key result that lacks a number its method needs is a {@link FindingKind#NO_PROGRESS_DATA}
 * finding, a zero range under {@link ZeroRange#UNDEFINED} (or a range so small that the ratio would not be
 * finite) a {@link FindingKind#ZERO_RANGE} finding. <b>Roll-up</b> of an objective over its key results with
 * progress: {@link RollUp#EQUAL_MEAN} Σp ÷ n; {@link RollUp#WEIGHTED} Σw·p ÷ Σw with w the key result's
 * weight (1 when not given), key results of weight 0 not counted, absent when none is left;
 * {@link RollUp#WEAKEST} min p. <b>Pace</b> on an as-of day d within a period [s, e] (the key result's
 * own or its objective's; an objective's own): expected = (d − s + 1) ÷ (e − s + 1) in days, clamped to
 * [0, 1]; behind when p &lt; expected − tolerance, ahead when p &gt; expected + tolerance, else on pace.
 *
 * <p><b>Matrix</b>: see {@link TraceMatrix}.
 *
 * <p>Built once per model ({@link #of(TraceabilityModel)}), immutable, and safe to share between threads;
 * every method is pure and deterministic, runs in time linear in the size of the OKRs, road map and concepts
 * (plus the rows produced), and never returns NaN or an infinity.
 * <p><b>Errors.</b> Input that {@code check} accepts never makes this engine throw, and its results never
 * hold NaN or an infinity (reach, effort, capacity and outcome
 * scales are bounded by {@link dev.mom.model.Magnitude}); input it does not
 * accept is refused with an {@link dev.mom.model.InvalidInputException} (an {@code IllegalArgumentException})
 * that lists every problem with its JSON pointer.
 */
public final class RoadmapTracer {

  /** Up to this many known ids, unknown references get a "did you mean" suggestion. */
  private static final int SUGGESTION_LIMIT = 1000;

  private final TraceabilityModel model;
  private final WordMatcher outputWords;
  private final WordMatcher customerWords;
  private final Set<Id> customerMetrics;

  private RoadmapTracer(TraceabilityModel model) {
    this.model = model;
    this.outputWords = new WordMatcher(model.outputWords());
    this.customerWords = new WordMatcher(model.customerWords());
    this.customerMetrics = Set.copyOf(model.customerMetrics());
  }

  /**
   * Builds the tracer for a model.
   *
   * @param model the playbook's traceability model; not null
   * @return the tracer
   */
  public static RoadmapTracer of(TraceabilityModel model) {
    Objects.requireNonNull(model, "model");
    return new RoadmapTracer(model);
  }

  /**
   * The model this tracer runs.
   *
   * @return the model
   */
  public TraceabilityModel model() {
    return model;
  }

  /**
   * The integrity findings of a transformation's OKRs and road map, as input problems, for validators that
   * list every problem of a document. {@link #trace} does not throw for them: it reports them as findings.
   *
   * @param transformation the transformation; not null
   * @return each integrity finding as a problem with its pointer and message; empty if there is none
   */
  public List<InputProblem> check(Transformation transformation) {
    List<InputProblem> problems = new ArrayList<>();
    for (Finding finding : new Run(transformation, Optional.empty()).integrity) {
      problems.add(new InputProblem(finding.pointer(), finding.message()));
    }
    return problems;
  }

  /**
   * Traces a transformation, without expected progress or pace.
   *
   * @param transformation the transformation; not null
   * @return the traceability; never throws for problems of the OKR or road-map data
   */
  public Traceability trace(Transformation transformation) {
    return new Run(transformation, Optional.empty()).result();
  }

  /**
   * Traces a transformation, with expected progress and pace on a day.
   *
   * @param transformation the transformation; not null
   * @param asOf the day progress is judged on; not null
   * @return the traceability
   */
  public Traceability trace(Transformation transformation, LocalDate asOf) {
    return new Run(transformation, Optional.of(asOf)).result();
  }

  /**
   * What a change to one key result would change, without pace.
   *
   * @param transformation the transformation; not null
   * @param change the change; not null
   * @return the impact of the change
   * @throws InvalidInputException if the key result is not one the transformation traces
   */
  public ChangeImpact whatIf(Transformation transformation, KeyResultChange change) {
    return whatIf(transformation, change, Optional.empty());
  }

  /**
   * What a change to one key result would change, with pace on a day.
   *
   * @param transformation the transformation; not null
   * @param change the change; not null
   * @param asOf the day progress is judged on; not null
   * @return the impact of the change
   * @throws InvalidInputException if the key result is not one the transformation traces
   */
  public ChangeImpact whatIf(Transformation transformation, KeyResultChange change, LocalDate asOf) {
    return whatIf(transformation, change, Optional.of(asOf));
  }

  private ChangeImpact whatIf(Transformation transformation, KeyResultChange change, Optional<LocalDate> asOf) {
    Traceability before = new Run(transformation, asOf).result();
    if (before.keyResult(change.keyResult()).isEmpty()) {
      List<String> known = before.keyResults().size() > SUGGESTION_LIMIT ? List.of()
          : before.keyResults().stream().map(k -> k.keyResult().value()).toList();
      throw new InvalidInputException(List.of(new InputProblem("", "key result '" + change.keyResult()
          + "' is not one of the transformation's key results" + Suggestions.closest(change.keyResult().value(),
              known).map(s -> " (did you mean '" + s + "'?)").orElse(""))));
    }
    Traceability after = new Run(apply(transformation, change), asOf).result();
    List<Id> wishBefore = before.wishList();
    Set<Id> wishedBefore = new HashSet<>(wishBefore);
    ChangeImpact.Builder impact = ChangeImpact.builder().change(change)
        .coverageBefore(before.coverage()).coverageAfter(after.coverage());
    for (Id item : after.wishList()) {
      if (!wishedBefore.contains(item)) {
        impact.addNewWishList(item);
      }
    }
    Map<Id, ObjectiveTrace> afterObjectives = new HashMap<>();
    after.objectives().forEach(o -> afterObjectives.put(o.objective(), o));
    for (ObjectiveTrace was : before.objectives()) {
      ObjectiveTrace is = afterObjectives.get(was.objective());
      if (is.supportedKeyResults() < was.supportedKeyResults()) {
        impact.addObjectivesLosingCoverage(was.objective());
      }
      if (!is.progress().equals(was.progress()) || !is.grade().equals(was.grade())) {
        impact.addRollUp(RollUpChange.builder().objective(was.objective()).before(was.progress())
            .after(is.progress()).gradeBefore(was.grade()).gradeAfter(is.grade()).build());
      }
    }
    impact.progressBefore(before.keyResult(change.keyResult()).flatMap(KeyResultTrace::progress));
    impact.progressAfter(after.keyResult(change.keyResult()).flatMap(KeyResultTrace::progress));
    return impact.build();
  }

  /** The transformation with the change made: a dropped key result is removed, with every link to it. */
  private static Transformation apply(Transformation transformation, KeyResultChange change) {
    Id id = change.keyResult();
    List<Objective> objectives = new ArrayList<>();
    for (Objective objective : transformation.objectives()) {
      List<KeyResult> keyResults = new ArrayList<>();
      for (KeyResult keyResult : objective.keyResults()) {
        if (!keyResult.id().equals(id)) {
          keyResults.add(keyResult);
        } else if (change.action() == ChangeAction.RETARGET) {
          keyResults.add(keyResult.withTarget(change.target().getAsDouble()));
        }
      }
      objectives.add(objective.withKeyResults(keyResults));
    }
    Transformation changed = transformation.withObjectives(objectives);
    if (change.action() == ChangeAction.DROP && transformation.roadmap().isPresent()) {
      Roadmap roadmap = transformation.roadmap().get();
      List<RoadmapItem> items = new ArrayList<>();
      for (RoadmapItem item : roadmap.items()) {
        items.add(item.withLinks(item.links().stream().filter(l -> !l.keyResult().equals(id)).toList()));
      }
      changed = changed.withRoadmap(roadmap.withItems(items));
    }
    return changed;
  }

  private static OptionalDouble ratio(int covered, int total) {
    return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) covered / total);
  }

  private static String suggestion(Id typed, Map<Id, ?> known) {
    return suggestion(typed, known.keySet());
  }

  private static String suggestion(Id typed, Collection<Id> known) {
    if (known.isEmpty() || known.size() > SUGGESTION_LIMIT) {
      return "";
    }
    return Suggestions.closest(typed.value(), known.stream().map(Id::value).sorted().toList())
        .map(s -> " (did you mean '" + s + "'?)").orElse("");
  }

  /**
   * The mean of values by weights: Σw·v ÷ Σw, and when a sum would overflow, the same mean as a running
   * convex combination, which stays within the values' range.
   */
  static double weightedMean(double[] values, double[] weights) {
    double sum = 0;
    double total = 0;
    for (int i = 0; i < values.length; i++) {
      sum += weights[i] * values[i];
      total += weights[i];
    }
    if (Double.isFinite(sum) && Double.isFinite(total)) {
      return sum / total;
    }
    double max = Arrays.stream(weights).max().orElse(1);
    double mean = 0;
    double seen = 0;
    for (int i = 0; i < values.length; i++) {
      double w = weights[i] / max;
      seen += w;
      double share = w / seen;
      mean = share * values[i] + (1 - share) * mean;
    }
    return mean;
  }

  /**
   * The share of a period elapsed on a day, both ends of the period included.
   *
   * @return (d − s + 1) ÷ (e − s + 1) in days, clamped to [0, 1]
   */
  static OptionalDouble expected(Optional<Period> period, Optional<LocalDate> asOf) {
    if (period.isEmpty() || asOf.isEmpty()) {
      return OptionalDouble.empty();
    }
    long days = ChronoUnit.DAYS.between(period.get().start(), period.get().end()) + 1;
    long elapsed = ChronoUnit.DAYS.between(period.get().start(), asOf.get()) + 1;
    return OptionalDouble.of(Math.max(0, Math.min(days, elapsed)) / (double) days);
  }

  private Optional<Pace> pace(OptionalDouble progress, OptionalDouble expected) {
    if (progress.isEmpty() || expected.isEmpty()) {
      return Optional.empty();
    }
    double p = progress.getAsDouble();
    double e = expected.getAsDouble();
    double tolerance = model.paceTolerance();
    return Optional.of(p < e - tolerance ? Pace.BEHIND : p > e + tolerance ? Pace.AHEAD : Pace.ON_PACE);
  }

  /** A key result the run traces: where it is and what it is. */
  /**
   * A hash table capacity that holds {@code entries} without resizing. HashMap and HashSet, not an open-addressing
   * table: ids are chosen by whoever writes the document, {@link String#hashCode()} collisions among them are easy
   * to make, and HashMap keeps colliding {@link Id}s (which are comparable) in a tree instead of probing linearly.
   */
  private static int capacity(int entries) {
    return (int) Math.min(1 << 30, entries * 4L / 3 + 1);
  }

  private static final class Ref {
    final int objective;
    final int index;
    final KeyResult keyResult;
    final List<Id> contributors = new ArrayList<>();
    final List<Id> supporters = new ArrayList<>();
    /** Its trace, once computed. */
    @Nullable KeyResultTrace trace;
    /** The chain row of an item contributing to it, without the item's gap, concept and item; built on first use. */
    @Nullable ChainRow row;
    /** A matrix cell of a link to it, by {@link LinkKind} ordinal, for an earlier item; built on first use. */
    final @Nullable MatrixCell[] cells = new MatrixCell[LinkKind.values().length];

    Ref(int objective, int index, KeyResult keyResult) {
      this.objective = objective;
      this.index = index;
      this.keyResult = keyResult;
    }

    String pointer() {
      return "/objectives/" + objective + "/keyResults/" + index;
    }
  }

  /** One analysis of one transformation. */
  private final class Run {
    final Transformation transformation;
    final Optional<LocalDate> asOf;
    final List<Objective> objectives;
    final List<RoadmapItem> items;
    final boolean[] activeObjective;
    final boolean[] tracedItem;
    final Map<Id, Integer> objectiveIndex = new HashMap<>();
    /** The traced key results, in document order. */
    final List<Ref> refs = new ArrayList<>();
    /** The position in {@link #refs} of each traced key result's id. */
    final Map<Id, Integer> keyResults;
    /** For each objective and each of its key results, its ref if the run traces it there, else null. */
    final Ref[][] placed;
    /** Whether an item repeats an earlier item's id. */
    final boolean[] duplicateItem;
    /** The key result of each traced item's links, or null when the link dangles: item i's at linkStart[i]... */
    final Ref[] linked;
    /** ... up to linkStart[i + 1]. */
    final int[] linkStart;
    final Map<Id, Integer> conceptIndex = new HashMap<>();
    final Map<Id, Integer> strategicIndex = new LinkedHashMap<>();
    final List<Optional<Id>> anchors = new ArrayList<>();
    final List<Finding> integrity = new ArrayList<>();
    final List<Finding> chain = new ArrayList<>();
    final List<Finding> lint = new ArrayList<>();
    final List<Finding> customer = new ArrayList<>();
    final List<Finding> progress = new ArrayList<>();

    Run(Transformation transformation, Optional<LocalDate> asOf) {
      this.transformation = transformation;
      this.asOf = asOf;
      this.objectives = transformation.objectives();
      this.items = transformation.roadmap().map(Roadmap::items).orElse(List.of());
      this.activeObjective = new boolean[objectives.size()];
      this.tracedItem = new boolean[items.size()];
      this.placed = new Ref[objectives.size()][];
      this.duplicateItem = new boolean[items.size()];
      this.linkStart = new int[items.size() + 1];
      int links = 0;
      for (RoadmapItem item : items) {
        links += item.links().size();
      }
      this.linked = new Ref[links];
      int keyResultCount = 0;
      for (Objective objective : objectives) {
        keyResultCount += objective.keyResults().size();
      }
      this.keyResults = new HashMap<>(capacity(keyResultCount));
      List<Concept> concepts = transformation.concepts();
      for (int c = 0; c < concepts.size(); c++) {
        conceptIndex.put(concepts.get(c).id(), c);
      }
      if (transformation.strategy().isPresent()) {
        List<StrategicObjective> strategic = transformation.strategy().get().objectives();
        for (int s = 0; s < strategic.size(); s++) {
          strategicIndex.put(strategic.get(s).id(), s);
        }
      }
      indexObjectives();
      checkObjectives();
      anchor();
      indexItems();
    }

    private Finding finding(FindingKind kind, Id subject, String pointer, String message) {
      return Finding.builder().kind(kind).subject(subject).pointer(pointer).message(message).build();
    }

    private void indexObjectives() {
      for (int o = 0; o < objectives.size(); o++) {
        Objective objective = objectives.get(o);
        Integer earlier = objectiveIndex.putIfAbsent(objective.id(), o);
        if (earlier != null) {
          integrity.add(finding(FindingKind.DUPLICATE_ID, objective.id(), "/objectives/" + o + "/id",
              "objective id '" + objective.id() + "' is already used by an earlier objective; this one and its key "
                  + "results are left out"));
          continue;
        }
        activeObjective[o] = true;
        List<KeyResult> list = objective.keyResults();
        placed[o] = new Ref[list.size()];
        for (int k = 0; k < list.size(); k++) {
          KeyResult keyResult = list.get(k);
          Ref ref = new Ref(o, k, keyResult);
          Integer firstAt = keyResults.putIfAbsent(keyResult.id(), refs.size());
          if (firstAt == null) {
            placed[o][k] = ref;
            refs.add(ref);
          } else {
            Ref first = refs.get(firstAt);
            integrity.add(finding(FindingKind.DUPLICATE_ID, keyResult.id(), ref.pointer() + "/id",
                "key result id '" + keyResult.id() + "' of objective '" + objective.id() + "' is already used by "
                    + "a key result of objective '" + objectives.get(first.objective).id() + "'; this one is left out"));
          }
        }
      }
    }

    private void checkObjectives() {
      for (int o = 0; o < objectives.size(); o++) {
        if (!activeObjective[o]) {
          continue;
        }
        Objective objective = objectives.get(o);
        if (objective.parent().isPresent() && !objectiveIndex.containsKey(objective.parent().get())) {
          integrity.add(finding(FindingKind.DANGLING_REFERENCE, objective.id(), "/objectives/" + o + "/parent",
              "objective '" + objective.id() + "' names parent '" + objective.parent().get() + "', which is not an "
                  + "objective" + suggestion(objective.parent().get(), objectiveIndex)));
        }
        if (objective.strategicObjective().isPresent()) {
          Id named = objective.strategicObjective().get();
          if (transformation.strategy().isEmpty()) {
            integrity.add(finding(FindingKind.DANGLING_REFERENCE, objective.id(),
                "/objectives/" + o + "/strategicObjective", "objective '" + objective.id()
                    + "' names strategic objective '" + named + "', but the transformation has no strategy"));
          } else if (!strategicIndex.containsKey(named)) {
            integrity.add(finding(FindingKind.DANGLING_REFERENCE, objective.id(),
                "/objectives/" + o + "/strategicObjective", "objective '" + objective.id()
                    + "' names strategic objective '" + named + "', which is not one of the strategy's objectives"
                    + suggestion(named, strategicIndex)));
          }
        }
        for (int k = 0; k < objective.keyResults().size(); k++) {
          KeyResult keyResult = objective.keyResults().get(k);
          if (placed[o][k] == null) {
            continue;
          }
          if (keyResult.customerMetric().isPresent() && !customerMetrics.contains(keyResult.customerMetric().get())) {
            Map<Id, Boolean> known = new TreeMap<>();
            model.customerMetrics().forEach(m -> known.put(m, true));
            integrity.add(finding(FindingKind.UNKNOWN_CUSTOMER_METRIC, keyResult.id(),
                placed[o][k].pointer() + "/customerMetric",
                "key result '" + keyResult.id() + "' names customer metric '" + keyResult.customerMetric().get()
                    + "', which the playbook does not list" + suggestion(keyResult.customerMetric().get(), known)));
          }
          if (mismatched(keyResult)) {
            integrity.add(finding(FindingKind.DIRECTION_MISMATCH, keyResult.id(), placed[o][k].pointer() + "/target",
                "key result '" + keyResult.id() + "' should " + keyResult.direction().id() + ", but its target "
                    + Numbers.format(keyResult.target().getAsDouble()) + " is "
                    + (keyResult.direction() == MetricDirection.INCREASE ? "below" : "above") + " its baseline "
                    + Numbers.format(keyResult.baseline().getAsDouble()) + "; its progress is not computed"));
          }
        }
      }
    }

    /** Anchors every active objective by walking its parents once; reports each cycle once. */
    private void anchor() {
      int n = objectives.size();
      int[] state = new int[n]; // 0 not seen, 1 on the current walk, 2 anchored
      Id[] anchorOf = new Id[n];
      int[] position = new int[n];
      Arrays.fill(position, -1);
      for (int start = 0; start < n; start++) {
        if (!activeObjective[start] || state[start] == 2) {
          continue;
        }
        List<Integer> path = new ArrayList<>();
        Id result = null;
        int current = start;
        while (true) {
          if (state[current] == 2) {
            result = anchorOf[current];
            break;
          }
          if (state[current] == 1) {
            cycle(path.subList(position[current], path.size()));
            break;
          }
          state[current] = 1;
          position[current] = path.size();
          path.add(current);
          Objective objective = objectives.get(current);
          if (objective.strategicObjective().isPresent()) {
            Id named = objective.strategicObjective().get();
            result = strategicIndex.containsKey(named) ? named : null;
            break;
          }
          Integer parent = objective.parent().map(objectiveIndex::get).orElse(null);
          if (parent == null) {
            break;
          }
          current = parent;
        }
        for (int member : path) {
          state[member] = 2;
          anchorOf[member] = result;
        }
      }
      for (int o = 0; o < n; o++) {
        anchors.add(Optional.ofNullable(anchorOf[o]));
      }
    }

    private void cycle(List<Integer> members) {
      int first = 0;
      for (int m = 1; m < members.size(); m++) {
        if (members.get(m) < members.get(first)) {
          first = m;
        }
      }
      List<Id> path = new ArrayList<>();
      for (int m = 0; m <= members.size(); m++) {
        path.add(objectives.get(members.get((first + m) % members.size())).id());
      }
      Id subject = path.get(0);
      integrity.add(Finding.builder().kind(FindingKind.OBJECTIVE_CYCLE).subject(subject)
          .pointer("/objectives/" + members.get(first) + "/parent")
          .message("objective parents form a cycle: " + String.join(" → ", path.stream().map(Id::value).toList())
              + "; none of these objectives traces to the strategy")
          .path(path).build());
    }

    /** Indexes the items and resolves each traced item's links, once: the chain and the matrix read {@link #linked}. */
    private void indexItems() {
      Set<Id> seen = new HashSet<>(capacity(items.size()));
      int next = 0;
      for (int i = 0; i < items.size(); i++) {
        RoadmapItem item = items.get(i);
        linkStart[i] = next;
        if (!seen.add(item.id())) {
          duplicateItem[i] = true;
          integrity.add(finding(FindingKind.DUPLICATE_ID, item.id(), itemPointer(i) + "/id", "road-map item id '"
              + item.id() + "' is already used by an earlier item; this one is left out"));
          continue;
        }
        if (item.isExempt()) {
          continue;
        }
        tracedItem[i] = true;
        if (item.concept().isPresent() && !conceptIndex.containsKey(item.concept().get())) {
          integrity.add(finding(FindingKind.DANGLING_REFERENCE, item.id(), itemPointer(i) + "/concept", "road-map item '"
              + item.id() + "' realises concept '" + item.concept().get() + "', which is not a concept of the "
              + "transformation" + suggestion(item.concept().get(), conceptIndex)));
        }
        for (int l = 0; l < item.links().size(); l++) {
          KeyResultLink link = item.links().get(l);
          Integer at = keyResults.get(link.keyResult());
          Ref ref = at == null ? null : refs.get(at);
          linked[next++] = ref;
          if (ref == null) {
            integrity.add(finding(FindingKind.DANGLING_REFERENCE, item.id(), itemPointer(i) + "/links/" + l + "/keyResult",
                "road-map item '" + item.id() + "' " + (link.kind() == LinkKind.CONTRIBUTES ? "contributes to" : "supports")
                    + " key result '" + link.keyResult() + "', which is not a key result"
                    + suggestion(link.keyResult(), refs.size() > SUGGESTION_LIMIT ? List.of() : keyResultIds())));
            continue;
          }
          (link.kind() == LinkKind.CONTRIBUTES ? ref.contributors : ref.supporters).add(item.id());
          Optional<Period> period = item.period().isPresent() ? periodOf(ref) : Optional.empty();
          if (period.isPresent() && !item.period().get().isWithin(period.get())) {
            integrity.add(finding(FindingKind.OUTSIDE_PERIOD, item.id(), itemPointer(i) + "/period", "road-map item '"
                + item.id() + "' is dated " + item.period().get().start() + " to " + item.period().get().end()
                + ", not within the period " + period.get().start() + " to " + period.get().end() + " of key result '"
                + link.keyResult() + "'"));
          }
        }
      }
      linkStart[items.size()] = next;
    }

    private List<Id> keyResultIds() {
      List<Id> ids = new ArrayList<>(refs.size());
      for (Ref ref : refs) {
        ids.add(ref.keyResult.id());
      }
      return ids;
    }

    private String itemPointer(int i) {
      return "/roadmap/items/" + i;
    }

    private Optional<Period> periodOf(Ref ref) {
      return ref.keyResult.period().or(() -> objectives.get(ref.objective).period());
    }

    private boolean mismatched(KeyResult keyResult) {
      if (keyResult.kind() == KeyResultKind.MILESTONE || keyResult.baseline().isEmpty()
          || keyResult.target().isEmpty()) {
        return false;
      }
      double b = keyResult.baseline().getAsDouble();
      double t = keyResult.target().getAsDouble();
      return keyResult.direction() == MetricDirection.INCREASE && t < b
          || keyResult.direction() == MetricDirection.DECREASE && t > b;
    }

    Traceability result() {
      Traceability.Builder result = Traceability.builder().asOf(asOf);
      List<KeyResultTrace> traces = new ArrayList<>(refs.size());
      for (Ref ref : refs) {
        ref.trace = keyResultTrace(ref);
        traces.add(ref.trace);
      }
      result.keyResults(traces);
      List<ObjectiveTrace> objectiveTraces = objectiveTraces();
      result.objectives(objectiveTraces);
      result.customerMetrics(customerMetrics(objectiveTraces));
      List<ChainRow> rows = new ArrayList<>(linked.length + refs.size());
      chain(result, rows);
      result.matrix(matrix());
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i).isExempt() && !duplicateItem[i]) {
          result.addExemptItem(items.get(i).id());
        }
      }
      List<Finding> findings = new ArrayList<>(
          integrity.size() + chain.size() + lint.size() + customer.size() + progress.size());
      findings.addAll(integrity);
      findings.addAll(chain);
      findings.addAll(lint);
      findings.addAll(customer);
      findings.addAll(progress);
      // the builder would copy the two longest lists element by element, then again when built; with* copies once
      return result.build().withRows(rows).withFindings(findings);
    }

    private KeyResultTrace keyResultTrace(Ref ref) {
      KeyResult keyResult = ref.keyResult;
      String at = ref.pointer();
      List<List<String>> texts = new ArrayList<>(2);
      texts.add(WordMatcher.tokens(keyResult.statement()));
      keyResult.metric().ifPresent(metric -> texts.add(WordMatcher.tokens(metric)));
      List<String> outputFound = outputWords.findIn(texts);
      boolean customerBehaviour = keyResult.customerMetric().isPresent() || !customerWords.findIn(texts).isEmpty();
      boolean outputStyle = keyResult.kind() != KeyResultKind.OUTCOME || !outputFound.isEmpty();
      lint(keyResult, at, outputFound, customerBehaviour);
      Optional<Progress> progressOf = progress(keyResult, at);
      Optional<Period> period = periodOf(ref);
      OptionalDouble expected = expected(period, asOf);
      // with* copies the item lists once; the builder would copy them element by element, then again when built
      return KeyResultTrace.builder().keyResult(keyResult.id()).objective(objectives.get(ref.objective).id())
          .period(period).customerBehaviour(customerBehaviour).outputStyle(outputStyle).progress(progressOf)
          .expected(expected)
          .pace(pace(progressOf.map(p -> OptionalDouble.of(p.value())).orElse(OptionalDouble.empty()), expected))
          .build().withContributors(ref.contributors).withSupporters(ref.supporters);
    }

    private void lint(KeyResult keyResult, String at, List<String> outputFound, boolean customerBehaviour) {
      Id id = keyResult.id();
      boolean linear = keyResult.kind() != KeyResultKind.MILESTONE
          && (keyResult.direction() == MetricDirection.INCREASE || keyResult.direction() == MetricDirection.DECREASE);
      if (keyResult.kind() != KeyResultKind.OUTCOME) {
        lint.add(finding(FindingKind.DECLARED_OUTPUT, id, at + "/kind", "key result '" + id + "' is declared "
            + (keyResult.kind() == KeyResultKind.OUTPUT ? "an output" : "a milestone")
            + ": it measures work delivered, not a change in customer or business behaviour"));
      }
      if (!outputFound.isEmpty()) {
        lint.add(Finding.builder().kind(FindingKind.OUTPUT_WORDING).subject(id).pointer(at + "/statement")
            .message("key result '" + id + "' is worded as an output (" + String.join(", ", outputFound)
                + "): say what changes for customers or the business when the work is done")
            .words(outputFound).build());
      }
      if (keyResult.metric().isEmpty()) {
        lint.add(finding(FindingKind.NO_METRIC, id, at, "key result '" + id + "' names no metric"));
      }
      if (linear && (keyResult.baseline().isEmpty() || keyResult.target().isEmpty())) {
        lint.add(finding(FindingKind.NO_MOVEMENT, id, at, "key result '" + id + "' should "
            + keyResult.direction().id() + " but has no " + (keyResult.baseline().isEmpty()
                ? keyResult.target().isEmpty() ? "baseline and no target" : "baseline" : "target")
            + ", so it states no movement"));
      }
      if (linear && keyResult.baseline().isPresent() && keyResult.target().isPresent()
          && keyResult.baseline().getAsDouble() == keyResult.target().getAsDouble()) {
        lint.add(finding(FindingKind.NO_CHANGE, id, at + "/target", "key result '" + id + "' should "
            + keyResult.direction().id() + ", but its target equals its baseline "
            + Numbers.format(keyResult.baseline().getAsDouble())));
      }
      if (!customerBehaviour) {
        lint.add(finding(FindingKind.NO_CUSTOMER_BEHAVIOUR, id, at, "key result '" + id + "' names no customer "
            + "behaviour: tag it with a customer metric (" + String.join(", ",
                model.customerMetrics().stream().map(Id::value).toList()) + ") or say what customers do"));
      }
    }

    private Optional<Progress> progress(KeyResult keyResult, String at) {
      Id id = keyResult.id();
      MetricDirection direction = keyResult.direction();
      boolean milestone = keyResult.kind() == KeyResultKind.MILESTONE;
      boolean threshold = direction == MetricDirection.STAY_ABOVE || direction == MetricDirection.STAY_BELOW;
      List<String> missing = new ArrayList<>();
      if (!milestone && !threshold && keyResult.baseline().isEmpty()) {
        missing.add("baseline");
      }
      if (keyResult.target().isEmpty()) {
        missing.add("target");
      }
      if (keyResult.current().isEmpty()) {
        missing.add("current value");
      }
      if (!missing.isEmpty()) {
        progress.add(finding(FindingKind.NO_PROGRESS_DATA, id, at, "key result '" + id + "' has no "
            + String.join(" and no ", missing) + ", so its progress is not computed"));
        return Optional.empty();
      }
      double c = keyResult.current().getAsDouble();
      double t = keyResult.target().getAsDouble();
      boolean upward = direction == MetricDirection.INCREASE || direction == MetricDirection.STAY_ABOVE;
      if (milestone) {
        boolean reached = upward ? c >= t : c <= t;
        return Optional.of(graded(ProgressMethod.MILESTONE, reached ? 1 : 0, "milestone: current "
            + Numbers.brief(c) + (reached ? upward ? " ≥ " : " ≤ " : upward ? " < " : " > ") + "target "
            + Numbers.brief(t)));
      }
      if (threshold) {
        boolean held = upward ? c > t : c < t;
        return Optional.of(graded(ProgressMethod.THRESHOLD, held ? 1 : 0, "current " + Numbers.brief(c)
            + (held ? " is " : " is not ") + (upward ? "above" : "below") + " the threshold " + Numbers.brief(t)));
      }
      if (mismatched(keyResult)) {
        return Optional.empty();
      }
      double b = keyResult.baseline().getAsDouble();
      if (t == b) {
        if (model.progress().zeroRange() == ZeroRange.THRESHOLD) {
          boolean reached = upward ? c >= t : c <= t;
          return Optional.of(graded(ProgressMethod.THRESHOLD, reached ? 1 : 0, "target equals baseline "
              + Numbers.brief(b) + ": current " + Numbers.brief(c) + (reached ? " reaches" : " does not reach")
              + " it"));
        }
        progress.add(finding(FindingKind.ZERO_RANGE, id, at + "/target", "key result '" + id + "' has target "
            + "equal to baseline (" + Numbers.format(b) + "), so linear progress (current − baseline) ÷ (target − "
            + "baseline) is undefined; set a target that differs from the baseline, or choose the threshold "
            + "zero-range policy"));
        return Optional.empty();
      }
      double moved = c - b;
      double range = t - b;
      if (!Double.isFinite(moved) || !Double.isFinite(range)) {
        moved = c / 2 - b / 2;
        range = t / 2 - b / 2;
      }
      double raw = moved / range + 0.0;
      if (!Double.isFinite(raw)) {
        progress.add(finding(FindingKind.ZERO_RANGE, id, at + "/target", "key result '" + id + "' has a range "
            + "from baseline to target too small for its movement: linear progress would not be a finite number"));
        return Optional.empty();
      }
      return Optional.of(graded(ProgressMethod.LINEAR, raw, "(" + Numbers.brief(c) + " − " + Numbers.brief(b)
          + ") ÷ (" + Numbers.brief(t) + " − " + Numbers.brief(b) + ") = " + Numbers.brief(raw)));
    }

    private Progress graded(ProgressMethod method, double raw, String explanation) {
      double value = raw;
      if (model.progress().clamping() == Clamping.UNIT_INTERVAL) {
        value = Math.max(0, Math.min(1, raw));
      }
      Progress.Builder built = Progress.builder().method(method).value(value)
          .grade(model.gradeBands().gradeOf(value));
      if (value != raw) {
        built.unclamped(raw);
        explanation += ", clamped to " + Numbers.brief(value);
      }
      return built.explanation(explanation).build();
    }

    private List<ObjectiveTrace> objectiveTraces() {
      List<ObjectiveTrace> result = new ArrayList<>();
      RollUp rollUp = model.rollUp();
      for (int o = 0; o < objectives.size(); o++) {
        if (!activeObjective[o]) {
          continue;
        }
        Objective objective = objectives.get(o);
        ObjectiveTrace.Builder trace = ObjectiveTrace.builder().objective(objective.id())
            .commitment(objective.commitment()).anchor(anchors.get(o)).rollUp(rollUp);
        List<Double> values = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        int supported = 0;
        boolean customerKeyResult = false;
        boolean allOutputs = true;
        int count = 0;
        for (int k = 0; k < objective.keyResults().size(); k++) {
          KeyResult keyResult = objective.keyResults().get(k);
          Ref ref = placed[o][k];
          if (ref == null) {
            continue;
          }
          count++;
          KeyResultTrace keyResultTrace = ref.trace;
          trace.addKeyResult(keyResult.id());
          supported += keyResultTrace.contributors().isEmpty() ? 0 : 1;
          customerKeyResult |= keyResultTrace.customerBehaviour();
          allOutputs &= keyResultTrace.outputStyle();
          double weight = rollUp == RollUp.WEIGHTED ? keyResult.weight().orElse(1) : 1;
          if (keyResultTrace.progress().isPresent() && weight > 0) {
            trace.addCounted(keyResult.id());
            values.add(keyResultTrace.progress().get().value());
            weights.add(weight);
          }
        }
        OptionalDouble rolled = OptionalDouble.empty();
        if (!values.isEmpty()) {
          double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
          rolled = OptionalDouble.of(rollUp == RollUp.WEAKEST ? Arrays.stream(v).min().getAsDouble()
              : weightedMean(v, weights.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        OptionalDouble expected = expected(objective.period(), asOf);
        trace.supportedKeyResults(supported).progress(rolled)
            .grade(rolled.isPresent() ? Optional.of(model.gradeBands().gradeOf(rolled.getAsDouble())) : Optional.empty())
            .expected(expected).pace(pace(rolled, expected))
            .customerKeyResult(customerKeyResult).allOutputs(count > 0 && allOutputs);
        if (count > 0 && !customerKeyResult) {
          customer.add(finding(FindingKind.NO_CUSTOMER_KEY_RESULT, objective.id(), "/objectives/" + o,
              "objective '" + objective.id() + "' has no key result that names customer behaviour (usage, "
                  + "retention, NPS, …)"));
        }
        if (count > 0 && allOutputs) {
          customer.add(finding(FindingKind.ALL_OUTPUTS, objective.id(), "/objectives/" + o, "objective '"
              + objective.id() + "' has only output-style key results: it measures delivery, not outcomes"));
        }
        result.add(trace.build());
      }
      return result;
    }

    private CustomerMetricCoverage customerMetrics(List<ObjectiveTrace> objectiveTraces) {
      CustomerMetricCoverage.Builder coverage = CustomerMetricCoverage.builder();
      int objectivesWithKeyResults = 0;
      int withCustomer = 0;
      for (ObjectiveTrace trace : objectiveTraces) {
        if (trace.keyResults().isEmpty()) {
          continue;
        }
        objectivesWithKeyResults++;
        if (trace.customerKeyResult()) {
          withCustomer++;
        } else {
          coverage.addWithoutCustomerKeyResult(trace.objective());
        }
        if (trace.allOutputs()) {
          coverage.addAllOutput(trace.objective());
        }
      }
      int customerKeyResults = 0;
      int outcomes = 0;
      Map<Id, Integer> byMetric = new TreeMap<>();
      for (Ref ref : refs) {
        KeyResultTrace trace = ref.trace;
        customerKeyResults += trace.customerBehaviour() ? 1 : 0;
        outcomes += trace.outputStyle() ? 0 : 1;
        ref.keyResult.customerMetric().ifPresent(m -> byMetric.merge(m, 1, Integer::sum));
      }
      return coverage.objectives(objectivesWithKeyResults).objectivesWithCustomerKeyResult(withCustomer)
          .objectiveRatio(ratio(withCustomer, objectivesWithKeyResults)).keyResults(keyResults.size())
          .customerKeyResults(customerKeyResults).keyResultRatio(ratio(customerKeyResults, keyResults.size()))
          .outcomeKeyResults(outcomes).byMetric(byMetric).build();
    }

    private void chain(Traceability.Builder result, List<ChainRow> rows) {
      List<Concept> concepts = transformation.concepts();
      Set<Id> realised = new HashSet<>();
      Set<Id> anchored = new HashSet<>();
      int tracedItems = 0;
      int contributingItems = 0;
      List<Id> wishList = new ArrayList<>();
      ChainRow wish = ChainRow.builder().addBreak(ChainBreak.WISH_LIST).build();
      // 1. items
      for (int i = 0; i < items.size(); i++) {
        if (!tracedItem[i]) {
          continue;
        }
        tracedItems++;
        RoadmapItem item = items.get(i);
        Integer c = item.concept().isPresent() ? conceptIndex.get(item.concept().get()) : null;
        Concept concept = c == null ? null : concepts.get(c);
        if (concept != null) {
          realised.add(concept.id());
        }
        boolean contributes = false;
        for (int l = linkStart[i]; l < linkStart[i + 1] && !contributes; l++) {
          contributes = linked[l] != null && item.links().get(l - linkStart[i]).kind() == LinkKind.CONTRIBUTES;
        }
        if (contributes) {
          contributingItems++;
        } else {
          wishList.add(item.id());
          chain.add(finding(FindingKind.WISH_LIST, item.id(), itemPointer(i), wishListMessage(i)));
        }
        int gaps = concept == null || concept.gaps().isEmpty() ? 1 : concept.gaps().size();
        for (int g = 0; g < gaps; g++) {
          Id gap = concept == null || concept.gaps().isEmpty() ? null : concept.gaps().get(g);
          if (!contributes) {
            rows.add(itemRow(wish, gap, concept, item));
          }
          for (int l = linkStart[i]; l < linkStart[i + 1]; l++) {
            Ref ref = linked[l];
            if (ref != null && item.links().get(l - linkStart[i]).kind() == LinkKind.CONTRIBUTES) {
              rows.add(itemRow(contributionRow(ref), gap, concept, item));
            }
          }
        }
      }
      // 2. unsupported key results
      int supportedKeyResults = 0;
      List<Id> unsupported = new ArrayList<>();
      for (Ref ref : refs) {
        if (!ref.contributors.isEmpty()) {
          supportedKeyResults++;
          continue;
        }
        Id id = ref.keyResult.id();
        unsupported.add(id);
        chain.add(finding(FindingKind.UNSUPPORTED, id, ref.pointer(), "key result '" + id
            + "' has no road-map item contributing to it" + (ref.supporters.isEmpty() ? ""
                : " (only supported by " + String.join(", ", ref.supporters.stream().map(Id::value).toList()) + ")")));
        Optional<Id> anchor = anchors.get(ref.objective);
        ChainRow.Builder row = ChainRow.builder().keyResult(id).objective(objectives.get(ref.objective).id())
            .strategicObjective(anchor).addBreak(ChainBreak.UNSUPPORTED);
        if (anchor.isEmpty()) {
          row.addBreak(ChainBreak.UNANCHORED);
        }
        rows.add(row.build());
      }
      // 3. objectives: anchoring and key results
      int activeObjectives = 0;
      List<Id> unanchored = new ArrayList<>();
      for (int o = 0; o < objectives.size(); o++) {
        if (!activeObjective[o]) {
          continue;
        }
        activeObjectives++;
        Objective objective = objectives.get(o);
        Optional<Id> anchor = anchors.get(o);
        if (anchor.isPresent()) {
          anchored.add(anchor.get());
        } else {
          unanchored.add(objective.id());
        }
        boolean hasKeyResults = false;
        for (Ref ref : placed[o]) {
          hasKeyResults |= ref != null;
        }
        if (!hasKeyResults) {
          chain.add(finding(FindingKind.NO_KEY_RESULT, objective.id(), "/objectives/" + o, "objective '"
              + objective.id() + "' has no key results: nothing says when it is met"));
          ChainRow.Builder row = ChainRow.builder().objective(objective.id()).strategicObjective(anchor)
              .addBreak(ChainBreak.NO_KEY_RESULT);
          if (anchor.isEmpty()) {
            row.addBreak(ChainBreak.UNANCHORED);
          }
          rows.add(row.build());
        }
        if (anchor.isEmpty()) {
          chain.add(finding(FindingKind.UNANCHORED, objective.id(), "/objectives/" + o, "objective '"
              + objective.id() + "' does not trace to the strategy: neither it nor a parent names one of the "
              + "strategy's objectives"));
        }
      }
      // 4. concepts not planned; gaps
      Map<Id, Boolean> gapCovered = new LinkedHashMap<>();
      int activeConcepts = 0;
      List<Id> notPlanned = new ArrayList<>();
      for (int c = 0; c < concepts.size(); c++) {
        Concept concept = concepts.get(c);
        if (concept.status() == ConceptStatus.DROPPED) {
          continue;
        }
        activeConcepts++;
        boolean planned = realised.contains(concept.id());
        for (Id gap : concept.gaps()) {
          gapCovered.merge(gap, planned, Boolean::logicalOr);
        }
        if (planned) {
          continue;
        }
        notPlanned.add(concept.id());
        chain.add(finding(FindingKind.NOT_PLANNED, concept.id(), "/concepts/" + c, "concept '" + concept.id()
            + "' is realised by no road-map item: it is not planned"));
        if (concept.gaps().isEmpty()) {
          rows.add(ChainRow.builder().concept(concept.id()).addBreak(ChainBreak.NOT_PLANNED).build());
        }
        for (Id gap : concept.gaps()) {
          rows.add(ChainRow.builder().gap(gap).concept(concept.id()).addBreak(ChainBreak.NOT_PLANNED).build());
        }
      }
      // 5. strategic objectives not pursued
      List<Id> notPursued = new ArrayList<>();
      for (Map.Entry<Id, Integer> strategic : strategicIndex.entrySet()) {
        if (anchored.contains(strategic.getKey())) {
          continue;
        }
        notPursued.add(strategic.getKey());
        chain.add(finding(FindingKind.NOT_PURSUED, strategic.getKey(), "/strategy/objectives/" + strategic.getValue(),
            "strategic objective '" + strategic.getKey() + "' has no OKR objective anchored to it"));
        rows.add(ChainRow.builder().strategicObjective(strategic.getKey()).addBreak(ChainBreak.NOT_PURSUED)
            .build());
      }
      List<Id> gapsUncovered = gapCovered.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
      result.addCoverage(
          coverage(ChainLevel.GAP, gapCovered.size() - gapsUncovered.size(), gapCovered.size(), gapsUncovered),
          coverage(ChainLevel.CONCEPT, activeConcepts - notPlanned.size(), activeConcepts, notPlanned),
          coverage(ChainLevel.ITEM, contributingItems, tracedItems, wishList),
          coverage(ChainLevel.KEY_RESULT, supportedKeyResults, keyResults.size(), unsupported),
          coverage(ChainLevel.OBJECTIVE, activeObjectives - unanchored.size(), activeObjectives, unanchored),
          coverage(ChainLevel.STRATEGIC_OBJECTIVE, strategicIndex.size() - notPursued.size(), strategicIndex.size(),
              notPursued));
    }

    /**
     * The message of a wish-list item: it contributes to no key result, and it may support some, which are all its
     * links that resolve.
     */
    private String wishListMessage(int i) {
      RoadmapItem item = items.get(i);
      boolean supports = false;
      for (int l = linkStart[i]; l < linkStart[i + 1] && !supports; l++) {
        supports = linked[l] != null;
      }
      if (!supports) {
        return "road-map item '" + item.id() + "' contributes to no key result: wish-list backlog";
      }
      StringBuilder message = new StringBuilder(128).append("road-map item '").append(item.id())
          .append("' contributes to no key result: wish-list backlog");
      String separator = " (it only supports ";
      for (int l = linkStart[i]; l < linkStart[i + 1]; l++) {
        if (linked[l] != null) {
          message.append(separator).append(item.links().get(l - linkStart[i]).keyResult().value());
          separator = ", ";
        }
      }
      return message.append(", which counts for nothing)").toString();
    }

    /** The chain row of an item contributing to a key result, without the item, its concept and gap. */
    private ChainRow contributionRow(Ref ref) {
      if (ref.row == null) {
        Optional<Id> anchor = anchors.get(ref.objective);
        ChainRow.Builder row = ChainRow.builder().keyResult(ref.keyResult.id())
            .objective(objectives.get(ref.objective).id()).strategicObjective(anchor);
        if (anchor.isEmpty()) {
          row.addBreak(ChainBreak.UNANCHORED);
        }
        ref.row = row.build();
      }
      return ref.row;
    }

    /** A row with an item, its concept (none when null) and the concept's gap (none when null) filled in. */
    private ChainRow itemRow(ChainRow row, @Nullable Id gap, @Nullable Concept concept, RoadmapItem item) {
      ChainRow result = row.withItem(item.id());
      if (concept != null) {
        result = result.withConcept(concept.id());
      }
      return gap == null ? result : result.withGap(gap);
    }

    private LevelCoverage coverage(ChainLevel level, int covered, int total, List<Id> uncovered) {
      return LevelCoverage.builder().level(level).covered(covered).total(total).ratio(ratio(covered, total))
          .uncovered(uncovered).build();
    }

    private TraceMatrix matrix() {
      List<Id> columns = keyResultIds();
      List<Id> rows = new ArrayList<>(items.size());
      List<MatrixCell> cells = new ArrayList<>(linked.length);
      for (int i = 0; i < items.size(); i++) {
        if (!tracedItem[i]) {
          continue;
        }
        RoadmapItem item = items.get(i);
        rows.add(item.id());
        for (int l = linkStart[i]; l < linkStart[i + 1]; l++) {
          Ref ref = linked[l];
          if (ref != null) {
            LinkKind kind = item.links().get(l - linkStart[i]).kind();
            MatrixCell cell = ref.cells[kind.ordinal()];
            if (cell == null) {
              cell = MatrixCell.builder().item(item.id()).keyResult(ref.keyResult.id()).kind(kind).build();
              ref.cells[kind.ordinal()] = cell;
            }
            cells.add(cell.withItem(item.id()));
          }
        }
      }
      // with* copies each list once; the builder would copy element by element, then again when built
      return TraceMatrix.builder().build().withItems(rows).withKeyResults(columns).withCells(cells);
    }
  }
}
