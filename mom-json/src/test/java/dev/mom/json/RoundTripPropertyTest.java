package dev.mom.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.mom.rules.RuleSet;
import dev.mom.rules.SignalCatalogue;
import dev.mom.testing.ModelGenerators;
import dev.mom.testing.RuleGenerators;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded properties of the JSON codec over random valid values of every MOM type: reading what was
 * written gives back an equal value, and writing is canonical (writing the value read back gives the same
 * text, byte for byte).
 */
class RoundTripPropertyTest {

  private static final MomJson JSON = MomJson.standard();

  private static <T> void roundTrips(long seed, Function<Random, T> generator, Class<T> type) {
    JsonRoundTrip.assertRoundTrips(seed, generator.apply(new Random(seed)), type);
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void transformationsRoundTrip(long seed) {
    roundTrips(seed, ModelGenerators::transformation, dev.mom.model.Transformation.class);
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void playbooksRoundTrip(long seed) {
    roundTrips(seed, ModelGenerators::playbook, dev.mom.playbook.Playbook.class);
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void ruleSetsAndSignalCataloguesRoundTrip(long seed) {
    Random random = new Random(seed);
    SignalCatalogue catalogue = RuleGenerators.catalogue(random);
    RuleSet<String> rules = RuleGenerators.ruleSet(random, catalogue);
    Type type = TypeFactory.defaultInstance().constructParametricType(RuleSet.class, String.class);

    String written = JSON.write(rules);
    Object read = JSON.read(written.getBytes(StandardCharsets.UTF_8), type);

    assertThat(read).as("seed %d: rule set read back from%n%s", seed, written).isEqualTo(rules);
    assertThat(JSON.write(read)).as("seed %d: rule set written twice", seed).isEqualTo(written);
    roundTrips(seed, r -> catalogue, SignalCatalogue.class);
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void everyValueTypeRoundTripsAlone(long seed) {
    roundTrips(seed, ModelGenerators::organisation, dev.mom.model.Organisation.class);
    roundTrips(seed, ModelGenerators::team, dev.mom.model.Team.class);
    roundTrips(seed, ModelGenerators::member, dev.mom.model.Member.class);
    roundTrips(seed, ModelGenerators::scale, dev.mom.model.Scale.class);
    roundTrips(seed, ModelGenerators::scaleLabel, dev.mom.model.ScaleLabel.class);
    roundTrips(seed, ModelGenerators::period, dev.mom.model.Period.class);
    roundTrips(seed, ModelGenerators::focusArea, dev.mom.model.FocusArea.class);
    roundTrips(seed, ModelGenerators::changeLevel, dev.mom.model.ChangeLevel.class);
  }
}
