package dev.mom.diagnosis;

import dev.mom.internal.Checks;
import dev.mom.model.Id;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/**
 * A kind of evidence a decision can rest on, e.g. {@code customer-interview} (customer insight),
 * {@code usage-analytics} (customer metric) or {@code sales-request} (internal). Playbook data.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractEvidenceKind {

  AbstractEvidenceKind() {}

  /**
   * Returns an evidence kind.
   *
   * @param id the id
   * @param label the label
   * @param nature what it says about customers
   * @return the kind
   */
  public static EvidenceKind of(String id, String label, EvidenceNature nature) {
    return EvidenceKind.builder().id(Id.of(id)).label(label).nature(nature).build();
  }

  /** The kind's id, as decisions name it. */
  public abstract Id id();

  /** Its label for reports, e.g. "Customer interview". */
  @NotBlank
  public abstract String label();

  /** What it says about customers. */
  public abstract EvidenceNature nature();

  @Value.Check
  void check() {
    Checks.notBlank(label(), "label");
  }
}
