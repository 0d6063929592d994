package dev.mom.examples.mikro;

import dev.mom.json.MomJson;
import dev.mom.model.Transformation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The Mikro case as shipped with the examples: the {@code mom/transformation} document
 * {@value #RESOURCE} on the class path.
 *
 * <p>Member ids are pseudonymous; details not in the source texts are illustrative, as the document's
 * description says. Thread-safe.
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
    try (InputStream in = MikroCase.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled Mikro case " + RESOURCE + " is missing from the class path");
      }
      return MomJson.standard().read(in, Transformation.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled Mikro case " + RESOURCE, e);
    }
  }
}
