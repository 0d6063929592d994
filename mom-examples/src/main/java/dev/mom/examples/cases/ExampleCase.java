package dev.mom.examples.cases;

import dev.mom.examples.mikro.MikroCase;
import dev.mom.json.MomJson;
import dev.mom.model.Transformation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The {@code mom/transformation} documents bundled with the examples, each a class-path resource that
 * {@code mom demo --case ID} runs every engine over.
 *
 * <p>The two cases are meant to be read side by side: the same engines and the same default playbook give
 * clearly different answers. Both documents say in their description what is illustrative. Thread-safe.
 */
public enum ExampleCase {

  /**
   * The Mikro case, the MOM model's source: a 30-year-old B2B software company selling through dealers, whose
   * product decisions turn out to be mixed (sales, executives and a product team deciding from numbers).
   * The document is {@value MikroCase#RESOURCE}.
   */
  MIKRO(MikroCase.RESOURCE),

  /**
   * Varrow Distribution Systems, a fictional vendor of software for wholesale distributors whose road map is
   * filled by big-deal requests: clearly sales-led, with high confidence. Invented to contrast with Mikro; the
   * document is {@value #VARROW_RESOURCE}, and a client playbook that extends the default one for it is
   * {@value #VARROW_PLAYBOOK_RESOURCE}.
   */
  VARROW(ExampleCase.VARROW_RESOURCE);

  /** The class-path resource holding the Varrow case. */
  public static final String VARROW_RESOURCE = "/dev/mom/examples/varrow/varrow-transformation.json";

  /**
   * The class-path resource holding Varrow's client playbook: a {@code mom/playbook} that {@code extends} the
   * default MOM playbook and changes a rule threshold, an evidence target, a severity band, the strategic-fit
   * gap weight and the traceability word lists for a sales-led distributor.
   */
  public static final String VARROW_PLAYBOOK_RESOURCE = "/dev/mom/examples/varrow/varrow-playbook.json";

  private final String resource;

  ExampleCase(String resource) {
    this.resource = resource;
  }

  /**
   * The id the case is named by on the command line ({@code mikro}, {@code varrow}).
   *
   * @return the lowercase id
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Where the case's document is on the class path.
   *
   * @return the resource name, starting with {@code /}
   */
  public String resource() {
    return resource;
  }

  /**
   * Reads the bundled case.
   *
   * @return the transformation; a new read on every call
   * @throws IllegalStateException if the resource is missing from the class path (a broken build, not bad input)
   * @throws dev.mom.json.MomJsonException if the resource is not a valid document (a broken build as well)
   */
  public Transformation transformation() {
    try (InputStream in = ExampleCase.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the bundled case " + resource + " is missing from the class path");
      }
      return MomJson.standard().read(in, Transformation.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled case " + resource, e);
    }
  }

  /** The id, as given on the command line and listed in {@code --help}. */
  @Override
  public String toString() {
    return id();
  }
}
