package dev.mom.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mom.playbook.Playbook;
import dev.mom.testing.ModelGenerators;
import dev.mom.testing.Seeds;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Checks that {@link ModelGenerators} reaches the edge cases it promises over the default seeds, so that
 * the property tests built on it (here and in mom-json) cannot silently lose coverage.
 */
class ModelGeneratorsCoverageTest {

  private static final List<Long> SEEDS = Seeds.seeds().limit(Seeds.DEFAULT_RUNS).collect(Collectors.toList());

  @Test
  void idsReachBothLengthBounds() {
    List<Integer> lengths = SEEDS.stream().map(s -> ModelGenerators.id(new Random(s)).value().length())
        .collect(Collectors.toList());
    assertThat(lengths).contains(1, Id.MAX_LENGTH).allMatch(n -> n >= 1 && n <= Id.MAX_LENGTH);
  }

  @Test
  void organisationsHaveOptionalsPresentAndAbsentAndEmptyFunctionLists() {
    List<Organisation> orgs = SEEDS.stream().map(s -> ModelGenerators.organisation(new Random(s)))
        .collect(Collectors.toList());
    assertThat(orgs).anyMatch(o -> o.description().isPresent()).anyMatch(o -> o.description().isEmpty())
        .anyMatch(o -> o.founded().isPresent()).anyMatch(o -> o.founded().isEmpty())
        .anyMatch(o -> o.employees().isPresent() && o.employees().getAsInt() == Integer.MAX_VALUE)
        .anyMatch(o -> o.customers().isPresent() && o.customers().getAsInt() == 0)
        .anyMatch(o -> o.functions().isEmpty()).anyMatch(o -> o.functions().size() > 3);
  }

  @Test
  void textsIncludeAwkwardCharacters() {
    String all = SEEDS.stream().map(s -> ModelGenerators.text(new Random(s))).collect(Collectors.joining());
    assertThat(all).contains("\"", "\\", "\n", "\u0000", "😀", "שלום", "مرحبا", "e\u0301");
  }

  @Test
  void scalesReachExtremeWidthsAndHaveLabelsOrNone() {
    List<Scale> scales = SEEDS.stream().map(s -> ModelGenerators.scale(new Random(s))).collect(Collectors.toList());
    assertThat(scales).anyMatch(s -> s.range() == Double.MAX_VALUE)
        .anyMatch(s -> Math.nextUp(s.min()) == s.max())
        .anyMatch(s -> s.labels().isEmpty())
        .anyMatch(s -> s.labels().size() > 2);
  }

  @Test
  void transformationsAndPlaybooksVaryInShape() {
    List<Transformation> ts = SEEDS.stream().map(s -> ModelGenerators.transformation(new Random(s)))
        .collect(Collectors.toList());
    assertThat(ts).anyMatch(t -> t.teams().isEmpty()).anyMatch(t -> t.teams().size() > 2)
        .anyMatch(t -> t.period().isPresent()).anyMatch(t -> t.period().isEmpty())
        .anyMatch(t -> t.teams().stream().anyMatch(team -> team.members().isEmpty()));
    List<Playbook> ps = SEEDS.stream().map(s -> ModelGenerators.playbook(new Random(s))).collect(Collectors.toList());
    assertThat(ps).anyMatch(p -> p.extendsPlaybook().isPresent()).anyMatch(p -> p.extendsPlaybook().isEmpty())
        .anyMatch(p -> !p.levelsInOrder().equals(p.changeLevels()))
        .anyMatch(p -> p.changeLevels().size() == 1);
  }

  @Test
  void sameSeedSameValues() {
    for (long seed : SEEDS.subList(0, 20)) {
      assertThat(ModelGenerators.transformation(new Random(seed)))
          .as("seed " + seed).isEqualTo(ModelGenerators.transformation(new Random(seed)));
      assertThat(ModelGenerators.playbook(new Random(seed)))
          .as("seed " + seed).isEqualTo(ModelGenerators.playbook(new Random(seed)));
    }
  }
}
