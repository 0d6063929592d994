package dev.mom.trace;

import dev.mom.model.Id;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The item × key-result traceability matrix, kept sparse: the rows (road-map items not exempt, in road-map
 * order), the columns (key results, in document order), and the filled cells in row order, then link order.
 * Links to unknown key results are findings, not cells.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractTraceMatrix {

  AbstractTraceMatrix() {}

  /** The rows: road-map items. */
  public abstract List<Id> items();

  /** The columns: key results. */
  public abstract List<Id> keyResults();

  /** The filled cells. */
  public abstract List<MatrixCell> cells();

  /**
   * The link in one cell, by a scan of the cells (for reports; index {@link #cells()} for bulk look-ups).
   *
   * @param item the row; not null
   * @param keyResult the column; not null
   * @return the link's kind, or empty when the cell is empty
   */
  public final Optional<LinkKind> cell(Id item, Id keyResult) {
    return cells().stream().filter(c -> c.item().equals(item) && c.keyResult().equals(keyResult))
        .map(MatrixCell::kind).findFirst();
  }
}
