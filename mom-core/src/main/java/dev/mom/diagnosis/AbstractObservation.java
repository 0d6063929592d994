package dev.mom.diagnosis;

import dev.mom.model.EvidenceSource;
import dev.mom.model.Function;
import dev.mom.model.Id;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A coded observation from an interview, a document review or direct observation: which source it came
 * from, the function of the person interviewed, a code from the playbook's code list (e.g.
 * {@code hippo-decision}, {@code insight-cited}) and, where useful, the quote it rests on.
 *
 * <p>Several observations may share a source: an interview usually yields several codes.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractObservation {

  AbstractObservation() {}

  /** The source: the id of the interview, document or observed meeting. */
  public abstract Id source();

  /** What kind of source it is. */
  public abstract EvidenceSource sourceKind();

  /** The function of the person interviewed or observed, where there is one. */
  public abstract Optional<Function> function();

  /** The code, by the id of one of the playbook's observation codes. */
  public abstract Id code();

  /** The words the code rests on. */
  public abstract Optional<String> quote();
}
