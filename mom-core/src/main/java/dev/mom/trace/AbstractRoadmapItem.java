package dev.mom.trace;

import dev.mom.internal.Checks;
import dev.mom.model.Id;
import dev.mom.model.InvalidValueException;
import dev.mom.model.Period;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An initiative on the road map, e.g. "Partner portal self-service onboarding": when it is planned, the
 * concept it realises and the key results it contributes to. Roadmap initiatives map back to company OKRs
 * (seed 002); an item that maps to none is wish-list backlog, unless it is exempt.
 *
 * <p>Invariants, checked when built: the title is not blank; each key result is linked at most once; an
 * exempt item has no links (it is out of the traceability analysis, so a link on it would count for nothing).
 * Whether the linked key results and the concept exist is checked by the {@link RoadmapTracer} and reported
 * as findings.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractRoadmapItem {

  AbstractRoadmapItem() {}

  /** The item's id, unique on the road map. */
  public abstract Id id();

  /** The item's title. */
  @NotBlank
  public abstract String title();

  /** Now, next or later. */
  public abstract Optional<Horizon> horizon();

  /** When the item is scheduled; checked against the period of each key result it is linked to. */
  public abstract Optional<@Valid Period> period();

  /** Where the item is; default {@link ItemStatus#PLANNED}. */
  @Value.Default
  public ItemStatus status() {
    return ItemStatus.PLANNED;
  }

  /** The concept the item realises, by id. */
  public abstract Optional<Id> concept();

  /** The key results the item contributes to or supports, each at most once. */
  public abstract List<@Valid KeyResultLink> links();

  /** Why the item needs no key result, if it needs none. */
  public abstract Optional<@Valid Exemption> exemption();

  /**
   * Whether the item is exempt from tracing.
   *
   * @return true if it has an exemption
   */
  public final boolean isExempt() {
    return exemption().isPresent();
  }

  @Value.Check
  void check() {
    Checks.notBlank(title(), "title");
    List<String> problems = new ArrayList<>();
    if (links().size() > 1) { // one link cannot repeat: no map for most items
      Map<Id, Integer> seen = new HashMap<>();
      for (int l = 0; l < links().size(); l++) {
        Integer earlier = seen.putIfAbsent(links().get(l).keyResult(), l);
        if (earlier != null) {
          problems.add("links[" + l + "].keyResult '" + links().get(l).keyResult() + "' is already linked by links["
              + earlier + "]");
        }
      }
    }
    if (exemption().isPresent() && !links().isEmpty()) {
      problems.add("links: an exempt item has no key-result links (it is left out of tracing); remove the "
          + "exemption or the links");
    }
    InvalidValueException.throwIfAny(problems);
  }
}
