package dev.mom.examples.bench;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON baseline's model: plain Java records with the same properties as a synthetic {@code mom/transformation}
 * document, bound by Jackson databind with no validation, no value checks and no problem collection. Dates stay
 * strings and enumerations stay strings (MOM binds them to {@code LocalDate}s and enums).
 */
final class PlainRecords {

  private PlainRecords() {}

  record TransformationRecord(String kind, int schemaVersion, String id, String title, @Nullable String description,
      OrganisationRecord organisation, @Nullable PeriodRecord period, @Nullable StrategyRecord strategy,
      @Nullable List<DecisionRecord> decisions, @Nullable List<ResponseRecord> surveyResponses,
      @Nullable List<ObservationRecord> observations, @Nullable List<MeasurementRecord> measurements,
      @Nullable List<ConceptRecord> concepts, @Nullable List<BoardDecisionRecord> boardDecisions,
      @Nullable List<OutcomeRecord> outcomes, @Nullable List<WaveRecord> waves,
      @Nullable List<ObjectiveRecord> objectives, @Nullable RoadmapRecord roadmap) {}

  record OrganisationRecord(String id, String name, @Nullable String sector, List<String> functions) {}

  record PeriodRecord(String start, String end, @Nullable String label) {}

  record StrategyRecord(String id, String title, @Nullable PeriodRecord period, List<StrategicObjectiveRecord> objectives) {}

  record StrategicObjectiveRecord(String id, String statement, double weight, @Nullable List<String> focusAreas,
      @Nullable List<String> changeLevels, @Nullable List<String> indicators) {}

  record DecisionRecord(String id, String title, @Nullable String date, @Nullable String phase, String initiatedBy,
      String decidedBy, @Nullable List<String> consulted, @Nullable String overriddenBy,
      @Nullable List<String> evidence, boolean strategyLinked, boolean experimented) {}

  record ResponseRecord(String respondent, String function, Map<String, Double> answers) {}

  record ObservationRecord(String source, String sourceKind, @Nullable String function, String code,
      @Nullable String quote) {}

  record MeasurementRecord(String indicator, String sourceKind, @Nullable String source, @Nullable String function,
      double value, @Nullable Double preferred) {}

  record ConceptRecord(String id, String name, @Nullable String problem, @Nullable String status,
      @Nullable List<String> gaps, @Nullable Map<String, Integer> alignment, @Nullable Double reach,
      @Nullable Double impact, @Nullable Double confidence, @Nullable Double effort, @Nullable IceRecord ice,
      @Nullable WsjfRecord wsjf, @Nullable List<String> dependsOn) {}

  record IceRecord(double impact, double confidence, double ease) {}

  record WsjfRecord(double userBusinessValue, double timeCriticality, double riskReduction, double jobSize) {}

  record BoardDecisionRecord(String concept, String verdict, @Nullable String rationale, @Nullable String date) {}

  record OutcomeRecord(String id, String statement, String level, String metric, ScaleRecord scale, String direction,
      @Nullable List<String> concepts, double minimumDifference, String test) {}

  record ScaleRecord(double min, double max, @Nullable List<LabelRecord> labels) {}

  record LabelRecord(double value, String label) {}

  record WaveRecord(String id, String name, @Nullable PeriodRecord period, List<OutcomeMeasurementRecord> measurements) {}

  record OutcomeMeasurementRecord(String outcome, String unit, double value, String source, @Nullable String function) {}

  record ObjectiveRecord(String id, String statement, @Nullable String parent, @Nullable String strategicObjective,
      @Nullable String commitment, List<KeyResultRecord> keyResults) {}

  record KeyResultRecord(String id, String statement, @Nullable String metric, @Nullable String unit,
      @Nullable Double baseline, @Nullable Double target, @Nullable Double current, String direction,
      @Nullable String kind, @Nullable String customerMetric) {}

  record RoadmapRecord(@Nullable String title, @Nullable PeriodRecord period, List<ItemRecord> items) {}

  record ItemRecord(String id, String title, @Nullable String horizon, @Nullable String status,
      @Nullable String concept, @Nullable List<LinkRecord> links, @Nullable ExemptionRecord exemption) {}

  record LinkRecord(String keyResult, @Nullable String kind) {}

  record ExemptionRecord(String category, String reason) {}
}
