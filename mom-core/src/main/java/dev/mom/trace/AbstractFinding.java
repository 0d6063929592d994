package dev.mom.trace;

import dev.mom.model.Id;
import java.util.List;
import org.immutables.value.Value;

/**
 * One thing the traceability analysis found: an integrity problem of the OKR and road-map data, a broken
 * hop of the chain, an output-style key result, an objective without customer metrics, or a key result
 * whose progress cannot be computed. Integrity findings are results, not exceptions: the rest of the
 * analysis runs around them.
 *
 * <p>Messages name elements by id, never by position, so that a finding reads the same when other elements
 * are added or removed; {@link #pointer()} locates it in the document.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractFinding {

  AbstractFinding() {}

  /** What was found. */
  public abstract FindingKind kind();

  /** The element it is about: an objective, key result, road-map item, concept or strategic objective, by id. */
  public abstract Id subject();

  /** Where it is, as a JSON pointer into the {@code mom/transformation} document, e.g. {@code /roadmap/items/3/links/0/keyResult}. */
  public abstract String pointer();

  /** What is wrong, in words a consultant can act on. */
  public abstract String message();

  /** For an {@link FindingKind#OBJECTIVE_CYCLE}: the objectives of the cycle, each followed by its parent, the first repeated at the end. */
  public abstract List<Id> path();

  /** For an {@link FindingKind#OUTPUT_WORDING}: the playbook's output words found, as the playbook writes them. */
  public abstract List<String> words();
}
