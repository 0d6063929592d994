package dev.mom.diagnosis;

import dev.mom.internal.Checks;
import dev.mom.model.Id;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/**
 * A code from the playbook's code list for interviews and document reviews, e.g. {@code hippo-decision}:
 * "a decision settled by the highest-paid person's opinion rather than by insight".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AbstractObservationCode {

  AbstractObservationCode() {}

  /**
   * Returns a code.
   *
   * @param id the code
   * @param meaning what it marks
   * @return the code
   */
  public static ObservationCode of(String id, String meaning) {
    return ObservationCode.builder().id(Id.of(id)).meaning(meaning).build();
  }

  /** The code, as observations name it. */
  public abstract Id id();

  /** What the code marks, for coders and reports. */
  @NotBlank
  public abstract String meaning();

  @Value.Check
  void check() {
    Checks.notBlank(meaning(), "meaning");
  }
}
