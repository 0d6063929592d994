package dev.mom.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mom.model.ChangeLevel;
import dev.mom.model.FocusArea;
import dev.mom.testing.ModelGenerators;
import java.util.ArrayList;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded properties of {@link Playbook} over {@link ModelGenerators#playbook}. */
class PlaybookPropertiesTest {

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void playbookEqualsItsCopies(long seed) {
    Playbook p = ModelGenerators.playbook(new Random(seed));
    assertThat(Playbook.copyOf(p)).as("seed " + seed).isEqualTo(p);
    assertThat(Playbook.builder().from(p).build()).as("seed " + seed).isEqualTo(p).hasSameHashCodeAs(p);
    assertThat(p.withFocusAreas(new ArrayList<>(p.focusAreas())).withChangeLevels(new ArrayList<>(p.changeLevels())))
        .as("seed " + seed).isEqualTo(p);
    assertThat(p.withExtendsPlaybook(p.extendsPlaybook()).withVersion(new String(p.version())))
        .as("seed " + seed).isEqualTo(p);
    p.extendsPlaybook().ifPresent(base -> assertThat(base).as("seed " + seed).isNotEqualTo(p.id()));
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void levelsInOrderIsThePermutationOfLevelsByRank(long seed) {
    Playbook p = ModelGenerators.playbook(new Random(seed));
    assertThat(p.levelsInOrder()).as("seed " + seed)
        .containsExactlyInAnyOrderElementsOf(p.changeLevels())
        .isSortedAccordingTo((a, b) -> Integer.compare(a.rank(), b.rank()));
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void everyFocusAreaAndLevelIsFoundByItsId(long seed) {
    Playbook p = ModelGenerators.playbook(new Random(seed));
    for (FocusArea area : p.focusAreas()) {
      assertThat(p.focusArea(area.id())).as("seed " + seed + ", " + area.id()).containsSame(area);
    }
    for (ChangeLevel level : p.changeLevels()) {
      assertThat(p.changeLevel(level.id())).as("seed " + seed + ", " + level.id()).containsSame(level);
    }
  }
}
