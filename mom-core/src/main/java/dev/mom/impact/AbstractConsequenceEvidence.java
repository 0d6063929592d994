package dev.mom.impact;

import dev.mom.internal.Checks;
import dev.mom.model.EvidenceSource;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One piece of evidence for an {@link UnintendedConsequence}: what was seen or heard, and where.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractConsequenceEvidence {

  AbstractConsequenceEvidence() {}

  /** Where the evidence comes from. */
  public abstract EvidenceSource source();

  /** What it shows, e.g. "The 2021 OKR set has three customer KPIs; the 2020 set had none". */
  @NotBlank
  public abstract String description();

  /** When it was recorded, if known. */
  public abstract Optional<LocalDate> date();

  @Value.Check
  void check() {
    Checks.notBlank(description(), "description");
  }
}
