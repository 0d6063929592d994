package dev.mom.priority;

import dev.mom.internal.Numbers;
import dev.mom.internal.Suggestions;
import dev.mom.model.FocusArea;
import dev.mom.model.Id;
import dev.mom.model.InputProblem;
import dev.mom.model.InvalidInputException;
import dev.mom.model.StrategicObjective;
import dev.mom.model.Strategy;
import dev.mom.model.Transformation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Prioritises a transformation's concepts against its strategy with a playbook's
 * {@link PrioritisationModel}.
 *
 * <p><b>Scoring models</b> (all computed exactly in {@code double}; explanations round to 4 decimals):
 * <ul>
 *   <li>{@code strategic-fit}, MOM's own. With the objectives' normalised weights w<sub>o</sub> (summing to
 *       1), the concept's alignment a<sub>o</sub> ∈ {0, 1, 2, 3} to each (0 when not given), the severities
 *       s<sub>g</sub> ∈ [0, 1] of the gaps it addresses (from {@link PrioritisationOptions#gapSeverities()},
 *       else the model's assumed severity), its confidence C ∈ [0, 1], its effort E &gt; 0 and the model's
 *       gap weight β ∈ [0, 1]:
 *       <pre>
 *   A = Σ_o w_o · a_o ÷ 3                  strategic alignment, in [0, 1]
 *   G = 1 − Π_g (1 − s_g)                  gap severity closed, in [0, 1]; 0 without gaps
 *   V = (1 − β) · A + β · G                 value before confidence, in [0, 1]
 *   value = V · C                           score = V · C ÷ E</pre>
 *       Every term is normalised by a fixed scale (3, the severity range), never by the other concepts, so
 *       adding or removing a concept never reorders the others. G combines gaps like independent chances:
 *       each further gap adds its severity times what is still open, so it never lowers G and G never
 *       exceeds 1. Contributions: objective o adds (1 − β)·w<sub>o</sub>·a<sub>o</sub> ÷ 3 · C ÷ E; the k-th
 *       gap in id order adds β·s<sub>k</sub>·Π<sub>j&lt;k</sub>(1 − s<sub>j</sub>) · C ÷ E; they sum to the
 *       score.
 *   <li>{@code rice} (Intercom): score = reach × impact × confidence ÷ effort; value = reach × impact ×
 *       confidence.
 *   <li>{@code ice}: with impact, confidence and ease on 1–10, score = value = I × C × Ease (variant
 *       {@code product}, 1–1000) or (I + C + Ease) ÷ 3 (variant {@code mean}, 1–10).
 *   <li>{@code wsjf} (SAFe): score = (user-business value + time criticality + risk reduction/opportunity
 *       enablement) ÷ job size; value = the cost of delay (the numerator).
 *   <li>{@code weighted}: with the criteria's normalised weights w<sub>k</sub> and each rating normalised on
 *       its criterion's scale, r̂ = (r − min) ÷ (max − min): score = value = Σ_k w<sub>k</sub> · r̂<sub>k</sub>.
 * </ul>
 *
 * <p><b>Objective weights</b>: derived by {@link Ahp} when the strategy has pairwise comparisons (direct
 * weights are then ignored, with a warning), otherwise the objectives' direct weights divided by their sum.
 * Only {@code strategic-fit} reads them.
 *
 * <p><b>Ranking</b>: by score, highest first; ties by value (higher first), then effort (lower first,
 * concepts without effort last), then id. Every concept is ranked, whatever its status.
 *
 * <p><b>Pareto front</b>: among concepts with an effort, a concept is dominated when another has at least its
 * value for at most its effort and is strictly better in one.
 *
 * <p><b>Green-light proposal</b> (with a capacity): candidates are concepts that are ideas, green-lit or
 * prototyping; proven and rolled-out concepts need no capacity and satisfy dependencies and must-cover
 * areas; dropped concepts, and candidates that depend on one, are left out. The proposal is the candidate
 * set of greatest total value whose total effort fits the capacity, with every blocker selected alongside
 * what it blocks, covering each must-cover focus area (a concept covers the focus areas its {@code gaps}
 * name). Found exactly by branch and bound; ties go to less effort, then to the set whose ids come first.
 *
 * <p><b>Robustness</b> ({@code strategic-fit} and {@code weighted}): for each adjacent pair, the smallest
 * change δ of one weight w<sub>o</sub> → w<sub>o</sub> + δ, the others rescaled by (1 − w<sub>o</sub> − δ) ÷
 * (1 − w<sub>o</sub>) to keep the sum 1, at which the two scores tie (the new weight within [0, 1]; ties
 * between weights go to the first). Then {@code runs} weightings are drawn from Dirichlet(κ·w) with a
 * {@link Random} seeded with the seed (weights of 0 stay 0); each concept's probability of ranking in the
 * top k, and of being proposed under the capacity, is the share of runs in which it did.
 *
 * <p><b>Board audit</b>: each recorded board decision is compared with the green-light proposal, or without
 * a capacity with the top k of the ranking; a green-light of a concept the model does not recommend, or a
 * rejection of one it does, is an override.
 *
 * <p>Built once per model, immutable, and safe to share between threads; {@link #prioritise} is pure and
 * deterministic: the concepts are processed in id order, so their order in the input changes nothing.
 * <p><b>Errors.</b> Input that {@code check} accepts never makes this engine throw, and its results never
 * hold NaN or an infinity (reach, effort, capacity and outcome
 * scales are bounded by {@link dev.mom.model.Magnitude}); input it does not
 * accept is refused with an {@link dev.mom.model.InvalidInputException} (an {@code IllegalArgumentException})
 * that lists every problem with its JSON pointer.
 */
public final class ConceptPrioritiser {

  /**
   * The most weightings a robustness analysis draws ({@code runs} of the model or the options): 1,000,000.
   * Each run re-scores every concept, so the work grows with runs × concepts.
   */
  public static final int MAX_RUNS = 1_000_000;

  /** The most AHP power iterations a model may ask for ({@code maxIterations}): 1,000,000. */
  public static final int MAX_ITERATIONS = 1_000_000;

  private final PrioritisationModel model;
  private final List<FocusArea> focusAreas;

  private ConceptPrioritiser(PrioritisationModel model, List<FocusArea> focusAreas) {
    this.model = model;
    this.focusAreas = List.copyOf(focusAreas);
  }

  /**
   * Builds the prioritiser for a model.
   *
   * @param model the playbook's prioritisation model; not null
   * @param focusAreas the playbook's focus areas, which concepts' gaps and must-cover areas may name; not null
   * @return the prioritiser
   */
  public static ConceptPrioritiser of(PrioritisationModel model, List<FocusArea> focusAreas) {
    Objects.requireNonNull(model, "model");
    return new ConceptPrioritiser(model, focusAreas);
  }

  /**
   * The model this prioritiser runs.
   *
   * @return the model
   */
  public PrioritisationModel model() {
    return model;
  }

  /**
   * Checks a transformation against the default options without prioritising.
   *
   * @param transformation the transformation; not null
   * @return every problem, each with its JSON pointer into the transformation document; empty if it can be
   *     prioritised
   */
  public List<InputProblem> check(Transformation transformation) {
    return check(transformation, PrioritisationOptions.defaults());
  }

  /**
   * Checks a transformation and the options of a run without prioritising.
   *
   * @param transformation the transformation; not null
   * @param options the run's options; not null
   * @return every problem, each with its JSON pointer into the transformation document ({@code ""} for the
   *     options, whose messages name the option); empty if it can be prioritised
   */
  public List<InputProblem> check(Transformation transformation, PrioritisationOptions options) {
    List<InputProblem> problems = new ArrayList<>();
    List<Concept> concepts = transformation.concepts();
    if (concepts.isEmpty()) {
      problems.add(new InputProblem("/concepts", "no concepts to prioritise"));
    }
    Id modelId = options.model().orElse(model.defaultModel());
    Optional<ScoringModel> chosen = model.scoringModel(modelId);
    if (chosen.isEmpty()) {
      List<String> known = model.scoringModels().stream().map(m -> m.id().value()).toList();
      problems.add(new InputProblem("", unknown("scoring model", modelId.value(), known, "the playbook has")));
      return problems;
    }
    ScoringModel scoring = chosen.get();
    Optional<Strategy> strategy = transformation.strategy();
    if (scoring.type() == ScoringModelKind.STRATEGIC_FIT) {
      if (strategy.isEmpty()) {
        problems.add(new InputProblem("/strategy", "strategic-fit needs the strategy whose objectives the concepts "
            + "are aligned to"));
      } else {
        checkWeights(strategy.get(), problems);
      }
    }
    List<String> knownGaps = knownGaps(strategy, options);
    Set<String> knownGapSet = new HashSet<>(knownGaps);
    List<String> criteria = scoring.criteria().stream().map(c -> c.id().value()).toList();
    for (int c = 0; c < concepts.size(); c++) {
      Concept concept = concepts.get(c);
      // the pointer "/concepts/" + c is built only when a problem names it
      for (int g = 0; g < concept.gaps().size(); g++) {
        String gap = concept.gaps().get(g).value();
        if (!knownGapSet.contains(gap)) {
          problems.add(new InputProblem("/concepts/" + c + "/gaps/" + g, unknown("gap", gap, knownGaps,
              "a gap is a focus area, an indicator of the strategy, or a gap with a given severity; known are")));
        }
      }
      switch (scoring.type()) {
        case STRATEGIC_FIT:
          need(problems, c, "confidence", concept.confidence().isPresent(), scoring);
          need(problems, c, "effort", concept.effort().isPresent(), scoring);
          break;
        case RICE:
          need(problems, c, "reach", concept.reach().isPresent(), scoring);
          need(problems, c, "impact", concept.impact().isPresent(), scoring);
          need(problems, c, "confidence", concept.confidence().isPresent(), scoring);
          need(problems, c, "effort", concept.effort().isPresent(), scoring);
          break;
        case ICE:
          need(problems, c, "ice", concept.ice().isPresent(), scoring);
          break;
        case WSJF:
          need(problems, c, "wsjf", concept.wsjf().isPresent(), scoring);
          break;
        case WEIGHTED:
          for (Criterion criterion : scoring.criteria()) {
            Double rating = concept.ratings().get(criterion.id());
            if (rating == null) {
              problems.add(new InputProblem("/concepts/" + c + "/ratings", "the " + scoring.id()
                  + " model needs a rating for criterion '" + criterion.id() + "'"));
            } else if (!criterion.scale().contains(rating)) {
              problems.add(new InputProblem("/concepts/" + c + "/ratings/" + criterion.id(), "rating "
                  + Numbers.format(rating) + " is off the scale [" + Numbers.format(criterion.scale().min()) + ", "
                  + Numbers.format(criterion.scale().max()) + "] of criterion '" + criterion.id() + "'"));
            }
          }
          for (Id rated : new TreeSet<>(concept.ratings().keySet())) {
            if (!criteria.contains(rated.value())) {
              problems.add(new InputProblem("/concepts/" + c + "/ratings/" + rated, unknown("criterion",
                  rated.value(), criteria, "the " + scoring.id() + " model has")));
            }
          }
          break;
        default:
          throw new AssertionError(scoring.type());
      }
      if (options.capacity().isPresent() && concept.status().isCandidate() && concept.effort().isEmpty()
          && !(scoring.type() == ScoringModelKind.STRATEGIC_FIT || scoring.type() == ScoringModelKind.RICE)) {
        problems.add(new InputProblem("/concepts/" + c + "/effort", "the green-light proposal needs the effort of "
            + "every candidate concept"));
      }
    }
    List<String> areas = focusAreas.stream().map(a -> a.id().value()).toList();
    for (int m = 0; m < options.mustCover().size(); m++) {
      String area = options.mustCover().get(m).value();
      if (!areas.contains(area)) {
        problems.add(new InputProblem("", "mustCover[" + m + "] " + unknown("focus area", area, areas,
            "the playbook has")));
      }
    }
    if (options.mustCover().size() > 63) {
      problems.add(new InputProblem("", "mustCover names more than 63 focus areas"));
    }
    if (!options.mustCover().isEmpty() && options.capacity().isEmpty()) {
      problems.add(new InputProblem("", "mustCover needs a capacity: it constrains the green-light proposal"));
    }
    return problems;
  }

  private void checkWeights(Strategy strategy, List<InputProblem> problems) {
    // direct weights need no check here: the strategy guarantees they are finite, 0 or more, and sum to more
    // than 0; comparisons must form a complete reciprocal judgement of every pair
    if (!strategy.comparisons().isEmpty()) {
      problems.addAll(Ahp.check(strategy, model.randomIndex()));
    }
  }

  private static void need(List<InputProblem> problems, int concept, String attribute, boolean present,
      ScoringModel scoring) {
    if (!present) {
      problems.add(new InputProblem("/concepts/" + concept + "/" + attribute, "the " + scoring.id() + " model ("
          + scoring.type().id() + ") needs the concept's " + attribute));
    }
  }

  private List<String> knownGaps(Optional<Strategy> strategy, PrioritisationOptions options) {
    Set<String> known = new LinkedHashSet<>();
    focusAreas.forEach(a -> known.add(a.id().value()));
    strategy.ifPresent(s -> s.objectives().forEach(o -> {
      o.focusAreas().forEach(a -> known.add(a.value()));
      o.indicators().forEach(i -> known.add(i.value()));
    }));
    new TreeSet<>(options.gapSeverities().keySet()).forEach(g -> known.add(g.value()));
    return new ArrayList<>(known);
  }

  private static String unknown(String what, String value, List<String> known, String listing) {
    String message = "unknown " + what + " '" + value + "'";
    return Suggestions.closest(value, known).map(s -> message + " (did you mean '" + s + "'?)")
        .orElse(message + "; " + listing + " " + (known.isEmpty() ? "none" : String.join(", ", known)));
  }

  /**
   * Prioritises a transformation's concepts with the default options: the default scoring model, no
   * capacity.
   *
   * @param transformation the transformation with its concepts and strategy; not null
   * @return the prioritisation
   * @throws InvalidInputException with every problem {@link #check(Transformation)} finds
   */
  public Prioritisation prioritise(Transformation transformation) {
    return prioritise(transformation, PrioritisationOptions.defaults());
  }

  /**
   * Prioritises a transformation's concepts.
   *
   * @param transformation the transformation with its concepts, strategy and board decisions; not null
   * @param options the run's choices; not null
   * @return the prioritisation
   * @throws InvalidInputException with every problem {@link #check(Transformation, PrioritisationOptions)}
   *     finds; nothing is computed then
   */
  public Prioritisation prioritise(Transformation transformation, PrioritisationOptions options) {
    List<InputProblem> problems = check(transformation, options);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    ScoringModel scoring = model.scoringModel(options.model().orElse(model.defaultModel())).orElseThrow();
    Prioritisation.Builder result = Prioritisation.builder().model(scoring.id()).type(scoring.type());
    List<Id> weightIds = new ArrayList<>();
    double[] weights = new double[0];
    if (scoring.type() == ScoringModelKind.STRATEGIC_FIT) {
      Strategy strategy = transformation.strategy().orElseThrow();
      List<ObjectiveWeight> objectiveWeights;
      if (!strategy.comparisons().isEmpty()) {
        AhpResult ahp = Ahp.derive(strategy, model.randomIndex(), model.consistencyThreshold(), model.tolerance(),
            model.maxIterations());
        objectiveWeights = ahp.weights();
        result.weightSource(WeightSource.AHP).ahp(ahp);
        Ahp.warning(ahp).ifPresent(result::addWarning);
        if (strategy.objectives().stream().anyMatch(o -> o.weight() != 1.0)) {
          result.addWarning("the objectives' direct weights are ignored: the weights are derived from the board's "
              + "pairwise comparisons");
        }
      } else {
        double sum = 0;
        for (StrategicObjective objective : strategy.objectives()) {
          sum += objective.weight();
        }
        objectiveWeights = new ArrayList<>();
        for (StrategicObjective objective : strategy.objectives()) {
          objectiveWeights.add(ObjectiveWeight.builder().objective(objective.id())
              .weight(objective.weight() / sum).build());
        }
        result.weightSource(WeightSource.DIRECT);
      }
      result.addAllWeights(objectiveWeights);
      weights = objectiveWeights.stream().mapToDouble(ObjectiveWeight::weight).toArray();
      objectiveWeights.forEach(w -> weightIds.add(w.objective()));
    } else if (scoring.type() == ScoringModelKind.WEIGHTED) {
      double sum = 0;
      for (Criterion criterion : scoring.criteria()) {
        sum += criterion.weight();
      }
      weights = new double[scoring.criteria().size()];
      for (int k = 0; k < weights.length; k++) {
        weights[k] = scoring.criteria().get(k).weight() / sum;
        weightIds.add(scoring.criteria().get(k).id());
      }
    }

    List<Concept> concepts = transformation.concepts().stream().sorted(Comparator.comparing(Concept::id)).toList();
    int n = concepts.size();
    Explanations shown = new Explanations(weights,
        scoring.type() == ScoringModelKind.STRATEGIC_FIT ? scoring.gapWeightOrDefault() : 0);
    Scored[] scored = new Scored[n];
    for (int c = 0; c < n; c++) {
      scored[c] = Scoring.score(concepts.get(c), scoring, weightIds, weights, shown, options.gapSeverities());
    }
    double[] scores = new double[n];
    double[] values = new double[n];
    for (int c = 0; c < n; c++) {
      scores[c] = scored[c].score;
      values[c] = scored[c].value;
    }
    double[] efforts = new double[n];
    for (int c = 0; c < n; c++) {
      efforts[c] = concepts.get(c).effort().orElse(Double.NaN);
    }
    int[] ranking = rank(scores, values, efforts);
    int[] rankOf = new int[n];
    for (int r = 0; r < n; r++) {
      rankOf[ranking[r]] = r;
    }

    // Pareto front, and each concept's dominators in id order. The dominators of all concepts together grow
    // with n², so each concept's go straight into its ranked concept, built in id order and added in rank
    // order, instead of being collected into n lists first and copied from them.
    // The lists are given to the built value with withX, which copies each once into a list of its size (the
    // builder's addAllX would grow a list element by element and build() copy it again); the dominators are
    // collected into one reused array, and copied from it once.
    RankedConcept[] ranked = new RankedConcept[n];
    List<Integer> front = new ArrayList<>();
    Id[] ids = new Id[n];
    for (int c = 0; c < n; c++) {
      ids[c] = concepts.get(c).id();
    }
    Id[] dominators = new Id[n];
    List<Id> dominatorList = Arrays.asList(dominators);
    for (int c = 0; c < n; c++) {
      Scored s = scored[c];
      Concept concept = concepts.get(c);
      int count = 0;
      double value = values[c];
      double effort = efforts[c];
      if (!Double.isNaN(effort)) {
        // a concept without effort (NaN) fails efforts[d] <= effort; c itself fails the strict comparison
        for (int d = 0; d < n; d++) {
          double other = values[d];
          if (other >= value && efforts[d] <= effort && (other > value || efforts[d] < effort)) {
            dominators[count++] = ids[d];
          }
        }
      }
      boolean optimal = !Double.isNaN(effort) && count == 0;
      if (optimal) {
        front.add(c);
      }
      ranked[c] = RankedConcept.builder().concept(concept.id()).name(concept.name()).status(concept.status())
          .rank(rankOf[c] + 1).score(s.score).value(s.value).effort(concept.effort()).formula(s.formula)
          .substituted(s.substituted).paretoOptimal(optimal).build().withTerms(s.terms)
          .withContributions(s.contributions).withDominatedBy(dominatorList.subList(0, count));
    }
    front.sort(Comparator.<Integer>comparingDouble(c -> efforts[c]).thenComparing(c -> c));
    front.forEach(c -> result.addParetoFront(concepts.get(c).id()));
    for (int r = 0; r < n; r++) {
      result.addRanking(ranked[ranking[r]]);
    }

    // green-light proposal
    Portfolio portfolio = new Portfolio(concepts, options.mustCover());
    Set<Id> recommended = new TreeSet<>();
    String basis;
    if (options.capacity().isPresent()) {
      double capacity = options.capacity().getAsDouble();
      GreenLightProposal proposal = portfolio.propose(values, capacity, ranking, rankOf);
      result.greenLight(proposal);
      if (!proposal.feasible()) {
        result.addWarning("no selection of candidates within capacity " + Numbers.format(capacity)
            + " covers every must-cover focus area " + options.mustCover());
      }
      recommended.addAll(proposal.selected());
      basis = "the green-light proposal under capacity " + Numbers.format(capacity);
    } else {
      int k = options.topK().orElse(model.topK());
      for (int r = 0; r < Math.min(k, n); r++) {
        recommended.add(concepts.get(ranking[r]).id());
      }
      basis = "the top " + k + " of the ranking (no capacity was given)";
    }

    // robustness
    if (scoring.isWeighted() && weights.length > 0) {
      result.robustness(robustness(scored, concepts, ranking, weights, weightIds, scoring, options, portfolio,
          efforts));
    }

    // board audit
    if (!transformation.boardDecisions().isEmpty()) {
      result.audit(audit(transformation.boardDecisions(), concepts, rankOf, ranking, recommended, basis));
    }
    return result.build();
  }

  private Robustness robustness(Scored[] scored, List<Concept> concepts, int[] ranking, double[] weights,
      List<Id> weightIds, ScoringModel scoring, PrioritisationOptions options, Portfolio portfolio,
      double[] efforts) {
    int n = concepts.size();
    int m = weights.length;
    int k = options.topK().orElse(model.topK());
    int runs = options.runs().orElse(model.runs());
    long seed = options.seed().orElse(model.seed());
    Robustness.Builder robustness = Robustness.builder()
        .weightsOf(scoring.type() == ScoringModelKind.WEIGHTED ? ContributionKind.CRITERION : ContributionKind.OBJECTIVE)
        .addAllWeights(weightIds).runs(runs).seed(seed).concentration(model.concentration()).topK(k);
    // linear forms: score(w) = Σ w_j x_j + b, with b the score at the weights 0 and b + x_j at the unit
    // weights e_j. At e_j the weighted sum Σ w_i · coefficient_i is exactly coefficient_j (every other term is
    // 0), so x_j is 0 (b − b) for the weights a concept has no coefficient for.
    double[][] x = new double[n][m];
    double[] b = new double[n];
    for (int c = 0; c < n; c++) {
      Scored s = scored[c];
      b[c] = s.scoreOf(s.valueOf(0));
      for (int i = 0; i < s.weighted.length; i++) {
        x[c][s.weighted[i]] = s.scoreOf(s.valueOf(s.coefficients[i])) - b[c];
      }
    }
    double[] d = new double[m];
    int[] nonzero = new int[m];
    for (int r = 0; r + 1 < n; r++) {
      int h = ranking[r];
      int l = ranking[r + 1];
      double d0 = b[h] - b[l];
      int count = 0;
      for (int j = 0; j < m; j++) {
        d[j] = x[h][j] - x[l][j];
        d0 += weights[j] * d[j];
        if (d[j] != 0) {
          nonzero[count++] = j;
        }
      }
      // rest = Σ_{j ≠ o} w_j d_j in j order, from 0. A term with d_j = 0 is ±0, and adding ±0 to a sum that
      // started at +0 leaves it unchanged (such a sum is never −0), so the sum over the j with d_j ≠ 0 is the
      // same double; for every o with d_o = 0 it is the one sum over all of them.
      double restOfAll = 0;
      for (int i = 0; i < count; i++) {
        restOfAll += weights[nonzero[i]] * d[nonzero[i]];
      }
      int bestWeight = -1;
      double bestChange = 0;
      for (int o = 0; o < m; o++) {
        if (weights[o] >= 1) {
          continue;
        }
        double rest = 0;
        if (d[o] == 0) {
          rest = restOfAll;
        } else {
          for (int i = 0; i < count; i++) {
            int j = nonzero[i];
            if (j != o) {
              rest += weights[j] * d[j];
            }
          }
        }
        double slope = d[o] - rest / (1 - weights[o]);
        double change;
        if (d0 == 0) {
          change = 0;
        } else if (slope == 0) {
          continue;
        } else {
          change = -d0 / slope;
        }
        double moved = weights[o] + change;
        if (moved < -1e-12 || moved > 1 + 1e-12) {
          continue;
        }
        if (bestWeight < 0 || Math.abs(change) < Math.abs(bestChange)) {
          bestWeight = o;
          bestChange = change;
        }
      }
      RankSwap.Builder swap = RankSwap.builder().higher(concepts.get(h).id()).lower(concepts.get(l).id());
      if (bestWeight >= 0) {
        swap.weight(weightIds.get(bestWeight)).change(bestChange)
            .newWeight(Math.min(1, Math.max(0, weights[bestWeight] + bestChange)));
      }
      robustness.addSwap(swap.build());
    }
    Random random = new Random(seed);
    int[] top = new int[n];
    int[] lit = new int[n];
    double[] scores = new double[n];
    double[] values = new double[n];
    for (int run = 0; run < runs; run++) {
      double[] drawn = Dirichlet.draw(random, weights, model.concentration());
      for (int c = 0; c < n; c++) {
        Scored s = scored[c];
        values[c] = s.valueOf(s.sumAt(drawn));
        scores[c] = s.scoreOf(values[c]);
      }
      for (int c : first(Math.min(k, n), scores, values, efforts)) {
        top[c]++;
      }
      if (options.capacity().isPresent()) {
        for (int c : portfolio.select(values, options.capacity().getAsDouble())) {
          lit[c]++;
        }
      }
    }
    for (int c : ranking) {
      RankProbability.Builder probability = RankProbability.builder().concept(concepts.get(c).id())
          .topK((double) top[c] / runs);
      if (options.capacity().isPresent()) {
        probability.greenLit((double) lit[c] / runs);
      }
      robustness.addProbability(probability.build());
    }
    return robustness.build();
  }

  private static BoardAudit audit(List<BoardDecision> decisions, List<Concept> concepts, int[] rankOf,
      int[] ranking, Set<Id> recommended, String basis) {
    Map<Id, Integer> index = new HashMap<>();
    for (int c = 0; c < concepts.size(); c++) {
      index.put(concepts.get(c).id(), c);
    }
    List<BoardDecision> sorted = decisions.stream()
        .sorted(Comparator.comparingInt(d -> rankOf[index.get(d.concept())])).toList();
    BoardAudit.Builder audit = BoardAudit.builder().basis(basis);
    Set<Id> decided = new TreeSet<>();
    for (BoardDecision decision : sorted) {
      Id concept = decision.concept();
      decided.add(concept);
      int rank = rankOf[index.get(concept)] + 1;
      boolean isRecommended = recommended.contains(concept);
      boolean greenLight = decision.verdict() == BoardVerdict.GREEN_LIGHT;
      boolean override = greenLight != isRecommended;
      String explanation = (override ? "override: " : "agrees: ") + "the board "
          + (greenLight ? "green-lit" : "rejected") + " '" + concept + "' (rank " + rank + "), which "
          + (isRecommended ? "is" : "is not") + " in " + basis;
      audit.addEntry(AuditEntry.builder().concept(concept).verdict(decision.verdict()).rationale(decision.rationale())
          .rank(rank).recommended(isRecommended).override(override).explanation(explanation).build());
      if (override) {
        audit.addOverride(concept);
      }
    }
    for (int c : ranking) {
      Id concept = concepts.get(c).id();
      if (recommended.contains(concept) && !decided.contains(concept)) {
        audit.addUndecided(concept);
      }
    }
    return audit.build();
  }

  /** Indices in rank order: score desc, value desc, effort asc (NaN last), index (= id order) asc. */
  static int[] rank(double[] scores, double[] values, double[] efforts) {
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (p, q) -> compareRanks(p, q, scores, values, efforts));
    return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
  }

  /** The rank order of two indices: negative if p ranks before q; a total order (ties go to the index). */
  private static int compareRanks(int p, int q, double[] scores, double[] values, double[] efforts) {
    int c = Double.compare(scores[q], scores[p]);
    if (c == 0) {
      c = Double.compare(values[q], values[p]);
    }
    if (c == 0) {
      boolean pn = Double.isNaN(efforts[p]);
      boolean qn = Double.isNaN(efforts[q]);
      c = pn != qn ? (pn ? 1 : -1) : pn ? 0 : Double.compare(efforts[p], efforts[q]);
    }
    return c != 0 ? c : Integer.compare(p, q);
  }

  /**
   * The first k indices of {@link #rank} in rank order, found by insertion into k places in one pass (the
   * order is total, so they are the same indices in the same order); for a large k, by the whole ranking.
   */
  static int[] first(int k, double[] scores, double[] values, double[] efforts) {
    if (k > 32) {
      return Arrays.copyOf(rank(scores, values, efforts), k);
    }
    int[] first = new int[k];
    int count = 0;
    for (int c = 0; c < scores.length && k > 0; c++) {
      if (count == k && compareRanks(c, first[k - 1], scores, values, efforts) > 0) {
        continue;
      }
      int p = count < k ? count++ : k - 1;
      while (p > 0 && compareRanks(c, first[p - 1], scores, values, efforts) < 0) {
        first[p] = first[p - 1];
        p--;
      }
      first[p] = c;
    }
    return first;
  }

  /**
   * A number for display: rounded half-even to 4 decimals, without trailing zeros.
   *
   * @param number a finite number
   * @return e.g. {@code 0.7333}
   */
  static String display(double number) {
    // BigDecimal.valueOf(number).setScale(4, HALF_EVEN).stripTrailingZeros().toPlainString(), "-0" as "0".
    // Fast path: below 1e9, number × 10⁴ is within 0.003 of the decimal BigDecimal.valueOf reads (half an ulp
    // of the product, plus 10⁴ × half an ulp of the number), so when it is more than 0.01 from a half, that
    // decimal rounds to the same whole number of ten-thousandths. Ties and near-ties take BigDecimal.
    double scaled = number * 10_000;
    double units = Math.rint(scaled);
    if (Math.abs(number) < 1e9 && Math.abs(scaled - units) < 0.49) {
      return Numbers.decimals((long) units, 4);
    }
    String text = java.math.BigDecimal.valueOf(number).setScale(4, java.math.RoundingMode.HALF_EVEN)
        .stripTrailingZeros().toPlainString();
    return text.equals("-0") ? "0" : text;
  }

  /** The candidates, their blockers and covers, and the exact selection. */
  static final class Portfolio {
    private final List<Concept> concepts;
    private final List<Id> mustCover;
    private final int[] candidates;
    private final int[][] needs;
    private final long[] covers;
    private final long required;
    private final boolean coverable;
    private final List<String> notes = new ArrayList<>();

    Portfolio(List<Concept> concepts, List<Id> mustCover) {
      this.concepts = concepts;
      this.mustCover = mustCover;
      Map<Id, Integer> index = new HashMap<>();
      for (int c = 0; c < concepts.size(); c++) {
        index.put(concepts.get(c).id(), c);
      }
      List<Integer> chosen = new ArrayList<>();
      List<Set<Integer>> blockers = new ArrayList<>();
      long done = 0;
      for (int c = 0; c < concepts.size(); c++) {
        Concept concept = concepts.get(c);
        if (concept.status().isDone()) {
          done |= coverBits(concept);
        }
        if (!concept.status().isCandidate() || concept.effort().isEmpty()) {
          continue;
        }
        Set<Integer> needed = new TreeSet<>();
        String blockedBy = null;
        List<Id> stack = new ArrayList<>(concept.dependsOn());
        while (!stack.isEmpty() && blockedBy == null) {
          Concept dependency = concepts.get(index.get(stack.remove(stack.size() - 1)));
          int d = index.get(dependency.id());
          if (dependency.status().isDone() || needed.contains(d)) {
            continue;
          }
          if (!dependency.status().isCandidate() || dependency.effort().isEmpty()) {
            blockedBy = dependency.id() + "' (" + (dependency.status() == ConceptStatus.DROPPED ? "dropped"
                : "without effort") + ")";
          } else {
            needed.add(d);
            stack.addAll(dependency.dependsOn());
          }
        }
        if (blockedBy != null) {
          notes.add("'" + concept.id() + "' is left out: it depends on '" + blockedBy);
          continue;
        }
        chosen.add(c);
        blockers.add(needed);
      }
      candidates = chosen.stream().mapToInt(Integer::intValue).toArray();
      Map<Integer, Integer> position = new HashMap<>();
      for (int p = 0; p < candidates.length; p++) {
        position.put(candidates[p], p);
      }
      needs = new int[candidates.length][];
      covers = new long[candidates.length];
      long all = done;
      for (int p = 0; p < candidates.length; p++) {
        needs[p] = blockers.get(p).stream().mapToInt(position::get).toArray();
        covers[p] = coverBits(concepts.get(candidates[p]));
        all |= covers[p];
      }
      long want = mustCover.isEmpty() ? 0 : (mustCover.size() == 64 ? -1L : (1L << mustCover.size()) - 1);
      required = want & ~done;
      coverable = (all & want) == want;
    }

    private long coverBits(Concept concept) {
      long bits = 0;
      for (int a = 0; a < mustCover.size(); a++) {
        if (concept.gaps().contains(mustCover.get(a))) {
          bits |= 1L << a;
        }
      }
      return bits;
    }

    /** The selected concepts' indices, or empty if none meets the constraints. */
    int[] select(double[] values, double capacity) {
      if (!coverable) {
        return new int[0];
      }
      double[] value = new double[candidates.length];
      double[] effort = new double[candidates.length];
      for (int p = 0; p < candidates.length; p++) {
        value[p] = values[candidates[p]];
        effort[p] = concepts.get(candidates[p]).effort().getAsDouble();
      }
      int[] chosen = new GreenLightSearch(value, effort, needs, covers, required, capacity).solve();
      if (chosen == null) {
        return new int[0];
      }
      return Arrays.stream(chosen).map(p -> candidates[p]).toArray();
    }

    GreenLightProposal propose(double[] values, double capacity, int[] ranking, int[] rankOf) {
      int[] chosen = select(values, capacity);
      boolean feasible = chosen.length > 0 || (required == 0 && coverable);
      int[] inRankOrder = Arrays.stream(chosen).boxed().sorted(Comparator.comparingInt(c -> rankOf[c]))
          .mapToInt(Integer::intValue).toArray();
      double totalValue = 0;
      double totalEffort = 0;
      for (int c : chosen) {
        totalValue += values[c];
        totalEffort += concepts.get(c).effort().getAsDouble();
      }
      // sort and cut, for comparison
      Set<Integer> candidateSet = Arrays.stream(candidates).boxed().collect(Collectors.toSet());
      Map<Integer, Integer> position = new HashMap<>();
      for (int p = 0; p < candidates.length; p++) {
        position.put(candidates[p], p);
      }
      Set<Integer> cut = new TreeSet<>();
      double cutEffort = 0;
      double cutValue = 0;
      double limit = capacity + 1e-9 * Math.max(1, capacity);
      for (int c : ranking) {
        if (!candidateSet.contains(c)) {
          continue;
        }
        boolean unblocked = Arrays.stream(needs[position.get(c)]).allMatch(p -> cut.contains(candidates[p]));
        double effort = concepts.get(c).effort().getAsDouble();
        if (unblocked && cutEffort + effort <= limit) {
          cut.add(c);
          cutEffort += effort;
        }
      }
      List<Id> cutIds = new ArrayList<>();
      for (int c : ranking) {
        if (cut.contains(c)) {
          cutIds.add(concepts.get(c).id());
          cutValue += values[c];
        }
      }
      GreenLightProposal.Builder proposal = GreenLightProposal.builder().capacity(capacity).totalValue(totalValue)
          .totalEffort(totalEffort).addAllMustCover(mustCover).feasible(feasible).addAllSortAndCut(cutIds)
          .sortAndCutValue(cutValue).addAllNotes(notes);
      for (int c : inRankOrder) {
        proposal.addSelected(concepts.get(c).id());
      }
      return proposal.build();
    }
  }

  /** Seeded Dirichlet draws around given weights. */
  static final class Dirichlet {
    private Dirichlet() {}

    /** A draw from Dirichlet(κ·w); components with weight 0 stay 0. */
    static double[] draw(Random random, double[] weights, double concentration) {
      double[] drawn = new double[weights.length];
      double sum = 0;
      for (int j = 0; j < weights.length; j++) {
        drawn[j] = weights[j] > 0 ? gamma(random, concentration * weights[j]) : 0;
        sum += drawn[j];
      }
      if (!(sum > 0)) {
        return weights.clone();
      }
      for (int j = 0; j < weights.length; j++) {
        drawn[j] /= sum;
      }
      return drawn;
    }

    /** Marsaglia and Tsang's method; for shape below 1, Gamma(shape + 1) · U^(1/shape). */
    static double gamma(Random random, double shape) {
      if (shape < 1) {
        double u = random.nextDouble();
        return gamma(random, shape + 1) * Math.pow(u, 1 / shape);
      }
      double d = shape - 1.0 / 3;
      double c = 1 / Math.sqrt(9 * d);
      while (true) {
        double x = random.nextGaussian();
        double v = 1 + c * x;
        if (v <= 0) {
          continue;
        }
        v = v * v * v;
        double u = random.nextDouble();
        if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
          return d * v;
        }
      }
    }
  }

  /**
   * A concept's score under a model, with its explanation, and, for the weighted models (strategic-fit,
   * weighted), its value and score at other weights w: value = {@link #valueOf}(Σ w_j · coefficient_j over the
   * {@code weighted} indices j in ascending order), score = {@link #scoreOf}(value).
   */
  static final class Scored {
    double score;
    double value;
    String formula;
    String substituted;
    List<ScoreTerm> terms = new ArrayList<>();
    List<Contribution> contributions = new ArrayList<>();
    /** The weights' indices the value depends on, ascending, and their coefficients. */
    int[] weighted = new int[0];
    double[] coefficients = new double[0];
    /** Strategic-fit's value of the weighted sum, with its β, G and C; otherwise the value is the sum. */
    boolean strategic;
    double beta;
    double gapTerm;
    double confidence;
    /** What the value is divided by for the score: the effort (strategic-fit), else 1. */
    double per = 1;

    /** Σ w_j · coefficient_j over the weighted indices, in their order. */
    double sumAt(double[] weights) {
      double sum = 0;
      for (int i = 0; i < weighted.length; i++) {
        sum += weights[weighted[i]] * coefficients[i];
      }
      return sum;
    }

    /** The value at a weighted sum: V · C with V = (1 − β) · sum ÷ 3 + β · G for strategic-fit. */
    double valueOf(double sum) {
      return strategic ? ((1 - beta) * (sum / 3) + beta * gapTerm) * confidence : sum;
    }

    /** The score of a value. */
    double scoreOf(double value) {
      return value / per;
    }

    void term(String symbol, String name, double value, String explanation) {
      terms.add(ScoreTerm.builder().symbol(symbol).name(name).value(value).explanation(explanation).build());
    }
  }

  /**
   * What the explanations of one run's concepts share, formatted or built once: the weights, 1 − β and β,
   * and per confidence and effort their display, their terms and the contributions of the objectives a
   * concept is not aligned to. One per run, not shared between threads.
   */
  static final class Explanations {
    final String[] weights;
    /** 1 − β and β, the model's gap weight (strategic-fit; 0 for the other models). */
    final String rest;
    final String beta;
    private final Map<Estimate.Key, Estimate> estimates = new HashMap<>();

    Explanations(double[] weights, double beta) {
      this.weights = new String[weights.length];
      for (int k = 0; k < weights.length; k++) {
        this.weights[k] = display(weights[k]);
      }
      this.rest = display(1 - beta);
      this.beta = display(beta);
    }

    Estimate estimate(double confidence, double effort, int objectives) {
      return estimates.computeIfAbsent(new Estimate.Key(confidence, effort), key -> new Estimate(key, objectives));
    }

    /** A confidence and an effort, shown, their terms, and the contributions of unaligned objectives by index. */
    static final class Estimate {
      /** Compared as Double.compare does: the same bits, the same display. */
      record Key(double confidence, double effort) {}

      final String confidence;
      final String effort;
      final ScoreTerm confidenceTerm;
      final ScoreTerm effortTerm;
      final Contribution[] unaligned;

      Estimate(Key key, int objectives) {
        confidence = display(key.confidence());
        effort = display(key.effort());
        confidenceTerm = ScoreTerm.builder().symbol("C").name("confidence").value(key.confidence())
            .explanation("C = " + confidence).build();
        effortTerm = ScoreTerm.builder().symbol("E").name("effort").value(key.effort()).explanation("E = " + effort)
            .build();
        unaligned = new Contribution[objectives];
      }
    }
  }

  /** The five scoring models. */
  static final class Scoring {
    private Scoring() {}

    static Scored score(Concept concept, ScoringModel model, List<Id> weightIds, double[] weights,
        Explanations shown, Map<Id, Double> severities) {
      switch (model.type()) {
        case STRATEGIC_FIT:
          return strategicFit(concept, model, weightIds, weights, shown, severities);
        case RICE:
          return rice(concept);
        case ICE:
          return ice(concept, model.variant().orElseThrow());
        case WSJF:
          return wsjf(concept);
        case WEIGHTED:
          return weighted(concept, model, weights, shown.weights);
        default:
          throw new AssertionError(model.type());
      }
    }

    private static String d(double number) {
      return display(number);
    }

    static Scored strategicFit(Concept concept, ScoringModel model, List<Id> objectives, double[] weights,
        Explanations shown, Map<Id, Double> severities) {
      String[] shownWeights = shown.weights;
      double beta = model.gapWeightOrDefault();
      double assumed = model.assumedGapSeverityOrDefault();
      double confidence = concept.confidence().getAsDouble();
      double effort = concept.effort().getAsDouble();
      int[] alignment = new int[objectives.size()];
      for (int o = 0; o < alignment.length; o++) {
        alignment[o] = concept.alignment().getOrDefault(objectives.get(o), 0);
      }
      List<Id> gaps = new ArrayList<>(new TreeSet<>(concept.gaps()));
      double open = 1;
      double[] marginal = new double[gaps.size()];
      double[] severity = new double[gaps.size()];
      for (int g = 0; g < gaps.size(); g++) {
        Double given = severities.get(gaps.get(g));
        severity[g] = given != null ? given : assumed;
        marginal[g] = severity[g] * open;
        open *= 1 - severity[g];
      }
      double gapTerm = gaps.isEmpty() ? 0 : 1 - open;
      Scored s = new Scored();
      // the value at other weights sums only the objectives the concept is aligned to: the others' terms
      // w × 0 are 0 and leave the sum as it is
      int aligned = 0;
      for (int o = 0; o < alignment.length; o++) {
        aligned += alignment[o] != 0 ? 1 : 0;
      }
      s.weighted = new int[aligned];
      s.coefficients = new double[aligned];
      for (int o = 0, i = 0; o < alignment.length; o++) {
        if (alignment[o] != 0) {
          s.weighted[i] = o;
          s.coefficients[i++] = alignment[o];
        }
      }
      s.strategic = true;
      s.beta = beta;
      s.gapTerm = gapTerm;
      s.confidence = confidence;
      s.per = effort;
      double sumOfWeights = 0;
      for (int o = 0; o < alignment.length; o++) {
        sumOfWeights += weights[o] * alignment[o];
      }
      double a = sumOfWeights / 3;
      double v = (1 - beta) * a + beta * gapTerm;
      s.value = v * confidence;
      s.score = s.value / effort;
      s.formula = "score = V × C ÷ E; V = (1 − β) × A + β × G; A = Σ w × a ÷ 3; G = 1 − Π (1 − s)";
      // numbers and pieces that recur in the explanations, formatted and built once per confidence and effort
      Explanations.Estimate estimate = shown.estimate(confidence, effort, alignment.length);
      String shownConfidence = estimate.confidence;
      String shownEffort = estimate.effort;
      String shownRest = shown.rest;
      String shownBeta = shown.beta;
      String shownA = d(a);
      String shownG = d(gapTerm);
      String shownV = d(v);
      s.substituted = "score = " + shownV + " × " + shownConfidence + " ÷ " + shownEffort + " = " + d(s.score);
      StringBuilder sum = new StringBuilder(alignment.length * 12);
      for (int o = 0; o < alignment.length; o++) {
        sum.append(o == 0 ? "" : " + ").append(shownWeights[o]).append(" × ").append(alignment[o]);
      }
      s.term("A", "strategic alignment", a, "A = Σ w × a ÷ 3 = (" + sum + ") ÷ 3 = " + shownA);
      StringBuilder product = new StringBuilder();
      String[] shownSeverity = new String[gaps.size()];
      for (int g = 0; g < gaps.size(); g++) {
        shownSeverity[g] = d(severity[g]);
        product.append("(1 − ").append(shownSeverity[g]).append(")");
      }
      s.term("G", "gap severity closed", gapTerm, gaps.isEmpty() ? "G = 0 (the concept addresses no gaps)"
          : "G = 1 − Π (1 − s) = 1 − " + product + " = " + shownG);
      s.term("V", "strategic value", v, "V = (1 − β) × A + β × G = " + shownRest + " × " + shownA + " + "
          + shownBeta + " × " + shownG + " = " + shownV);
      s.terms.add(estimate.confidenceTerm);
      s.terms.add(estimate.effortTerm);
      s.contributions = new ArrayList<>(alignment.length + gaps.size());
      for (int o = 0; o < alignment.length; o++) {
        if (alignment[o] == 0 && estimate.unaligned[o] != null) {
          // the same objective, weight, confidence and effort: the same contribution
          s.contributions.add(estimate.unaligned[o]);
          continue;
        }
        double contribution = (1 - beta) * weights[o] * alignment[o] / 3 * confidence / effort;
        Contribution built = Contribution.builder().kind(ContributionKind.OBJECTIVE).source(objectives.get(o))
            .weight(weights[o]).input(alignment[o]).assumed(false).contribution(contribution)
            .explanation("(1 − β) × w × a ÷ 3 × C ÷ E = " + shownRest + " × " + shownWeights[o] + " × "
                + alignment[o] + " ÷ 3 × " + shownConfidence + " ÷ " + shownEffort + " = " + d(contribution))
            .build();
        if (alignment[o] == 0) {
          estimate.unaligned[o] = built;
        }
        s.contributions.add(built);
      }
      double stillOpen = 1;
      for (int g = 0; g < gaps.size(); g++) {
        double contribution = beta * marginal[g] * confidence / effort;
        Double given = severities.get(gaps.get(g));
        String shownOpen = d(stillOpen);
        s.contributions.add(Contribution.builder().kind(ContributionKind.GAP).source(gaps.get(g))
            .input(severity[g]).assumed(given == null).contribution(contribution)
            .explanation("β × s × (still open " + shownOpen + ") × C ÷ E = " + shownBeta + " × "
                + shownSeverity[g] + (given == null ? " (assumed)" : "") + " × " + shownOpen + " × " + shownConfidence + " ÷ "
                + shownEffort + " = " + d(contribution))
            .build());
        stillOpen *= 1 - severity[g];
      }
      return s;
    }

    static Scored rice(Concept concept) {
      double reach = concept.reach().getAsDouble();
      double impact = concept.impact().getAsDouble();
      double confidence = concept.confidence().getAsDouble();
      double effort = concept.effort().getAsDouble();
      Scored s = new Scored();
      s.value = reach * impact * confidence;
      s.score = s.value / effort;
      s.formula = "score = R × I × C ÷ E";
      s.substituted = "score = " + d(reach) + " × " + d(impact) + " × " + d(confidence) + " ÷ " + d(effort) + " = "
          + d(s.score);
      s.term("R", "reach", reach, "R = " + d(reach));
      s.term("I", "impact", impact, "I = " + d(impact) + " (3 massive, 2 high, 1 medium, 0.5 low, 0.25 minimal)");
      s.term("C", "confidence", confidence, "C = " + d(confidence));
      s.term("E", "effort", effort, "E = " + d(effort));
      return s;
    }

    static Scored ice(Concept concept, IceVariant variant) {
      IceEstimate ice = concept.ice().orElseThrow();
      Scored s = new Scored();
      if (variant == IceVariant.PRODUCT) {
        s.score = ice.impact() * ice.confidence() * ice.ease();
        s.formula = "score = I × C × Ease";
        s.substituted = "score = " + d(ice.impact()) + " × " + d(ice.confidence()) + " × " + d(ice.ease()) + " = "
            + d(s.score);
      } else {
        s.score = (ice.impact() + ice.confidence() + ice.ease()) / 3;
        s.formula = "score = (I + C + Ease) ÷ 3";
        s.substituted = "score = (" + d(ice.impact()) + " + " + d(ice.confidence()) + " + " + d(ice.ease())
            + ") ÷ 3 = " + d(s.score);
      }
      s.value = s.score;
      s.term("I", "impact", ice.impact(), "I = " + d(ice.impact()));
      s.term("C", "confidence", ice.confidence(), "C = " + d(ice.confidence()));
      s.term("Ease", "ease", ice.ease(), "Ease = " + d(ice.ease()));
      return s;
    }

    static Scored wsjf(Concept concept) {
      WsjfEstimate wsjf = concept.wsjf().orElseThrow();
      Scored s = new Scored();
      s.value = wsjf.costOfDelay();
      s.score = s.value / wsjf.jobSize();
      s.formula = "score = (UBV + TC + RR) ÷ JS";
      s.substituted = "score = (" + d(wsjf.userBusinessValue()) + " + " + d(wsjf.timeCriticality()) + " + "
          + d(wsjf.riskReduction()) + ") ÷ " + d(wsjf.jobSize()) + " = " + d(s.score);
      s.term("UBV", "user-business value", wsjf.userBusinessValue(), "UBV = " + d(wsjf.userBusinessValue()));
      s.term("TC", "time criticality", wsjf.timeCriticality(), "TC = " + d(wsjf.timeCriticality()));
      s.term("RR", "risk reduction / opportunity enablement", wsjf.riskReduction(), "RR = " + d(wsjf.riskReduction()));
      s.term("CoD", "cost of delay", s.value, "CoD = UBV + TC + RR = " + d(s.value));
      s.term("JS", "job size", wsjf.jobSize(), "JS = " + d(wsjf.jobSize()));
      return s;
    }

    static Scored weighted(Concept concept, ScoringModel model, double[] weights, String[] shownWeights) {
      List<Criterion> criteria = model.criteria();
      double[] normalised = new double[criteria.size()];
      Scored s = new Scored();
      StringBuilder sum = new StringBuilder();
      for (int k = 0; k < criteria.size(); k++) {
        Criterion criterion = criteria.get(k);
        double rating = concept.ratings().get(criterion.id());
        normalised[k] = criterion.scale().normalise(rating);
        sum.append(k == 0 ? "" : " + ").append(shownWeights[k]).append(" × ").append(d(normalised[k]));
        s.term("r̂[" + criterion.id() + "]", criterion.name(), normalised[k], "r̂ = (r − min) ÷ (max − min) = ("
            + d(rating) + " − " + d(criterion.scale().min()) + ") ÷ (" + d(criterion.scale().max()) + " − "
            + d(criterion.scale().min()) + ") = " + d(normalised[k]));
      }
      s.weighted = new int[normalised.length];
      for (int k = 0; k < normalised.length; k++) {
        s.weighted[k] = k;
      }
      s.coefficients = normalised;
      s.score = s.sumAt(weights);
      s.value = s.score;
      s.formula = "score = Σ w × r̂";
      s.substituted = "score = " + sum + " = " + d(s.score);
      for (int k = 0; k < criteria.size(); k++) {
        double contribution = weights[k] * normalised[k];
        s.contributions.add(Contribution.builder().kind(ContributionKind.CRITERION).source(criteria.get(k).id())
            .weight(weights[k]).input(concept.ratings().get(criteria.get(k).id())).assumed(false)
            .contribution(contribution).explanation("w × r̂ = " + shownWeights[k] + " × " + d(normalised[k]) + " = "
                + d(contribution)).build());
      }
      return s;
    }
  }

  @Override
  public String toString() {
    return "ConceptPrioritiser" + model.scoringModels().stream().map(m -> m.id().value())
        .collect(Collectors.toList());
  }
}
