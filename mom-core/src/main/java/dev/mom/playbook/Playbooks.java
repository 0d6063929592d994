package dev.mom.playbook;

import dev.mom.model.ChangeLevels;
import dev.mom.model.FocusAreas;
import dev.mom.model.Id;

/**
 * The playbooks that ship with the library.
 *
 * <p>Thread-safe: every method returns an immutable value.
 */
public final class Playbooks {

  private static final Playbook MOM = Playbook.builder()
      .id(Id.of("mom"))
      .version("1")
      .title("MOM — Customer-Centered Mikro")
      .description("The customer-centric transformation model built by a consultancy and the employees of "
          + "Mikro Yazılım in 2019–2022: four focus areas for mapping the current situation and the four "
          + "ordered levels of its Theory of Change.")
      .addAllFocusAreas(FocusAreas.defaults())
      .addAllChangeLevels(ChangeLevels.defaults())
      .build();

  private Playbooks() {}

  /**
   * The default MOM playbook, distilled from the source texts of the MOM case: the four focus areas of
   * the current-situation mapping and the four Theory-of-Change levels, lowest first.
   *
   * @return the default playbook; the same instance on every call
   */
  public static Playbook mom() {
    return MOM;
  }
}
