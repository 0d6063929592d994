package dev.mom.trace;

import dev.mom.model.Period;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The action road map of a transformation, e.g. the MOM case's road map for 2021 and 2022 (seed 001): its
 * items in the order they are planned.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractRoadmap {

  AbstractRoadmap() {}

  /** The road map's title, e.g. "Action road map 2021–2022". */
  public abstract Optional<String> title();

  /** The span the road map plans. */
  public abstract Optional<@Valid Period> period();

  /** The items; ids are checked for uniqueness by the {@link RoadmapTracer} (a duplicate is a finding). */
  public abstract List<@Valid RoadmapItem> items();

  @Value.Check
  void check() {
    if (title().isPresent() && title().get().isBlank()) {
      throw new IllegalArgumentException("title must not be blank when given");
    }
  }
}
