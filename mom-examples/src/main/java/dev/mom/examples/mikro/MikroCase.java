package dev.mom.examples.mikro;

import dev.mom.examples.cases.ExampleCase;
import dev.mom.model.Transformation;

/**
 * The Mikro case as shipped with the examples: the {@code mom/transformation} document
 * {@value #RESOURCE} on the class path.
 *
 * <p>Member ids are pseudonymous; details not in the source texts are illustrative, as the document's
 * description says. The same case is {@link ExampleCase#MIKRO}. Thread-safe.
 */
public final class MikroCase {

  /** The class-path resource holding the case. */
  public static final String RESOURCE = "/dev/mom/examples/mikro/mikro-transformation.json";

  private MikroCase() {}

  /**
   * Reads the bundled case.
   *
   * @return the Mikro transformation; a new read on every call
   * @throws IllegalStateException if the resource is missing or invalid (a broken build, not bad input)
   */
  public static Transformation transformation() {
    return ExampleCase.MIKRO.transformation();
  }
}
