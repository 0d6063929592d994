package dev.mom.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mom.model.Id;
import dev.mom.playbook.Playbook;
import dev.mom.testing.ModelGenerators;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded properties of the {@code extends} merge over random valid base playbooks: a client that changes nothing
 * resolves to its base under the client's own id and version, and so does a client that repeats the whole base
 * (merging a playbook into itself changes nothing, whatever its lists and sections).
 */
class PlaybookExtendsPropertyTest {

  private static final MomJson JSON = MomJson.standard();

  private static Playbook base(long seed) {
    return ModelGenerators.playbook(new Random(seed)).withExtendsPlaybook(Optional.empty());
  }

  private static Id clientId(Playbook base) {
    return Id.of(base.id().value().equals("client") ? "client-2" : "client");
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void aClientThatChangesNothingIsItsBase(long seed) {
    Playbook base = base(seed);
    Id client = clientId(base);
    String json = "{\"kind\": \"mom/playbook\", \"schemaVersion\": 1, \"id\": \"" + client + "\", \"version\": "
        + "\"9\", \"extends\": \"" + base.id() + "\"}";

    Playbook resolved = JSON.readPlaybook(json, PlaybookSources.none().withPlaybook(base));

    assertThat(resolved).as("seed %d", seed).isEqualTo(base.withId(client).withVersion("9"));
  }

  @ParameterizedTest
  @MethodSource("dev.mom.testing.Seeds#seeds")
  void aClientThatRepeatsItsWholeBaseIsItsBase(long seed) {
    Playbook base = base(seed);
    Id client = clientId(base);
    String json = JSON.write(base.withId(client).withExtendsPlaybook(base.id()));

    Playbook resolved = JSON.readPlaybook(json, PlaybookSources.none().withPlaybook(base));

    assertThat(resolved).as("seed %d: %s", seed, json).isEqualTo(base.withId(client));
  }
}
