package dev.mom.rules;

import dev.mom.model.Id;
import java.util.List;

/** A small catalogue in the diagnosis engine's words, and helpers to write rules in tests. */
final class Fixtures {

  static final String SALES = "decisions.decidedBy.sales";
  static final String TECH = "decisions.decidedBy.tech";
  static final String COUNT = "decisions.count";
  static final String SURVEY = "survey.mean";

  /** Signals 0..3: two shares in [0, 1], a count in [0, 1000], a survey mean in [1, 5]. */
  static final SignalCatalogue CATALOGUE = SignalCatalogue.of(List.of(
      Signal.of(SALES, "Share of sampled decisions decided by sales", 0, 1),
      Signal.of(TECH, "Share of sampled decisions decided by technology", 0, 1),
      Signal.of(COUNT, "Number of sampled decisions", 0, 1000),
      Signal.of(SURVEY, "Mean answer to the survey item, on a 1 to 5 scale", 1, 5)));

  private Fixtures() {}

  static Rule<String> rule(String id, Condition when) {
    return Rule.<String>builder()
        .id(Id.of(id))
        .description("Rule " + id)
        .when(when)
        .effect("effect of " + id)
        .build();
  }

  @SafeVarargs
  static RuleSet<String> rules(Rule<String>... rules) {
    RuleSet.Builder<String> builder = RuleSet.builder();
    for (Rule<String> rule : rules) {
      builder.addRule(rule);
    }
    return builder.build();
  }

  static SignalValues.Builder values() {
    return SignalValues.builder(CATALOGUE);
  }
}
