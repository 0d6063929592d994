package dev.mom.diagnosis;

import dev.mom.model.Function;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who drives product decisions as one view of the evidence sees it: the decision log on its own, or the
 * survey answers of one function's respondents. A function with fewer respondents than the playbook's
 * minimum group size is {@linkplain #suppressed() suppressed}: its count is shown, its answers are not.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractPerceivedDominance {

  AbstractPerceivedDominance() {}

  /** The view: {@code decision-log}, {@code survey}, {@code observations}, or {@code survey:<function>}. */
  public abstract String view();

  /** The respondents' function, for a function's view. */
  public abstract Optional<Function> function();

  /** How many records the view rests on: decisions, respondents or sources. */
  public abstract int records();

  /** Whether the view is withheld because it rests on too few respondents. */
  public abstract boolean suppressed();

  /** The archetype that leads in this view, if any rule fired and the view is shown. */
  public abstract Optional<dev.mom.model.Id> leader();

  /** Each archetype's share in this view, in the model's order; empty when suppressed. */
  public abstract List<ArchetypeShare> shares();

  /** Shares of decisions initiated by each function, for the decision-log view; empty otherwise. */
  public abstract List<FunctionShare> initiated();

  /** Shares of decisions decided by each function, for the decision-log view; empty otherwise. */
  public abstract List<FunctionShare> decided();
}
