package dev.mom.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mom.model.Transformation;
import dev.mom.playbook.Playbook;
import java.lang.reflect.Field;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Decoding cannot load classes or run code: MomJson's mapper has no default typing and no polymorphic type
 * handling by class name, and documents that name a Java class anywhere — as {@code @class} or
 * {@code @type}, as a scoring model's {@code type}, as an enum value, or as an id — are rejected with
 * problems at their pointers without the class being loaded. (Files and URLs given as ids are rejected in
 * the malformed corpus, {@code security-file-path-and-url-ids}; Jazzer's sanitizers for reflective calls,
 * deserialisation and server-side requests watch the fuzz tests for the rest.)
 */
class DecodingSecurityTest {

  /** A class whose loading would show: initialising it sets a system property. */
  static final class Tripwire {
    static {
      System.setProperty("mom.tripwire", "initialised");
    }

    private Tripwire() {}
  }

  static final String TRIPWIRE = Tripwire.class.getName();

  @AfterEach
  void tripwireStaysUntouched() {
    assertThat(System.getProperty("mom.tripwire")).as("the named class was initialised").isNull();
  }

  static ObjectMapper mapperOf(MomJson json) throws ReflectiveOperationException {
    Field field = MomJson.class.getDeclaredField("mapper");
    field.setAccessible(true);
    return (ObjectMapper) field.get(json);
  }

  @Test
  void theMapperHasNoDefaultTypingAndNoPolymorphicHandlingByClassName() throws Exception {
    ObjectMapper mapper = mapperOf(MomJson.standard());
    DeserializationConfig config = mapper.getDeserializationConfig();

    for (Class<?> type : new Class<?>[] {Object.class, Transformation.class, Playbook.class, java.io.Serializable.class}) {
      assertThat(config.getDefaultTyper(mapper.constructType(type))).as("default typing for " + type).isNull();
      assertThat(mapper.getDeserializationConfig().findTypeDeserializer(mapper.constructType(type)))
          .as("type deserializer for " + type).isNull();
    }
    assertThat(config.isEnabled(MapperFeature.USE_ANNOTATIONS)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"@class", "@type", "@c", "type", "class"})
  void aClassNamedAsATypePropertyIsAnUnknownProperty(String property) {
    String document = "{\"kind\": \"mom/transformation\", \"schemaVersion\": 1, \"" + property + "\": \"" + TRIPWIRE
        + "\", \"id\": \"acme\", \"title\": \"Acme\", \"organisation\": {\"id\": \"acme\", \"name\": \"Acme\"}}";

    MomJsonException thrown =
        catchThrowableOfType(MomJsonException.class, () -> MomJson.standard().read(document, Transformation.class));

    assertThat(thrown.problems()).extracting(Problem::pointer).containsExactly("/" + property);
    assertThat(thrown.problems().get(0).message()).startsWith("unknown property '" + property + "'");
  }

  @Test
  void aClassNamedAsAScoringModelTypeOrAnEnumValueOrAnIdIsRejected() {
    String playbook = "{\"kind\": \"mom/playbook\", \"schemaVersion\": 1, \"id\": \"client\", \"version\": \"1\", "
        + "\"title\": \"Client\", \"focusAreas\": [{\"id\": \"data\", \"name\": \"Data\"}], \"changeLevels\": "
        + "[{\"id\": \"understanding\", \"name\": \"Understanding\", \"rank\": 1}], \"prioritisation\": {"
        + "\"scoringModels\": [{\"id\": \"rice\", \"type\": \"" + TRIPWIRE + "\", \"title\": \"RICE\"}], "
        + "\"defaultModel\": \"rice\", \"randomIndex\": \"" + TRIPWIRE + "\"}}";
    String transformation = "{\"kind\": \"mom/transformation\", \"schemaVersion\": 1, \"id\": \"" + TRIPWIRE
        + "\", \"title\": \"Acme\", \"organisation\": {\"id\": \"acme\", \"name\": \"Acme\"}}";

    assertThat(catchThrowableOfType(MomJsonException.class, () -> MomJson.standard().readDocument(playbook))
        .problems()).extracting(Problem::pointer)
        .containsExactly("/prioritisation/scoringModels/0/type", "/prioritisation/randomIndex");
    assertThat(catchThrowableOfType(MomJsonException.class, () -> MomJson.standard().readDocument(transformation))
        .problems()).extracting(Problem::pointer).containsExactly("/id");
  }
}
