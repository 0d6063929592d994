package dev.mom.examples.generate;

import dev.mom.diagnosis.Decision;
import dev.mom.diagnosis.DecisionPhase;
import dev.mom.diagnosis.DominanceModel;
import dev.mom.diagnosis.EvidenceKind;
import dev.mom.diagnosis.Observation;
import dev.mom.diagnosis.ObservationCode;
import dev.mom.diagnosis.SurveyItem;
import dev.mom.diagnosis.SurveyResponse;
import dev.mom.gap.Direction;
import dev.mom.gap.IdealSource;
import dev.mom.gap.Indicator;
import dev.mom.gap.Measurement;
import dev.mom.impact.DesiredDirection;
import dev.mom.impact.Outcome;
import dev.mom.impact.OutcomeMeasurement;
import dev.mom.impact.SignificanceTest;
import dev.mom.impact.Wave;
import dev.mom.json.MomJson;
import dev.mom.model.ChangeLevel;
import dev.mom.model.EvidenceSource;
import dev.mom.model.FocusArea;
import dev.mom.model.Function;
import dev.mom.model.Id;
import dev.mom.model.Organisation;
import dev.mom.model.Period;
import dev.mom.model.Scale;
import dev.mom.model.StrategicObjective;
import dev.mom.model.Strategy;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.Playbooks;
import dev.mom.priority.BoardDecision;
import dev.mom.priority.BoardVerdict;
import dev.mom.priority.Concept;
import dev.mom.priority.ConceptStatus;
import dev.mom.priority.IceEstimate;
import dev.mom.priority.WsjfEstimate;
import dev.mom.trace.Exemption;
import dev.mom.trace.ExemptionCategory;
import dev.mom.trace.Horizon;
import dev.mom.trace.ItemStatus;
import dev.mom.trace.KeyResult;
import dev.mom.trace.KeyResultKind;
import dev.mom.trace.KeyResultLink;
import dev.mom.trace.LinkKind;
import dev.mom.trace.MetricDirection;
import dev.mom.trace.Objective;
import dev.mom.trace.Roadmap;
import dev.mom.trace.RoadmapItem;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A synthetic {@code mom/transformation} of any size, drawn from a seed: the same seed and counts always give
 * the same case, byte for byte, on every JVM. Used by {@code mom generate}, by the benchmarks, and by anyone
 * who wants to load-test an integration with realistic data.
 *
 * <p>The data tell a story the playbook can find, not uniform noise: one function (sales, engineering, the
 * executives or product; chosen by the seed unless {@linkplain Builder#dominant(Function) given}) takes most of
 * the decisions, on the evidence its archetype relies on, and the survey, the coded observations and the gap
 * measurements agree with it (its "decides" item scores high, the customer-centric ideal scores low, and the
 * higher Theory-of-Change levels are further from their targets). Concepts align to a few strategic
 * objectives each, some depend on others, and the green-lit ones have board decisions; road-map items link to
 * one or two key results, with a few orphan items, some exempt keep-the-lights-on work and some key results no
 * item works on; and of the outcomes measured in two waves, two in three really move between the waves (on
 * panel outcomes with a paired test, and on others with an independent design and a few missing answers).
 *
 * <p>Every element is drawn from its own seeded stream, so the case can be built in memory
 * ({@link #transformation()}) or streamed as canonical JSON ({@link #writeTo(Writer)}) element by element,
 * which keeps memory flat for a million road-map items; both give the same case. The vocabulary (survey items,
 * evidence kinds, codes, gap indicators, focus areas and levels) comes from the {@linkplain Builder#playbook
 * playbook}, by default {@link Playbooks#mom()}, whose engines all run on the result.
 *
 * <p>Instances are immutable and thread-safe. Build one with {@link #builder()}:
 * <pre>{@code
 * SyntheticCase synthetic = SyntheticCase.builder().decisions(1_000).responses(200).seed(7).build();
 * Transformation transformation = synthetic.transformation();
 * }</pre>
 */
public final class SyntheticCase {

  private static final List<Function> ARCHETYPE_FUNCTIONS =
      List.of(Function.SALES, Function.ENGINEERING, Function.EXECUTIVE, Function.PRODUCT);
  private static final List<Function> FUNCTIONS = List.of(Function.SALES, Function.ENGINEERING, Function.EXECUTIVE,
      Function.PRODUCT, Function.SUPPORT, Function.CUSTOMER_SERVICE);
  private static final List<String> INSIGHT = List.of("customer-interview", "usability-test", "support-tickets",
      "customer-feedback", "field-observation");
  private static final List<String> IDEAL_SIGNALS = List.of("researchValued", "licenceToExperiment",
      "alignedOnVision", "customerProblemsMotivate", "customerValueEverywhere");
  private static final List<String> OTHER_CODES = List.of("backlog-wishlist", "no-discovery", "feature-factory",
      "silo", "insight-cited", "experiment-run", "customer-story-shared", "strategy-link");
  private static final List<String> TOPICS = List.of("bulk price updates", "multi-warehouse transfers",
      "e-invoice integration", "mobile approvals", "a dealer licence portal", "payroll export", "cloud backup",
      "the report designer", "bank reconciliation", "inventory forecasting", "CRM sync", "tax rule updates",
      "onboarding wizards", "in-app help", "usage analytics", "offline mode");
  private static final List<String> THEMES = List.of("customer advisory forum", "insight tools", "listen and tell",
      "customer data platform", "discovery interviews", "outcome OKRs", "journey mapping", "support voice in planning",
      "pulse surveys", "research guild", "jobs-to-be-done training", "customer-centric hiring");
  private static final List<String> CUSTOMER_METRICS = List.of("nps", "usage", "csat", "adoption", "retention");
  private static final double[] RICE_IMPACTS = {0.25, 0.5, 1, 2, 3};
  private static final double[] CONFIDENCES = {0.5, 0.8, 1};
  private static final DecisionPhase[] PHASES = DecisionPhase.values();
  private static final LocalDate START = LocalDate.of(2021, 1, 1);

  // the streams every element is drawn from: one per kind of element
  private static final int DOMINANT = 1;
  private static final int DECISION = 2;
  private static final int RESPONSE = 3;
  private static final int OBSERVATION = 4;
  private static final int MEASUREMENT = 5;
  private static final int CONCEPT = 6;
  private static final int STATUS = 7;
  private static final int OUTCOME = 8;
  private static final int RESPONDENT = 9;
  private static final int WAVE = 10;
  private static final int OBJECTIVE = 11;
  private static final int ITEM = 12;
  private static final int STRATEGY = 13;

  private final long seed;
  private final int decisions;
  private final int responses;
  private final int observationSources;
  private final int measurements;
  private final int concepts;
  private final int strategicObjectives;
  private final int outcomes;
  private final int respondents;
  private final int keyResults;
  private final int items;
  private final Playbook playbook;
  private final Function dominant;

  // the playbook's vocabulary, resolved once
  private final List<SurveyItem> surveyItems;
  private final Set<String> evidenceKinds;
  private final List<String> allEvidenceKinds;
  private final Set<String> codes;
  private final List<String> allCodes;
  private final List<Indicator> indicators;
  private final List<FocusArea> focusAreas;
  private final List<ChangeLevel> levels;
  private final Strategy strategy;
  /** What a concept may name as a gap: the focus areas and the strategy's indicators. */
  private final List<Id> gapIds;

  private SyntheticCase(Builder builder) {
    this.seed = builder.seed;
    this.decisions = builder.decisions;
    this.responses = builder.responses;
    this.observationSources = builder.observationSources.orElse(
        decisions + responses == 0 ? 0 : Math.max(4, Math.min(400, (decisions + responses) / 50)));
    this.measurements = builder.measurements;
    this.concepts = builder.concepts;
    this.strategicObjectives = builder.strategicObjectives;
    this.outcomes = builder.outcomes;
    this.respondents = builder.respondents;
    this.keyResults = builder.keyResults;
    this.items = builder.items;
    this.playbook = builder.playbook;
    this.dominant = builder.dominant.orElseGet(
        () -> ARCHETYPE_FUNCTIONS.get(random(DOMINANT, 0).nextInt(ARCHETYPE_FUNCTIONS.size())));
    Optional<DominanceModel> diagnosis = playbook.diagnosis();
    this.surveyItems = diagnosis.map(DominanceModel::surveyItems).orElse(List.of());
    this.allEvidenceKinds = diagnosis.map(m -> m.evidenceKinds().stream().map(EvidenceKind::id).map(Id::value)
        .toList()).orElse(List.of());
    this.evidenceKinds = Set.copyOf(allEvidenceKinds);
    this.allCodes = diagnosis.map(m -> m.codes().stream().map(ObservationCode::id).map(Id::value).toList())
        .orElse(List.of());
    this.codes = Set.copyOf(allCodes);
    this.indicators = playbook.gaps().map(g -> g.indicators()).orElse(List.of());
    this.focusAreas = playbook.focusAreas();
    this.levels = playbook.changeLevels();
    this.strategy = strategy();
    List<Id> gaps = new ArrayList<>();
    focusAreas.forEach(a -> gaps.add(a.id()));
    strategy.objectives().forEach(o -> gaps.addAll(o.indicators()));
    this.gapIds = List.copyOf(new LinkedHashSet<>(gaps));
    if ((decisions > 0 && allEvidenceKinds.isEmpty()) || (responses > 0 && surveyItems.isEmpty())
        || (observationSources > 0 && allCodes.isEmpty())) {
      throw new IllegalArgumentException("playbook '" + playbook.id() + "' has no diagnosis model to draw "
          + "decisions, survey responses and observations from");
    }
    if (measurements > 0 && indicators.isEmpty()) {
      throw new IllegalArgumentException("playbook '" + playbook.id() + "' has no gap indicators to measure");
    }
    if ((outcomes > 0 || concepts > 0 || keyResults > 0) && levels.isEmpty()) {
      throw new IllegalArgumentException("playbook '" + playbook.id() + "' has no change levels");
    }
  }

  /**
   * Starts a synthetic case: by default 200 decisions, 50 survey responses, 320 gap measurements, 20 concepts
   * against 4 strategic objectives, 5 outcomes measured on 40 respondents in two waves, 20 key results and 100
   * road-map items, with seed 1 and the default playbook.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The seed every element is drawn from.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The function that dominates the product decisions of this case.
   *
   * @return the function; one of sales, engineering, executive and product
   */
  public Function dominant() {
    return dominant;
  }

  /**
   * Builds the whole case in memory.
   *
   * @return the transformation; valid, and analysable with the playbook's engines
   */
  public Transformation transformation() {
    Transformation.Builder builder = Transformation.builder().from(header());
    sequence(decisions, this::decision).forEach(builder::addDecisions);
    sequence(responses, this::response).forEach(builder::addSurveyResponses);
    observations().forEach(builder::addObservations);
    sequence(measurements, this::measurement).forEach(builder::addMeasurements);
    sequence(concepts, this::concept).forEach(builder::addConcepts);
    boardDecisions().forEach(builder::addBoardDecisions);
    sequence(outcomes, this::outcome).forEach(builder::addOutcomes);
    if (outcomes > 0) {
      for (int w = 0; w < 2; w++) {
        Wave.Builder wave = Wave.builder().from(wave(w));
        waveMeasurements(w).forEach(wave::addMeasurements);
        builder.addWaves(wave.build());
      }
    }
    sequence(objectiveCount(), this::objective).forEach(builder::addObjectives);
    if (items > 0) {
      Roadmap.Builder roadmap = Roadmap.builder().from(roadmap());
      sequence(items, this::item).forEach(roadmap::addItems);
      builder.roadmap(roadmap.build());
    }
    return builder.build();
  }

  /**
   * Writes the case as a canonical {@code mom/transformation} document (what {@code MomJson.write} writes for
   * {@link #transformation()}), element by element, without building it in memory. The stream is flushed, not
   * closed.
   *
   * @param out where the UTF-8 JSON goes; not null
   * @throws IOException if the stream cannot be written
   */
  public void writeTo(OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    writeTo(writer);
  }

  /**
   * Writes the case as a canonical {@code mom/transformation} document, as {@link #writeTo(OutputStream)} does,
   * to a character stream, which is flushed, not closed.
   *
   * @param out where the JSON text goes; not null
   * @throws IOException if the stream cannot be written
   */
  public void writeTo(Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    CanonicalSections json = new CanonicalSections(MomJson.standard(), out);
    json.open(header(), 0);
    json.list("decisions", sequence(decisions, this::decision).iterator(), 2);
    json.list("surveyResponses", sequence(responses, this::response).iterator(), 2);
    json.list("observations", observations().iterator(), 2);
    json.list("measurements", sequence(measurements, this::measurement).iterator(), 2);
    json.list("concepts", sequence(concepts, this::concept).iterator(), 2);
    json.list("boardDecisions", boardDecisions().iterator(), 2);
    json.list("outcomes", sequence(outcomes, this::outcome).iterator(), 2);
    if (outcomes > 0) {
      json.property("waves", 2);
      json.raw("[");
      for (int w = 0; w < 2; w++) {
        json.raw(w == 0 ? "\n    " : ",\n    ");
        json.open(wave(w), 4);
        json.list("measurements", waveMeasurements(w).iterator(), 6);
        json.close(4);
      }
      json.raw("\n  ]");
    }
    json.list("objectives", sequence(objectiveCount(), this::objective).iterator(), 2);
    if (items > 0) {
      json.property("roadmap", 2);
      json.open(roadmap(), 2);
      json.list("items", sequence(items, this::item).iterator(), 4);
      json.close(2);
    }
    json.close(0);
    json.raw("\n");
    out.flush();
  }

  // --- the small parts: organisation, strategy, wave and road-map headers

  private Transformation header() {
    StringBuilder description = new StringBuilder("A synthetic case generated from seed ").append(seed)
        .append(" by mom generate: illustrative data, not a real organisation. ")
        .append(label(dominant)).append(" dominates the product decisions.");
    Transformation.Builder header = Transformation.builder()
        .id(Id.of("synthetic-" + Long.toUnsignedString(seed)))
        .title("Synthetic case " + Long.toUnsignedString(seed))
        .description(description.toString())
        .organisation(Organisation.builder().id(Id.of("synthetic-org")).name("Synthetic Software Ltd")
            .sector("B2B business software").addAllFunctions(FUNCTIONS).build())
        .period(Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31)));
    if (concepts > 0 || measurements > 0 || keyResults > 0) {
      header.strategy(strategy);
    }
    return header.build();
  }

  private static String label(Function function) {
    String id = function.id().value();
    return Character.toUpperCase(id.charAt(0)) + id.substring(1);
  }

  private Strategy strategy() {
    Strategy.Builder strategy = Strategy.builder().id(Id.of("strategy")).title("Company strategy 2021–2022")
        .period(Period.of(START, LocalDate.of(2022, 12, 31)));
    for (int o = 0; o < strategicObjectives; o++) {
      SplittableRandom r = random(STRATEGY, o);
      StrategicObjective.Builder objective = StrategicObjective.builder().id(Id.of(strategicObjectiveId(o)))
          .statement("Strategic objective " + (o + 1) + ": " + THEMES.get(o % THEMES.size()) + " for every customer")
          .weight(round(0.5 + r.nextDouble() * 2, 1));
      if (!focusAreas.isEmpty()) {
        FocusArea area = focusAreas.get(o % focusAreas.size());
        objective.addFocusAreas(area.id());
        indicators.stream().filter(i -> i.focusArea().equals(area.id())).limit(2)
            .forEach(i -> objective.addIndicators(i.id()));
      }
      if (!levels.isEmpty()) {
        objective.addChangeLevels(levels.get(o % levels.size()).id());
      }
      strategy.addObjectives(objective.build());
    }
    return strategy.build();
  }

  private static String strategicObjectiveId(int o) {
    return "so-" + number(o + 1, 2);
  }

  private Wave wave(int w) {
    return w == 0
        ? Wave.builder().id(Id.of("baseline")).name("Baseline")
            .period(Period.of(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31))).build()
        : Wave.builder().id(Id.of("follow-up")).name("Follow-up")
            .period(Period.of(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 31))).build();
  }

  private Roadmap roadmap() {
    return Roadmap.builder().title("Action road map 2021–2022").period(Period.of(START, LocalDate.of(2022, 12, 31)))
        .build();
  }

  // --- diagnosis evidence

  private Decision decision(int i) {
    SplittableRandom r = random(DECISION, i);
    Function decidedBy = r.nextDouble() < 0.5 ? dominant : pick(r, ARCHETYPE_FUNCTIONS);
    Function initiatedBy = r.nextDouble() < 0.45 ? dominant : pick(r, FUNCTIONS);
    Decision.Builder decision = Decision.builder().id(Id.of("d-" + number(i + 1, 4)))
        .title(decisionTitle(decidedBy, TOPICS.get(r.nextInt(TOPICS.size()))))
        .date(START.plusDays(r.nextInt(730))).phase(PHASES[r.nextInt(PHASES.length)])
        .initiatedBy(initiatedBy).decidedBy(decidedBy);
    Set<Function> consulted = new LinkedHashSet<>();
    for (int c = r.nextInt(3); c > 0; c--) {
      Function function = pick(r, FUNCTIONS);
      if (!function.equals(decidedBy)) {
        consulted.add(function);
      }
    }
    decision.addAllConsulted(consulted);
    double overrides = dominant.equals(Function.EXECUTIVE) ? 0.3 : 0.05;
    if (!decidedBy.equals(Function.EXECUTIVE) && r.nextDouble() < overrides) {
      decision.overriddenBy(Function.EXECUTIVE);
    }
    Set<String> evidence = new LinkedHashSet<>();
    List<String> usual = evidenceOf(decidedBy);
    evidence.add(pick(r, usual));
    if (r.nextDouble() < 0.4) {
      evidence.add(pick(r, usual));
    }
    if (r.nextDouble() < 0.15) {
      evidence.add(pick(r, known(INSIGHT, evidenceKinds, allEvidenceKinds)));
    }
    evidence.forEach(e -> decision.addEvidence(Id.of(e)));
    decision.strategyLinked(r.nextDouble() < 0.3)
        .experimented(r.nextDouble() < (decidedBy.equals(Function.PRODUCT) ? 0.3 : 0.08));
    return decision.build();
  }

  private static String decisionTitle(Function decidedBy, String topic) {
    if (decidedBy.equals(Function.SALES)) {
      return "Commit the next release to " + topic + " for a key account";
    } else if (decidedBy.equals(Function.ENGINEERING)) {
      return "Rebuild " + topic + " on the new platform";
    } else if (decidedBy.equals(Function.EXECUTIVE)) {
      return "Fast-track " + topic + " at the board's request";
    }
    return "Prioritise " + topic + " from the usage numbers";
  }

  private List<String> evidenceOf(Function function) {
    List<String> usual;
    if (function.equals(Function.SALES)) {
      usual = List.of("sales-request", "partner-request", "sales-data");
    } else if (function.equals(Function.ENGINEERING)) {
      usual = List.of("technical-constraint", "competitor-move");
    } else if (function.equals(Function.EXECUTIVE)) {
      usual = List.of("executive-directive", "competitor-move");
    } else {
      usual = List.of("usage-analytics", "a-b-test", "survey-scores");
    }
    return known(usual, evidenceKinds, allEvidenceKinds);
  }

  private SurveyResponse response(int i) {
    SplittableRandom r = random(RESPONSE, i);
    Function function = pick(r, FUNCTIONS);
    double bias = gaussian(r) * 0.4;
    String dominantSignal = dominantSignal();
    Map<Id, Double> answers = new TreeMap<>();
    for (SurveyItem item : surveyItems) {
      double mean;
      if (item.signal().equals(dominantSignal)) {
        mean = 4.2;
      } else if (item.signal().endsWith("Decides") || item.signal().equals("numbersOverInsight")) {
        mean = 2.3;
      } else if (IDEAL_SIGNALS.contains(item.signal())) {
        mean = 2.4;
      } else {
        mean = 3.7;
      }
      if (item.reverse()) {
        mean = 6 - mean;
      }
      Scale scale = item.scale();
      answers.put(item.id(), onScale(mean + bias + gaussian(r) * 0.7, scale));
    }
    return SurveyResponse.builder().respondent(Id.of("r-" + number(i + 1, 4))).function(function)
        .answers(answers).build();
  }

  private String dominantSignal() {
    if (dominant.equals(Function.SALES)) {
      return "salesDecides";
    } else if (dominant.equals(Function.ENGINEERING)) {
      return "engineeringDecides";
    } else if (dominant.equals(Function.EXECUTIVE)) {
      return "leadersDecide";
    }
    return "numbersOverInsight";
  }

  private String dominantCode() {
    if (dominant.equals(Function.SALES)) {
      return "sales-promise";
    } else if (dominant.equals(Function.ENGINEERING)) {
      return "tech-first";
    } else if (dominant.equals(Function.EXECUTIVE)) {
      return "hippo-decision";
    }
    return "metrics-only";
  }

  private Stream<Observation> observations() {
    EvidenceSource[] kinds = {EvidenceSource.INTERVIEW, EvidenceSource.DOCUMENT_REVIEW, EvidenceSource.OBSERVATION};
    List<String> usual = known(List.of(dominantCode()), codes, allCodes);
    List<String> others = known(OTHER_CODES, codes, allCodes);
    return IntStream.range(0, observationSources).boxed().flatMap(s -> {
      SplittableRandom r = random(OBSERVATION, s);
      EvidenceSource kind = kinds[r.nextInt(kinds.length)];
      Id source = Id.of(kind.toString().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-"
          + number(s + 1, 3));
      Function function = pick(r, FUNCTIONS);
      Set<String> found = new LinkedHashSet<>();
      if (r.nextDouble() < 0.6) {
        found.add(pick(r, usual));
      }
      for (int c = 1 + r.nextInt(2); c > 0; c--) {
        found.add(pick(r, others));
      }
      return found.stream().map(code -> Observation.builder().source(source).sourceKind(kind).function(function)
          .code(Id.of(code)).build());
    });
  }

  // --- gap measurements

  private Measurement measurement(int i) {
    SplittableRandom r = random(MEASUREMENT, i);
    Indicator indicator = indicators.get(i % indicators.size());
    int source = i / indicators.size();
    int level = Math.max(0, levelIndex(indicator.level()));
    double mean = 3.2 - 0.4 * level;
    if (indicator.direction() == Direction.LOWER_IS_BETTER) {
      mean = 6.4 - mean;
    }
    Scale scale = indicator.scale();
    Measurement.Builder measurement = Measurement.builder().indicator(indicator.id())
        .sourceKind(EvidenceSource.SURVEY).source(Id.of("gs-" + number(source + 1, 3)))
        .function(FUNCTIONS.get(source % FUNCTIONS.size()))
        .value(onScale(mean + gaussian(r) * 0.8, scale));
    if (indicator.idealFrom() == IdealSource.PREFERRED) {
      measurement.preferred(onScale(mean + 1.2 + gaussian(r) * 0.5, scale));
    }
    return measurement.build();
  }

  private int levelIndex(Id level) {
    for (int l = 0; l < levels.size(); l++) {
      if (levels.get(l).id().equals(level)) {
        return l;
      }
    }
    return -1;
  }

  // --- concepts and the board's decisions

  private Concept concept(int i) {
    SplittableRandom r = random(CONCEPT, i);
    String theme = THEMES.get(r.nextInt(THEMES.size()));
    Concept.Builder concept = Concept.builder().id(Id.of(conceptId(i))).name("Concept " + (i + 1) + ": " + theme)
        .problem("Teams decide without " + theme + "; customer insight arrives too late.")
        .status(status(i));
    if (!gapIds.isEmpty()) {
      Set<Id> gaps = new LinkedHashSet<>();
      for (int g = 1 + r.nextInt(2); g > 0; g--) {
        gaps.add(gapIds.get(r.nextInt(gapIds.size())));
      }
      concept.addAllGaps(gaps);
    }
    double aligned = Math.min(0.75, 3.0 / Math.max(1, strategicObjectives));
    for (int o = 0; o < strategicObjectives; o++) {
      if (r.nextDouble() < aligned) {
        concept.putAlignment(Id.of(strategicObjectiveId(o)), 1 + r.nextInt(3));
      }
    }
    concept.reach(10 * (1 + r.nextInt(50))).impact(RICE_IMPACTS[r.nextInt(RICE_IMPACTS.length)])
        .confidence(CONFIDENCES[r.nextInt(CONFIDENCES.length)]).effort(0.5 * (1 + r.nextInt(24)))
        .ice(IceEstimate.builder().impact(1 + r.nextInt(10)).confidence(1 + r.nextInt(10)).ease(1 + r.nextInt(10))
            .build())
        .wsjf(WsjfEstimate.builder().userBusinessValue(1 + r.nextInt(10)).timeCriticality(1 + r.nextInt(10))
            .riskReduction(1 + r.nextInt(10)).jobSize(1 + r.nextInt(13)).build());
    if (i > 0 && r.nextDouble() < 0.05) {
      concept.addDependsOn(Id.of(conceptId(Math.max(0, i - 1 - r.nextInt(20)))));
    }
    return concept.build();
  }

  private static String conceptId(int i) {
    return "c-" + number(i + 1, 4);
  }

  private ConceptStatus status(int i) {
    double x = random(STATUS, i).nextDouble();
    return x < 0.08 ? ConceptStatus.GREEN_LIT : x < 0.11 ? ConceptStatus.PROTOTYPING
        : x < 0.13 ? ConceptStatus.DROPPED : ConceptStatus.IDEA;
  }

  private Stream<BoardDecision> boardDecisions() {
    return IntStream.range(0, concepts).mapToObj(i -> {
      ConceptStatus status = status(i);
      if (status == ConceptStatus.IDEA || status == ConceptStatus.PROTOTYPING && i % 2 == 1) {
        return null;
      }
      SplittableRandom r = random(STATUS, -1 - i);
      boolean rejected = status == ConceptStatus.DROPPED;
      return BoardDecision.builder().concept(Id.of(conceptId(i)))
          .verdict(rejected ? BoardVerdict.REJECT : BoardVerdict.GREEN_LIGHT)
          .rationale(rejected ? "Does not serve this year's objectives." : "Closes a gap the board puts first.")
          .date(START.plusDays(r.nextInt(365))).build();
    }).filter(Objects::nonNull);
  }

  // --- outcomes and their two waves

  private Outcome outcome(int o) {
    boolean paired = o % 2 == 0;
    Outcome.Builder outcome = Outcome.builder().id(Id.of("outcome-" + number(o + 1, 2)))
        .statement("Outcome " + (o + 1) + ": employees " + (paired ? "understand" : "act on")
            + " what customers need from " + TOPICS.get(o % TOPICS.size()))
        .level(levels.get(o % levels.size()).id())
        .metric("Agreement on a five-point scale" + (paired ? " (a panel surveyed in both waves)"
            : " (an anonymous pulse survey in each wave)"))
        .scale(Scale.agreement5()).direction(DesiredDirection.INCREASE).minimumDifference(0.3)
        .test(paired ? SignificanceTest.PAIRED_T : SignificanceTest.WELCH_T);
    if (concepts > 0) {
      outcome.addConcepts(Id.of(conceptId(o % concepts)));
    }
    return outcome.build();
  }

  /** The outcome's real effect between the waves: two in three move by 0.6, the others stay. */
  private static double effect(int o) {
    return o % 3 == 2 ? 0 : 0.6;
  }

  private Stream<OutcomeMeasurement> waveMeasurements(int w) {
    return IntStream.range(0, respondents).boxed().flatMap(p -> {
      SplittableRandom person = random(RESPONDENT, p);
      double bias = gaussian(person) * 0.6;
      Function function = pick(person, FUNCTIONS);
      Id unit = Id.of("e-" + number(p + 1, 4));
      SplittableRandom r = random(WAVE + 100 * w, p);
      List<OutcomeMeasurement> answers = new ArrayList<>(outcomes);
      for (int o = 0; o < outcomes; o++) {
        double noise = gaussian(r) * 0.7;
        boolean skipped = r.nextDouble() < 0.05;
        if (o % 2 == 1 && skipped) {
          continue; // an independent outcome: someone skipped the question
        }
        double value = onScale(2.6 + bias + noise + (w == 1 ? effect(o) : 0), Scale.agreement5());
        answers.add(OutcomeMeasurement.builder().outcome(Id.of("outcome-" + number(o + 1, 2))).unit(unit)
            .value(value).source(EvidenceSource.SURVEY).function(function).build());
      }
      return answers.stream();
    });
  }

  // --- objectives with their key results, and the road map

  private int objectiveCount() {
    return (keyResults + 3) / 4;
  }

  private Objective objective(int j) {
    SplittableRandom r = random(OBJECTIVE, j);
    Objective.Builder objective = Objective.builder().id(Id.of("o-" + number(j + 1, 3)))
        .statement("Objective " + (j + 1) + ": customers get more value from " + TOPICS.get(j % TOPICS.size()));
    double x = r.nextDouble();
    if (j > 0 && x < 0.1) {
      objective.parent(Id.of("o-" + number(r.nextInt(j) + 1, 3))); // a team objective under an earlier one
    } else if (x < 0.92) {
      objective.strategicObjective(Id.of(strategicObjectiveId(r.nextInt(strategicObjectives))));
    }
    for (int k = 4 * j; k < Math.min(keyResults, 4 * j + 4); k++) {
      objective.addKeyResults(keyResult(k, r));
    }
    return objective.build();
  }

  private KeyResult keyResult(int k, SplittableRandom r) {
    KeyResult.Builder keyResult = KeyResult.builder().id(Id.of(keyResultId(k))).direction(MetricDirection.INCREASE);
    if (r.nextDouble() < 0.1) {
      int features = 2 + r.nextInt(10);
      return keyResult.statement("Ship " + features + " features of " + TOPICS.get(k % TOPICS.size()))
          .metric("features shipped").unit("features").baseline(0).target(features).current(r.nextInt(features + 1))
          .kind(KeyResultKind.OUTPUT).build();
    }
    String metric = CUSTOMER_METRICS.get(r.nextInt(CUSTOMER_METRICS.size()));
    double baseline = 10 + r.nextInt(40);
    double target = baseline + 5 + r.nextInt(30);
    double current = round(baseline + (target - baseline) * r.nextDouble() * 1.1, 1);
    return keyResult.statement("Customer " + metric + " rises from " + (int) baseline + " to " + (int) target)
        .metric("customer " + metric).unit("points").baseline(baseline).target(target).current(current)
        .customerMetric(Id.of(metric)).build();
  }

  private static String keyResultId(int k) {
    return "kr-" + number(k + 1, 4);
  }

  private RoadmapItem item(int i) {
    SplittableRandom r = random(ITEM, i);
    RoadmapItem.Builder item = RoadmapItem.builder().id(Id.of("item-" + number(i + 1, 5)))
        .title("Item " + (i + 1) + ": " + TOPICS.get(r.nextInt(TOPICS.size())))
        .horizon(Horizon.values()[r.nextInt(3)]).status(ItemStatus.values()[r.nextInt(3)]);
    if (concepts > 0 && r.nextDouble() < 0.5) {
      item.concept(Id.of(conceptId(r.nextInt(concepts))));
    }
    double x = r.nextDouble();
    if (keyResults == 0 || x < 0.04) {
      return item.build(); // an orphan: works on no key result
    } else if (x < 0.07) {
      return item.exemption(Exemption.builder().category(ExemptionCategory.KEEP_THE_LIGHTS_ON)
          .reason("Keeps the product running for existing customers.").build()).build();
    }
    // key results at the end of the list get no item: the plan leaves them uncovered
    int linkable = Math.max(1, keyResults - keyResults / 20);
    Set<Integer> linked = new LinkedHashSet<>();
    for (int l = 1 + (r.nextDouble() < 0.3 ? 1 : 0); l > 0; l--) {
      linked.add(r.nextInt(linkable));
    }
    for (int k : linked) {
      item.addLinks(KeyResultLink.builder().keyResult(Id.of(keyResultId(k)))
          .kind(r.nextDouble() < 0.7 ? LinkKind.CONTRIBUTES : LinkKind.SUPPORTS).build());
    }
    return item.build();
  }

  // --- drawing

  private SplittableRandom random(int stream, long index) {
    long h = seed * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L + index * 0x94D049BB133111EBL;
    h ^= h >>> 31;
    h *= 0xD6E8FEB86659FD93L;
    h ^= h >>> 32;
    return new SplittableRandom(h);
  }

  /** A standard normal draw (Box–Muller with {@link StrictMath}, the same on every JVM). */
  private static double gaussian(SplittableRandom r) {
    double u = 1 - r.nextDouble();
    double v = r.nextDouble();
    return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * v);
  }

  /** The nearest whole point of a scale. */
  private static double onScale(double x, Scale scale) {
    return Math.max(scale.min(), Math.min(scale.max(), Math.rint(x)));
  }

  private static double round(double x, int decimals) {
    double factor = Math.pow(10, decimals);
    return Math.rint(x * factor) / factor;
  }

  private static <T> T pick(SplittableRandom r, List<T> from) {
    return from.get(r.nextInt(from.size()));
  }

  /** The ids the playbook knows, or all of the playbook's if it knows none of them. */
  private static List<String> known(List<String> wanted, Set<String> known, List<String> all) {
    List<String> kept = wanted.stream().filter(known::contains).toList();
    return kept.isEmpty() ? all : kept;
  }

  /** A number padded with zeros to at least {@code width} digits, so that ids sort in their order. */
  private static String number(int n, int width) {
    String digits = Integer.toString(n);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  private static <T> Stream<T> sequence(int count, IntFunction<T> element) {
    return IntStream.range(0, count).mapToObj(element);
  }

  /**
   * The counts, seed and playbook of a synthetic case. Not thread-safe; the built case is.
   */
  public static final class Builder {
    private long seed = 1;
    private int decisions = 200;
    private int responses = 50;
    private Optional<Integer> observationSources = Optional.empty();
    private int measurements = 320;
    private int concepts = 20;
    private int strategicObjectives = 4;
    private int outcomes = 5;
    private int respondents = 40;
    private int keyResults = 20;
    private int items = 100;
    private Playbook playbook = Playbooks.mom();
    private Optional<Function> dominant = Optional.empty();

    private Builder() {}

    /**
     * Sets the seed: the same seed and counts give the same case.
     *
     * @param seed any number
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets how many decisions the decision log holds.
     *
     * @param count 0 or more
     * @return this builder
     * @throws IllegalArgumentException if the count is negative
     */
    public Builder decisions(int count) {
      this.decisions = count(count, "decisions");
      return this;
    }

    /**
     * Sets how many respondents answered the diagnosis survey.
     *
     * @param count 0 or more
     * @return this builder
     * @throws IllegalArgumentException if the count is negative
     */
    public Builder responses(int count) {
      this.responses = count(count, "responses");
      return this;
    }

    /**
     * Sets how many interviews, document reviews and observed meetings were coded (each gives one to three
     * observations); by default one per 50 decisions and responses, from 4 to 400, and none without either.
     *
     * @param count 0 or more
     * @return this builder
     * @throws IllegalArgumentException if the count is negative
     */
    public Builder observationSources(int count) {
      this.observationSources = Optional.of(count(count, "observationSources"));
      return this;
    }

    /**
     * Sets how many gap measurements there are; each source measures the playbook's indicators in turn.
     *
     * @param count 0 or more
     * @return this builder
     * @throws IllegalArgumentException if the count is negative
     */
    public Builder measurements(int count) {
      this.measurements = count(count, "measurements");
      return this;
    }

    /**
     * Sets how many concepts the task force designed.
     *
     * @param count 0 or more
     * @return this builder
     * @throws IllegalArgumentException if the count is negative
     */
    public Builder concepts(int count) {
      this.concepts = count(count, "concepts");
      return this;
    }

    /**
     * Sets how many objectives the company strategy has (the strategy is there when there are concepts,
     * measurements or key results).
     *
     * @param count 1 or more
     * @return this builder
     * @throws IllegalArgumentException if the count is below 1
     */
    public Builder strategicObjectives(int count) {
      if (count < 1) {
        throw new IllegalArgumentException("strategicObjectives must be 1 or more, was " + count);
      }
      this.strategicObjectives = count;
      return this;
    }

    /**
     * Sets how many outcomes are measured in the two waves (0 for no impact data).
     *
     * @param count 0 or more
     * @return this builder
     * @throws IllegalArgumentException if the count is negative
     */
    public Builder outcomes(int count) {
      this.outcomes = count(count, "outcomes");
      return this;
    }

    /**
     * Sets how many respondents answer the outcome questions in each wave.
     *
     * @param count 0 or more
     * @return this builder
     * @throws IllegalArgumentException if the count is negative
     */
    public Builder respondents(int count) {
      this.respondents = count(count, "respondents");
      return this;
    }

    /**
     * Sets how many key results the OKR objectives hold (four to an objective).
     *
     * @param count 0 or more
     * @return this builder
     * @throws IllegalArgumentException if the count is negative
     */
    public Builder keyResults(int count) {
      this.keyResults = count(count, "keyResults");
      return this;
    }

    /**
     * Sets how many items the road map holds (0 for no road map).
     *
     * @param count 0 or more
     * @return this builder
     * @throws IllegalArgumentException if the count is negative
     */
    public Builder items(int count) {
      this.items = count(count, "items");
      return this;
    }

    /**
     * Sets the playbook whose vocabulary the case uses; default {@link Playbooks#mom()}.
     *
     * @param playbook not null
     * @return this builder
     */
    public Builder playbook(Playbook playbook) {
      this.playbook = Objects.requireNonNull(playbook, "playbook");
      return this;
    }

    /**
     * Sets the function that dominates the decisions; by default the seed chooses one.
     *
     * @param function one of sales, engineering, executive and product
     * @return this builder
     * @throws IllegalArgumentException if the function is none of them
     */
    public Builder dominant(Function function) {
      if (!ARCHETYPE_FUNCTIONS.contains(function)) {
        throw new IllegalArgumentException("dominant must be one of " + ARCHETYPE_FUNCTIONS + ", was " + function);
      }
      this.dominant = Optional.of(function);
      return this;
    }

    /**
     * Builds the synthetic case.
     *
     * @return the case; nothing is drawn until it is built in memory or written
     * @throws IllegalArgumentException if the playbook lacks the vocabulary the counts need (a diagnosis
     *     model for decisions, responses and observations; gap indicators for measurements; change levels for
     *     outcomes)
     */
    public SyntheticCase build() {
      return new SyntheticCase(this);
    }

    private static int count(int count, String name) {
      if (count < 0) {
        throw new IllegalArgumentException(name + " must be 0 or more, was " + count);
      }
      return count;
    }
  }
}
