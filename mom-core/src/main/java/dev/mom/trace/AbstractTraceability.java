package dev.mom.trace;

import dev.mom.model.Id;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer to "does the road map trace to the OKRs, and the OKRs to the strategy?": the chain rows, the
 * coverage of each level, every finding, each key result's and objective's progress, customer-metric
 * coverage and the item × key-result matrix. See {@link RoadmapTracer} for how each is computed.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractTraceability {

  AbstractTraceability() {}

  /** The day expected progress and pace were computed for; absent when none was given. */
  public abstract Optional<LocalDate> asOf();

  /** The coverage of each level, in chain order (gap first). */
  public abstract List<LevelCoverage> coverage();

  /** The chain rows, in the order {@link RoadmapTracer} documents. */
  public abstract List<ChainRow> rows();

  /** Every finding: integrity, chain, lint, customer metrics, progress, in that order, each group in document order. */
  public abstract List<Finding> findings();

  /** Each key result, in document order. */
  public abstract List<KeyResultTrace> keyResults();

  /** Each OKR objective, in document order. */
  public abstract List<ObjectiveTrace> objectives();

  /** Customer metrics in the OKRs. */
  public abstract CustomerMetricCoverage customerMetrics();

  /** The item × key-result matrix. */
  public abstract TraceMatrix matrix();

  /** The exempt road-map items, in road-map order; they take part in no other analysis. */
  public abstract List<Id> exemptItems();

  /**
   * The findings of one kind.
   *
   * @param kind the kind; not null
   * @return those findings, in order
   */
  public final List<Finding> findings(FindingKind kind) {
    return findings().stream().filter(f -> f.kind() == kind).toList();
  }

  /**
   * The wish-list backlog: road-map items, not exempt, that contribute to no key result.
   *
   * @return their ids, in road-map order
   */
  public final List<Id> wishList() {
    return findings(FindingKind.WISH_LIST).stream().map(Finding::subject).toList();
  }

  /**
   * The key results no road-map item contributes to.
   *
   * @return their ids, in document order
   */
  public final List<Id> unsupported() {
    return findings(FindingKind.UNSUPPORTED).stream().map(Finding::subject).toList();
  }

  /**
   * The coverage of one level.
   *
   * @param level the level; not null
   * @return its coverage
   */
  public final LevelCoverage coverage(ChainLevel level) {
    return coverage().stream().filter(c -> c.level() == level).findFirst().orElseThrow();
  }

  /**
   * Finds an objective's trace.
   *
   * @param objective the objective's id; not null
   * @return its trace, or empty
   */
  public final Optional<ObjectiveTrace> objective(Id objective) {
    return objectives().stream().filter(o -> o.objective().equals(objective)).findFirst();
  }

  /**
   * Finds a key result's trace.
   *
   * @param keyResult the key result's id; not null
   * @return its trace, or empty
   */
  public final Optional<KeyResultTrace> keyResult(Id keyResult) {
    return keyResults().stream().filter(k -> k.keyResult().equals(keyResult)).findFirst();
  }
}
