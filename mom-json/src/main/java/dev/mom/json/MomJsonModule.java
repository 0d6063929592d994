package dev.mom.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleKeyDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import dev.mom.model.Function;
import dev.mom.model.Id;
import dev.mom.rules.Condition;

/**
 * The Jackson module that reads and writes every MOM type, so that mom-core stays free of Jackson
 * annotations. Register it on an application's own {@code ObjectMapper} (it is also listed in
 * {@code META-INF/services}, so {@code findAndRegisterModules()} finds it), or use {@link MomJson}, which
 * adds the document header, strict parsing, limits, validation and problem reports on top.
 *
 * <p>What it does, and nothing else:
 * <ul>
 *   <li>MOM value types are written as objects of their attributes (absent optionals left out) and read
 *       through their builders; unknown properties, nulls, wrong types, missing required properties and
 *       broken invariants are problems;
 *   <li>{@link Id} and {@link Function} are strings, MOM enums are their lowercase ids
 *       ({@code "document-review"}), dates are {@code "yyyy-mm-dd"};
 *   <li>{@link Condition}s are the JSON tree {@code {"all": [...]}}, {@code {"signal": "x", "gte": 0.4}}, …
 * </ul>
 * Only MOM's own types are affected: the module leaves the handling of every other type to the mapper.
 * Without {@link MomJson} the first problem is thrown as a Jackson {@code MismatchedInputException}.
 *
 * <p>Thread-safe and stateless.
 */
public final class MomJsonModule extends Module {

  /** Creates the module. */
  public MomJsonModule() {}

  @Override
  public String getModuleName() {
    return "mom";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public Object getTypeId() {
    return MomJsonModule.class.getName();
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleDeserializers deserializers = new SimpleDeserializers();
    deserializers.addDeserializer(Id.class, new ScalarCodecs.IdReader());
    deserializers.addDeserializer(Function.class, new ScalarCodecs.FunctionReader());
    deserializers.addDeserializer(Condition.class, new ConditionCodec.Reader());
    context.addDeserializers(deserializers);
    context.addDeserializers(new ScalarCodecs.MomDeserializers());

    SimpleKeyDeserializers keys = new SimpleKeyDeserializers();
    keys.addDeserializer(Id.class, new ScalarCodecs.IdKeyReader());
    context.addKeyDeserializers(keys);

    SimpleSerializers serializers = new SimpleSerializers();
    serializers.addSerializer(Id.class, new ScalarCodecs.ToStringWriter());
    serializers.addSerializer(Function.class, new ScalarCodecs.ToStringWriter());
    serializers.addSerializer(new ConditionCodec.Writer());
    context.addSerializers(serializers);
    context.addSerializers(new ScalarCodecs.MomSerializers());
  }
}
