package dev.mom.playbook;

import dev.mom.diagnosis.DominanceModel;
import dev.mom.rules.SignalCatalogue;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The engines a playbook configures, one per section of a {@code mom/playbook} document, and the signals each
 * publishes for rules to test.
 *
 * <p>Only the stakeholder-dominance diagnosis is driven by rules today: its catalogue is derived from the
 * playbook's diagnosis model (a share for each function, evidence kind, survey signal and interview code, see
 * {@link DominanceModel#signalCatalogue()}). The other engines are configured by weights, bands and thresholds
 * rather than rules, so they publish an empty catalogue; {@link #rulesDriven()} tells which is which.
 *
 * <p>Thread-safe: constants without state; {@link #signals(Playbook)} returns immutable values.
 */
public enum Engine {
  /** Stakeholder-dominance diagnosis: the {@code diagnosis} section. */
  DIAGNOSIS("diagnosis", "stakeholder-dominance diagnosis"),
  /** Gap scoring: the {@code gaps} section. */
  GAPS("gaps", "gap scoring"),
  /** Concept prioritisation: the {@code prioritisation} section. */
  PRIORITISATION("prioritisation", "concept prioritisation"),
  /** Road-map-to-OKR traceability: the {@code traceability} section. */
  TRACEABILITY("traceability", "road-map-to-OKR traceability"),
  /** Impact assessment: the {@code impact} section. */
  IMPACT("impact", "impact assessment");

  private static final SignalCatalogue NONE = SignalCatalogue.of(List.of());

  private final String section;
  private final String title;

  Engine(String section, String title) {
    this.section = section;
    this.title = title;
  }

  /**
   * The engine's id, which is also the JSON name of its playbook section, e.g. {@code diagnosis}.
   *
   * @return the id; never null
   */
  public String id() {
    return section;
  }

  /**
   * What the engine does, in a few words, e.g. "stakeholder-dominance diagnosis".
   *
   * @return the title; never null
   */
  public String title() {
    return title;
  }

  /**
   * Whether the engine evaluates rules over signals (only {@link #DIAGNOSIS} today); the others are configured
   * by weights, bands and thresholds and publish no signals.
   *
   * @return true if rules can be written for this engine
   */
  public boolean rulesDriven() {
    return this == DIAGNOSIS;
  }

  /**
   * Whether a playbook has this engine's section.
   *
   * @param playbook the playbook; not null
   * @return true if the section is present
   * @throws NullPointerException if {@code playbook} is null
   */
  public boolean configuredIn(Playbook playbook) {
    Objects.requireNonNull(playbook, "playbook");
    switch (this) {
      case DIAGNOSIS:
        return playbook.diagnosis().isPresent();
      case GAPS:
        return playbook.gaps().isPresent();
      case PRIORITISATION:
        return playbook.prioritisation().isPresent();
      case TRACEABILITY:
        return playbook.traceability().isPresent();
      case IMPACT:
        return playbook.impact().isPresent();
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * The signals this engine publishes for a playbook, in catalogue order: the names rules in the engine's
   * section may test, with their meaning and range. The diagnosis derives them from the playbook's diagnosis
   * model; an engine that is not {@linkplain #rulesDriven() rules-driven}, or whose section the playbook does
   * not have, publishes none.
   *
   * @param playbook the playbook; not null
   * @return the catalogue, possibly empty; immutable
   * @throws NullPointerException if {@code playbook} is null
   */
  public SignalCatalogue signals(Playbook playbook) {
    Objects.requireNonNull(playbook, "playbook");
    if (this == DIAGNOSIS) {
      return playbook.diagnosis().map(DominanceModel::signalCatalogue).orElse(NONE);
    }
    return NONE;
  }

  /**
   * Finds an engine by its id.
   *
   * @param id the id, e.g. {@code gaps}; not null
   * @return the engine, or empty if no engine has that id
   */
  public static Optional<Engine> byId(String id) {
    for (Engine engine : values()) {
      if (engine.section.equals(id.toLowerCase(Locale.ROOT))) {
        return Optional.of(engine);
      }
    }
    return Optional.empty();
  }
}
