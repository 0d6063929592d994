package dev.mom.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.mom.model.ChangeLevel;
import dev.mom.model.FocusArea;
import dev.mom.model.FocusAreas;
import dev.mom.model.Id;
import org.junit.jupiter.api.Test;

class PlaybookTest {

  private static final ChangeLevel ONE = ChangeLevel.of(Id.of("one"), "One", 1);
  private static final ChangeLevel TWO = ChangeLevel.of(Id.of("two"), "Two", 2);
  private static final ChangeLevel THREE = ChangeLevel.of(Id.of("three"), "Three", 3);

  private static Playbook.Builder client() {
    return Playbook.builder().id(Id.of("client")).version("2022.1").title("Client playbook");
  }

  private static Playbook.Builder minimal() {
    return client().addFocusArea(FocusAreas.CORPORATE_STRATEGY).addChangeLevel(ONE);
  }

  @Test
  void minimalPlaybook() {
    Playbook p = minimal().build();
    assertThat(p.description()).isEmpty();
    assertThat(p.extendsPlaybook()).isEmpty();
    assertThat(p.focusAreas()).containsExactly(FocusAreas.CORPORATE_STRATEGY);
    assertThat(p.changeLevels()).containsExactly(ONE);
  }

  @Test
  void rejectsAFocusAreaIdUsedTwice() {
    assertThatIllegalArgumentException().isThrownBy(() -> client()
            .addFocusArea(FocusAreas.DATA_ACCESS_AND_USE)
            .addFocusArea(FocusArea.of(Id.of("data-access-and-use"), "Data, again"))
            .addChangeLevel(ONE)
            .build())
        .withMessage("focusAreas[1].id 'data-access-and-use' is already used by focusAreas[0]");
  }

  @Test
  void rejectsALevelIdUsedTwice() {
    assertThatIllegalArgumentException().isThrownBy(() -> minimal()
            .addChangeLevel(TWO)
            .addChangeLevel(ChangeLevel.of(Id.of("one"), "One again", 3))
            .build())
        .withMessage("changeLevels[2].id 'one' is already used by changeLevels[0]");
  }

  @Test
  void rejectsARankUsedTwice() {
    assertThatIllegalArgumentException().isThrownBy(() -> minimal()
            .addChangeLevel(ChangeLevel.of(Id.of("also-one"), "Also one", 1))
            .build())
        .withMessage("changeLevels[1].rank '1' is already used by changeLevels[0]");
  }

  @Test
  void rejectsExtendingItself() {
    assertThatIllegalArgumentException().isThrownBy(() -> minimal().extendsPlaybook(Id.of("client")).build())
        .withMessage("extends names the playbook itself ('client')");
    assertThatIllegalArgumentException().isThrownBy(() -> Playbooks.mom().withExtendsPlaybook(Id.of("mom")))
        .withMessage("extends names the playbook itself ('mom')");
    assertThat(minimal().extendsPlaybook(Id.of("mom")).build().extendsPlaybook()).contains(Id.of("mom"));
  }

  @Test
  void rejectsNoFocusAreasAndNoLevels() {
    assertThatIllegalArgumentException().isThrownBy(() -> client().addChangeLevel(ONE).build())
        .withMessage("focusAreas must name at least one focus area");
    assertThatIllegalArgumentException().isThrownBy(() -> client().addFocusArea(FocusAreas.CORPORATE_STRATEGY).build())
        .withMessage("changeLevels must name at least one level");
  }

  @Test
  void rejectsBlankVersionAndTitle() {
    assertThatIllegalArgumentException().isThrownBy(() -> minimal().version(" ").build())
        .withMessage("version must not be blank");
    assertThatIllegalArgumentException().isThrownBy(() -> minimal().title("").build())
        .withMessage("title must not be blank");
  }

  @Test
  void levelsInOrderSortsByRankWhateverTheDeclaredOrder() {
    Playbook p = client().addFocusArea(FocusAreas.CORPORATE_STRATEGY).addChangeLevels(THREE, ONE, TWO).build();
    assertThat(p.changeLevels()).containsExactly(THREE, ONE, TWO);
    assertThat(p.levelsInOrder()).containsExactly(ONE, TWO, THREE);
    // ranks need not be consecutive: 10, 2, 7 -> 2, 7, 10
    Playbook gaps = client().addFocusArea(FocusAreas.CORPORATE_STRATEGY)
        .addChangeLevels(ONE.withRank(10), TWO.withRank(2), THREE.withRank(7)).build();
    assertThat(gaps.levelsInOrder()).extracting(ChangeLevel::rank).containsExactly(2, 7, 10);
  }

  @Test
  void looksUpFocusAreasAndLevelsById() {
    Playbook p = client().addFocusAreas(FocusAreas.DATA_ACCESS_AND_USE, FocusAreas.CORPORATE_STRATEGY)
        .addChangeLevels(TWO, ONE).build();
    assertThat(p.focusArea(Id.of("corporate-strategy"))).containsSame(FocusAreas.CORPORATE_STRATEGY);
    assertThat(p.focusArea(Id.of("product-management-and-development"))).isEmpty();
    assertThat(p.changeLevel(Id.of("one"))).containsSame(ONE);
    assertThat(p.changeLevel(Id.of("three"))).isEmpty();
  }
}
