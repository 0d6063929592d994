package dev.mom.testing;

import dev.mom.diagnosis.Decision;
import dev.mom.diagnosis.DecisionPhase;
import dev.mom.diagnosis.DominanceModel;
import dev.mom.diagnosis.EvidenceKind;
import dev.mom.diagnosis.Observation;
import dev.mom.diagnosis.ObservationCode;
import dev.mom.diagnosis.SurveyItem;
import dev.mom.diagnosis.SurveyResponse;
import dev.mom.model.EvidenceSource;
import dev.mom.model.Function;
import dev.mom.model.Id;
import dev.mom.model.Organisation;
import dev.mom.model.Transformation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded generators of diagnosis evidence that is valid for a given {@link DominanceModel}: decisions naming
 * the model's evidence kinds and the organisation's functions, survey answers on each item's scale,
 * observations with the model's codes. Sizes vary from empty to a few dozen records; answers include the
 * scale's ends.
 */
public final class DiagnosisGenerators {

  private DiagnosisGenerators() {}

  /**
   * A random, valid diagnosis model: one to four well-known functions, two to four archetypes (exactly one
   * ideal), up to four evidence kinds, survey items (some reverse-scored, some sharing a signal, on random
   * scales) and codes, and up to five rules that compile against the model's catalogue, each adding
   * points to a random archetype. Archetypes name no interventions.
   *
   * @param random the source of randomness
   * @return the model
   */
  public static DominanceModel model(Random random) {
    List<Function> wellKnown = new ArrayList<>(Function.wellKnown());
    java.util.Collections.shuffle(wellKnown, random);
    DominanceModel.Builder builder = DominanceModel.builder()
        .addAllFunctions(wellKnown.subList(0, 1 + random.nextInt(4)));
    int archetypes = 2 + random.nextInt(3);
    int ideal = random.nextInt(archetypes);
    for (int a = 0; a < archetypes; a++) {
      builder.addArchetypes(dev.mom.diagnosis.Archetype.builder().id(Id.of("a" + a)).label("Archetype " + a)
          .description(ModelGenerators.text(random)).consequence(ModelGenerators.text(random)).ideal(a == ideal)
          .build());
    }
    dev.mom.diagnosis.EvidenceNature[] natures = dev.mom.diagnosis.EvidenceNature.values();
    for (int k = 0, n = random.nextInt(5); k < n; k++) {
      builder.addEvidenceKinds(EvidenceKind.of("k" + k, "Kind " + k, natures[random.nextInt(natures.length)]));
    }
    for (int i = 0, n = random.nextInt(6); i < n; i++) {
      builder.addSurveyItems(SurveyItem.builder().id(Id.of("q" + i)).text(ModelGenerators.text(random))
          .scale(random.nextBoolean() ? dev.mom.model.Scale.agreement5() : dev.mom.model.Scale.of(0, 10))
          .signal("s" + random.nextInt(3)).reverse(random.nextBoolean()).build());
    }
    for (int c = 0, n = random.nextInt(5); c < n; c++) {
      builder.addCodes(ObservationCode.of("c" + c, ModelGenerators.text(random)));
    }
    if (random.nextBoolean()) {
      builder.mixedMargin(random.nextDouble()).pitfallShare(random.nextDouble())
          .minimumGroupSize(1 + random.nextInt(6))
          .targets(dev.mom.diagnosis.EvidenceTargets.builder().decisions(1 + random.nextInt(50))
              .responses(1 + random.nextInt(50)).sources(1 + random.nextInt(20)).build());
    }
    DominanceModel draft = builder.build();
    for (dev.mom.rules.Rule<String> rule : RuleGenerators.compilableRuleSet(random, draft.signalCatalogue()).rules()) {
      builder.addRules(dev.mom.rules.Rule.<dev.mom.diagnosis.ArchetypePoints>builder().id(rule.id())
          .description(rule.description()).when(rule.when())
          .effect(dev.mom.diagnosis.ArchetypePoints.of("a" + random.nextInt(archetypes), 0.5 + random.nextInt(6)))
          .build());
    }
    return builder.build();
  }

