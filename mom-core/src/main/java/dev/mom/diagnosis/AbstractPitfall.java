package dev.mom.diagnosis;

import dev.mom.model.Id;
import java.util.List;
import org.immutables.value.Value;

/**
 * A pitfall of product culture found present: an archetype other than the ideal with fired rules and at
 * least the playbook's pitfall share, with the consequence the source texts name and the evidence behind it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractPitfall {

  AbstractPitfall() {}

  /** The archetype, e.g. {@code sales-led}. */
  public abstract Id archetype();

  /** Its label. */
  public abstract String label();

  /** What it does to the product. */
  public abstract String consequence();

  /** Its share of all points. */
  public abstract double share();

  /** The fired rules behind it, in rule order. */
  public abstract List<Id> rules();

  /**
   * The evidence in words: for each fired rule, what it says and the observed values that made it fire, e.g.
   * {@code Sales decides what gets built: decisions.decidedBy.sales >= 0.3 (observed 0.45)}.
   */
  public abstract List<String> evidence();
}
