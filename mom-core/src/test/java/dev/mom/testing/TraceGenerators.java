package dev.mom.testing;

import dev.mom.model.FocusAreas;
import dev.mom.model.Id;
import dev.mom.model.Organisation;
import dev.mom.model.Period;
import dev.mom.model.StrategicObjective;
import dev.mom.model.Strategy;
import dev.mom.model.Transformation;
import dev.mom.priority.Concept;
import dev.mom.priority.ConceptStatus;
import dev.mom.trace.Clamping;
import dev.mom.trace.Commitment;
import dev.mom.trace.Exemption;
import dev.mom.trace.ExemptionCategory;
import dev.mom.trace.GradeBands;
import dev.mom.trace.Horizon;
import dev.mom.trace.ItemStatus;
import dev.mom.trace.KeyResult;
import dev.mom.trace.KeyResultKind;
import dev.mom.trace.KeyResultLink;
import dev.mom.trace.LinkKind;
import dev.mom.trace.MetricDirection;
import dev.mom.trace.Objective;
import dev.mom.trace.ProgressPolicy;
import dev.mom.trace.Roadmap;
import dev.mom.trace.RoadmapItem;
import dev.mom.trace.RollUp;
import dev.mom.trace.TraceabilityModel;
import dev.mom.trace.ZeroRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded generators for road-map-to-OKR traceability: transformations whose OKRs and road map have every
 * kind of imperfection the tracer reports (objectives anchored, unanchored, with dangling or cyclic parents;
 * key results with missing, equal, mismatched, huge and tiny numbers; items with dangling links and concepts,
 * supports-only links, dates outside their key results' periods; exempt items; dropped concepts), all with
 * distinct ids, and random valid traceability models.
 */
public final class TraceGenerators {

  private static final List<String> STATEMENTS = List.of("Partners renew their contracts",
      "Launch the partner portal", "Ship 5 features", "Monthly active users grow", "Reduce server cost",
      "Complete the story points of the release", "Churn falls", "NPS rises");
  private static final double[] NUMBERS = {0, 1, -1, 0.5, 10, 40, 100, 1e300, -1e300, Double.MAX_VALUE,
      -Double.MAX_VALUE, Double.MIN_VALUE};

  private TraceGenerators() {}

  private static double number(Random random) {
    return random.nextInt(3) == 0 ? NUMBERS[random.nextInt(NUMBERS.length)] : random.nextInt(101) - 20;
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /**
   * A random key result {@code id}.
   *
   * @param random the source of randomness
   * @param id the id
   * @return the key result
   */
  public static KeyResult keyResult(Random random, Id id) {
    KeyResult.Builder kr = KeyResult.builder().id(id).statement(pick(random, STATEMENTS))
        .direction(MetricDirection.values()[random.nextInt(MetricDirection.values().length)])
        .kind(KeyResultKind.values()[random.nextInt(KeyResultKind.values().length)]);
    if (random.nextInt(4) > 0) {
      kr.metric(pick(random, List.of("partner NPS", "monthly active users", "story points", "server cost")));
    }
    if (random.nextBoolean()) {
      kr.unit(pick(random, List.of("points", "%", "users")));
    }
    if (random.nextInt(5) > 0) {
      kr.baseline(number(random));
    }
    if (random.nextInt(5) > 0) {
      kr.target(number(random));
    }
    if (random.nextInt(5) > 0) {
      kr.current(number(random));
    }
    if (random.nextInt(3) == 0) {
      kr.customerMetric(Id.of(pick(random, List.of("nps", "usage", "retention", "nsp"))));
    }
    if (random.nextInt(3) == 0) {
      kr.weight(random.nextInt(4));
    }
    if (random.nextInt(4) == 0) {
      kr.period(Period.of(LocalDate.of(2021, 1 + random.nextInt(6), 1), LocalDate.of(2021, 12, 31)));
    }
    return kr.build();
  }

  /**
   * A random transformation with a strategy (usually), concepts, OKRs and a road map.
   *
   * @param random the source of randomness
   * @return the transformation
   */
  public static Transformation transformation(Random random) {
    Transformation.Builder t = Transformation.builder().id(Id.of("case")).title("Case")
        .organisation(Organisation.builder().id(Id.of("org")).name("Org").build());
    List<Id> strategic = new ArrayList<>();
    if (random.nextInt(5) > 0) {
      Strategy.Builder strategy = Strategy.builder().id(Id.of("strategy")).title("Strategy");
      int n = 1 + random.nextInt(4);
      for (int s = 0; s < n; s++) {
        strategic.add(Id.of("s" + s));
        strategy.addObjective(StrategicObjective.builder().id(Id.of("s" + s)).statement("Strategic " + s).build());
      }
      t.strategy(strategy.build());
    }
    int concepts = random.nextInt(5);
    List<Id> conceptIds = new ArrayList<>();
    for (int c = 0; c < concepts; c++) {
      Concept.Builder concept = Concept.builder().id(Id.of("c" + c)).name("Concept " + c)
          .status(random.nextInt(5) == 0 ? ConceptStatus.DROPPED : ConceptStatus.IDEA);
      int gaps = random.nextInt(3);
      Set<Id> seen = new HashSet<>();
      for (int g = 0; g < gaps; g++) {
        Id gap = random.nextBoolean() ? pick(random, FocusAreas.defaults()).id() : Id.of("g" + random.nextInt(4));
        if (seen.add(gap)) {
          concept.addGap(gap);
        }
      }
      conceptIds.add(Id.of("c" + c));
      t.addConcept(concept.build());
    }
    int objectives = random.nextInt(7);
    List<Id> keyResults = new ArrayList<>();
    int kr = 0;
    for (int o = 0; o < objectives; o++) {
      Objective.Builder objective = Objective.builder().id(Id.of("ob" + o)).statement("Objective " + o)
          .commitment(random.nextBoolean() ? Commitment.COMMITTED : Commitment.ASPIRATIONAL);
      int anchor = random.nextInt(5);
      if (anchor == 0 && !strategic.isEmpty()) {
        objective.strategicObjective(pick(random, strategic));
      } else if (anchor == 1) {
        objective.strategicObjective(Id.of("unknown-strategic"));
      } else if (anchor == 2 || anchor == 3) {
        objective.parent(Id.of(random.nextInt(8) == 0 ? "missing" : "ob" + random.nextInt(objectives)));
      }
      if (random.nextBoolean()) {
        objective.period(Period.year(2021));
      }
      int n = random.nextInt(4);
      for (int k = 0; k < n; k++) {
        Id id = Id.of("kr" + kr++);
        keyResults.add(id);
        objective.addKeyResult(keyResult(random, id));
      }
      t.addObjective(objective.build());
    }
    int items = random.nextInt(8);
    Roadmap.Builder roadmap = Roadmap.builder();
    for (int i = 0; i < items; i++) {
      roadmap.addItem(item(random, Id.of("it" + i), keyResults, conceptIds));
    }
    if (random.nextInt(4) > 0) {
      t.roadmap(roadmap.build());
    }
    return t.build();
  }

  /**
   * A random road-map item: exempt (without links) one time in five, otherwise with up to three links to
   * distinct key results (sometimes unknown ones).
   *
   * @param random the source of randomness
   * @param id the id
   * @param keyResults the key results it may link to
   * @param concepts the concepts it may realise
   * @return the item
   */
  public static RoadmapItem item(Random random, Id id, List<Id> keyResults, List<Id> concepts) {
    RoadmapItem.Builder item = RoadmapItem.builder().id(id).title("Item " + id)
        .status(ItemStatus.values()[random.nextInt(ItemStatus.values().length)]);
    if (random.nextBoolean()) {
      item.horizon(Horizon.values()[random.nextInt(Horizon.values().length)]);
    }
    if (random.nextInt(3) == 0) {
      item.period(Period.of(LocalDate.of(2021, 1 + random.nextInt(12), 1), LocalDate.of(2021 + random.nextInt(2), 12, 1)));
    }
    if (random.nextInt(5) == 0) {
      return item.exemption(Exemption.builder().category(ExemptionCategory.values()[random.nextInt(4)])
          .reason("Keeps the lights on").build()).concept(Id.of("c0")).build();
    }
    if (!concepts.isEmpty() && random.nextInt(3) > 0) {
      item.concept(pick(random, concepts));
    } else if (random.nextInt(6) == 0) {
      item.concept(Id.of("no-such-concept"));
    }
    int links = random.nextInt(4);
    Set<Id> linked = new HashSet<>();
    for (int l = 0; l < links; l++) {
      Id target = keyResults.isEmpty() || random.nextInt(8) == 0 ? Id.of("kr-missing") : pick(random, keyResults);
      if (linked.add(target)) {
        item.addLink(KeyResultLink.builder().keyResult(target)
            .kind(random.nextInt(3) == 0 ? LinkKind.SUPPORTS : LinkKind.CONTRIBUTES).build());
      }
    }
    return item.build();
  }

  /**
   * A random valid traceability model.
   *
   * @param random the source of randomness
   * @return the model
   */
  public static TraceabilityModel model(Random random) {
    double yellow = 0.1 + random.nextInt(5) / 10.0;
    return TraceabilityModel.builder()
        .addOutputWords("launch", "ship", "features", "story points")
        .addCustomerWords("partners", "users", "churn", "nps")
        .addCustomerMetrics(Id.of("nps"), Id.of("usage"), Id.of("retention"))
        .progress(ProgressPolicy.builder().clamping(random.nextBoolean() ? Clamping.NONE : Clamping.UNIT_INTERVAL)
            .zeroRange(random.nextBoolean() ? ZeroRange.UNDEFINED : ZeroRange.THRESHOLD).build())
        .gradeBands(GradeBands.builder().yellowFrom(yellow).greenFrom(yellow + 0.1 + random.nextInt(4) / 10.0).build())
        .rollUp(RollUp.values()[random.nextInt(RollUp.values().length)])
        .paceTolerance(random.nextInt(5) / 10.0)
        .build();
  }
}
