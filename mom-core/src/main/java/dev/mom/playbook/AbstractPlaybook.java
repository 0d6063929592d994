package dev.mom.playbook;

import dev.mom.diagnosis.Archetype;
import dev.mom.diagnosis.DominanceModel;
import dev.mom.gap.GapModel;
import dev.mom.gap.Indicator;
import dev.mom.impact.ImpactModel;
import dev.mom.internal.Checks;
import dev.mom.model.ChangeLevel;
import dev.mom.model.FocusArea;
import dev.mom.model.Id;
import dev.mom.model.Intervention;
import dev.mom.model.InvalidValueException;
import dev.mom.priority.PrioritisationModel;
import dev.mom.trace.TraceabilityModel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The methodology a consultancy applies, as data: the focus areas the current situation is mapped in,
 * the ordered Theory-of-Change levels, and the rule sets and models of every engine. A
 * {@code mom/playbook} document holds exactly one; {@link Playbooks#mom()} is the MOM default.
 *
 * <p>A client's playbook may name a base playbook in {@link #extendsPlaybook()} (written
 * {@code "extends"} in JSON) and change only what differs for the client.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractPlaybook {

  AbstractPlaybook() {}

  /** The playbook's id, e.g. {@code mom}. */
  public abstract Id id();

  /** The playbook's own version, chosen by its author, e.g. "2022.1". */
  @NotBlank
  public abstract String version();

  /** The playbook's title, e.g. "MOM — Customer-Centered Mikro". */
  @NotBlank
  public abstract String title();

  /** What the playbook is for and where it comes from. */
  public abstract Optional<String> description();

  /** The id of the playbook this one extends, if any (JSON property {@code "extends"}). */
  public abstract Optional<Id> extendsPlaybook();

  /** The focus areas in which the current situation is mapped and gaps are shown, each id once. */
  @Size(min = 1)
  public abstract List<@Valid FocusArea> focusAreas();

  /** The Theory-of-Change levels, each id and rank once. */
  @Size(min = 1)
  public abstract List<@Valid ChangeLevel> changeLevels();

  /** The catalogue of interventions the engines may recommend, each id once. */
  public abstract List<@Valid Intervention> interventions();

  /** The stakeholder-dominance diagnosis model; without one, the diagnosis does not run. */
  public abstract Optional<@Valid DominanceModel> diagnosis();

  /** The gap-analysis model: indicators in this playbook's focus areas and levels; without one, gaps are not scored. */
  public abstract Optional<@Valid GapModel> gaps();

  /** The concept prioritisation model: scoring models, AHP and robustness settings; without one, concepts are not prioritised. */
  public abstract Optional<@Valid PrioritisationModel> prioritisation();

  /**
   * The impact-assessment model: significance and confidence levels, effect-size bands and the smallest
   * sample that is tested; without one, the impact assessment does not run.
   */
  public abstract Optional<@Valid ImpactModel> impact();

  /**
   * The road-map-to-OKR traceability model: the outcome-versus-output word lists, the customer metrics, the
   * progress policy, grade bands, roll-up and pace tolerance; without one, the road map is not traced.
   */
  public abstract Optional<@Valid TraceabilityModel> traceability();

  /**
   * The Theory-of-Change levels lowest first.
   *
   * @return the levels ordered by rank
   */
  public final List<ChangeLevel> levelsInOrder() {
    return changeLevels().stream().sorted(Comparator.comparingInt(ChangeLevel::rank)).toList();
  }

  /**
   * Finds a focus area by id.
   *
   * @param id the id; not null
   * @return the focus area, or empty if this playbook has none with that id
   */
  public final Optional<FocusArea> focusArea(Id id) {
    return focusAreas().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * Finds a Theory-of-Change level by id.
   *
   * @param id the id; not null
   * @return the level, or empty if this playbook has none with that id
   */
  public final Optional<ChangeLevel> changeLevel(Id id) {
    return changeLevels().stream().filter(l -> l.id().equals(id)).findFirst();
  }

  @Value.Check
  void check() {
    Checks.notBlank(version(), "version");
    Checks.notBlank(title(), "title");
    if (focusAreas().isEmpty()) {
      throw new IllegalArgumentException("focusAreas must name at least one focus area");
    }
    if (changeLevels().isEmpty()) {
      throw new IllegalArgumentException("changeLevels must name at least one level");
    }
    List<String> problems = new ArrayList<>();
    Checks.repeated(focusAreas(), FocusArea::id, "focusAreas", "id", problems);
    Checks.repeated(changeLevels(), ChangeLevel::id, "changeLevels", "id", problems);
    Checks.repeated(changeLevels(), ChangeLevel::rank, "changeLevels", "rank", problems);
    Checks.repeated(interventions(), Intervention::id, "interventions", "id", problems);
    if (diagnosis().isPresent()) {
      List<Archetype> archetypes = diagnosis().get().archetypes();
      for (int a = 0; a < archetypes.size(); a++) {
        List<Id> named = archetypes.get(a).interventions();
        for (int i = 0; i < named.size(); i++) {
          Id intervention = named.get(i);
          if (interventions().stream().noneMatch(known -> known.id().equals(intervention))) {
            problems.add("diagnosis.archetypes[" + a + "].interventions[" + i + "] '" + intervention
                + "' is not in the playbook's interventions");
          }
        }
      }
    }
    if (gaps().isPresent()) {
      List<String> areaIds = focusAreas().stream().map(a -> a.id().value()).toList();
      List<String> levelIds = changeLevels().stream().map(l -> l.id().value()).toList();
      List<Indicator> indicators = gaps().get().indicators();
      for (int i = 0; i < indicators.size(); i++) {
        Indicator indicator = indicators.get(i);
        if (!areaIds.contains(indicator.focusArea().value())) {
          problems.add("gaps.indicators[" + i + "].focusArea '" + indicator.focusArea()
              + "' is not one of the playbook's focusAreas (" + String.join(", ", areaIds) + ")");
        }
        if (!levelIds.contains(indicator.level().value())) {
          problems.add("gaps.indicators[" + i + "].level '" + indicator.level()
              + "' is not one of the playbook's changeLevels (" + String.join(", ", levelIds) + ")");
        }
      }
    }
    InvalidValueException.throwIfAny(problems);
    if (extendsPlaybook().isPresent() && extendsPlaybook().get().equals(id())) {
      throw new IllegalArgumentException("extends names the playbook itself ('" + id() + "')");
    }
  }
}