  /**
   * A transformation of an organisation with the model's functions and random diagnosis evidence; at least
   * one record of some kind, so that it can be diagnosed.
   *
   * @param random the source of randomness
   * @param model the model the evidence must fit
   * @return the transformation
   */
  public static Transformation transformation(Random random, DominanceModel model) {
    Organisation organisation = Organisation.builder().id(Id.of("org")).name("Organisation")
        .addAllFunctions(model.functions()).build();
    Transformation.Builder builder = Transformation.builder().id(Id.of("case")).title("Case").organisation(organisation);
    int decisions = random.nextInt(4) == 0 ? 0 : random.nextInt(40);
    for (int i = 0; i < decisions; i++) {
      builder.addDecisions(decision(random, model, "d" + i));
    }
    int responses = random.nextInt(4) == 0 || model.surveyItems().isEmpty() ? 0 : random.nextInt(30);
    for (int i = 0; i < responses; i++) {
      builder.addSurveyResponses(response(random, model, "r" + i));
    }
    int sources = random.nextInt(4) == 0 ? 0 : random.nextInt(10);
    for (int s = 0; s < sources; s++) {
      int codes = 1 + random.nextInt(3);
      for (int c = 0; c < codes && !model.codes().isEmpty(); c++) {
        builder.addObservations(observation(random, model, "s" + s));
      }
    }
    Transformation transformation = builder.build();
    if (transformation.decisions().isEmpty() && transformation.surveyResponses().isEmpty()
        && transformation.observations().isEmpty()) {
      return Transformation.copyOf(transformation).withDecisions(decision(random, model, "d0"));
    }
    return transformation;
  }

  /**
   * A decision naming functions of the model and evidence kinds of the model.
   *
   * @param random the source of randomness
   * @param model the model
   * @param id the decision's id
   * @return the decision
   */
  public static Decision decision(Random random, DominanceModel model, String id) {
    List<Function> functions = model.functions();
    Decision.Builder builder = Decision.builder().id(Id.of(id)).title("Decision " + id)
        .initiatedBy(pick(random, functions)).decidedBy(pick(random, functions))
        .strategyLinked(random.nextBoolean()).experimented(random.nextBoolean());
    if (random.nextBoolean()) {
      builder.date(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(900)));
    }
    if (random.nextBoolean()) {
      builder.phase(DecisionPhase.values()[random.nextInt(DecisionPhase.values().length)]);
    }
    for (Function f : functions) {
      if (random.nextInt(4) == 0) {
        builder.addConsulted(f);
      }
    }
    if (random.nextInt(4) == 0) {
      builder.overriddenBy(pick(random, functions));
    }
    for (EvidenceKind kind : model.evidenceKinds()) {
      if (random.nextInt(3) == 0) {
        builder.addEvidence(kind.id());
      }
    }
    return builder.build();
  }

  /**
   * A survey response answering a random non-empty subset of the model's items on their scales.
   *
   * @param random the source of randomness
   * @param model the model
   * @param respondent the respondent's id
   * @return the response
   */
  public static SurveyResponse response(Random random, DominanceModel model, String respondent) {
    SurveyResponse.Builder builder = SurveyResponse.builder().respondent(Id.of(respondent))
        .function(pick(random, model.functions()));
    List<SurveyItem> items = model.surveyItems();
    boolean any = false;
    for (SurveyItem item : items) {
      if (random.nextInt(5) != 0) {
        builder.putAnswer(item.id(), answer(random, item));
        any = true;
      }
    }
    if (!any && !items.isEmpty()) {
      SurveyItem item = pick(random, items);
      builder.putAnswer(item.id(), answer(random, item));
    }
    return builder.build();
  }

  private static double answer(Random random, SurveyItem item) {
    double min = item.scale().min();
    double max = item.scale().max();
    switch (random.nextInt(4)) {
      case 0:
        return min;
      case 1:
        return max;
      default:
        return Math.rint(min + random.nextDouble() * (max - min));
    }
  }

  /**
   * An observation with one of the model's codes.
   *
   * @param random the source of randomness
   * @param model the model; must have codes
   * @param source the source's id
   * @return the observation
   */
  public static Observation observation(Random random, DominanceModel model, String source) {
    ObservationCode code = pick(random, model.codes());
    Observation.Builder builder = Observation.builder().source(Id.of(source))
        .sourceKind(random.nextBoolean() ? EvidenceSource.INTERVIEW : EvidenceSource.DOCUMENT_REVIEW).code(code.id());
    if (random.nextBoolean()) {
      builder.function(pick(random, model.functions()));
    }
    return builder.build();
  }

  /**
   * The same evidence with every decision id, respondent id and source id renamed (consistently).
   *
   * @param transformation the transformation
   * @param prefix what new ids start with
   * @return the relabelled transformation
   */
  public static Transformation relabel(Transformation transformation, String prefix) {
    List<Decision> decisions = new ArrayList<>();
    for (Decision decision : transformation.decisions()) {
      decisions.add(decision.withId(Id.of(prefix + decision.id())));
    }
    List<SurveyResponse> responses = new ArrayList<>();
    for (SurveyResponse response : transformation.surveyResponses()) {
      responses.add(response.withRespondent(Id.of(prefix + response.respondent())));
    }
    List<Observation> observations = new ArrayList<>();
    for (Observation observation : transformation.observations()) {
      observations.add(observation.withSource(Id.of(prefix + observation.source())));
    }
    return Transformation.copyOf(transformation).withDecisions(decisions).withSurveyResponses(responses)
        .withObservations(observations);
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
