package dev.mom.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.mom.model.Id;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the attributes of MOM's value types are read: strict scalars, lists and maps that report each bad
 * element and go on, and a guard that turns any Jackson failure inside a value into a problem.
 */
final class Reading {

  private Reading() {}

  /** The strict reader for a scalar type, or null if the type is not a scalar MOM reads itself. */
  static JsonDeserializer<?> strictScalar(Class<?> raw) {
    if (raw == String.class) {
      return new ScalarCodecs.StringReader();
    } else if (raw == double.class || raw == Double.class) {
      return new ScalarCodecs.DoubleReader();
    } else if (raw == int.class || raw == Integer.class) {
      return new ScalarCodecs.IntReader();
    } else if (raw == long.class || raw == Long.class) {
      return new ScalarCodecs.LongReader();
    } else if (raw == boolean.class || raw == Boolean.class) {
      return new ScalarCodecs.BooleanReader();
    } else if (raw == LocalDate.class) {
      return new ScalarCodecs.DateReader();
    }
    return null;
  }

  /** The reader for a value of the given type inside a MOM value type. */
  static JsonDeserializer<?> readerFor(JavaType type, DeserializationContext context) throws JsonMappingException {
    JsonDeserializer<?> scalar = strictScalar(type.getRawClass());
    if (scalar != null) {
      return scalar;
    }
    if (type.isCollectionLikeType()) {
      return new ListReader(readerFor(type.getContentType(), context), Set.class.isAssignableFrom(type.getRawClass()));
    }
    if (type.isMapLikeType()) {
      return new MapReader(type.getKeyType().getRawClass(), readerFor(type.getContentType(), context));
    }
    return context.findContextualValueDeserializer(type, null);
  }

  /**
   * Reads the value at the current token; on failure records a problem, moves past the value, and returns
   * null. {@code owner} is the parsing context that holds the value (an object or an array).
   */
  static Object read(JsonDeserializer<?> reader, JsonParser p, DeserializationContext context, JsonStreamContext owner)
      throws IOException {
    try {
      return reader.deserialize(p, context);
    } catch (JsonMappingException | InputCoercionException e) {
      if (ReadSession.of(context) == null) {
        throw e;
      }
      ReadSession.report(p, context, JacksonProblems.toProblem(p, e));
      ReadSession.recover(p, owner);
      return null;
    }
  }

  /** A JSON array read into a list (or an insertion-ordered set); every null or bad element is reported. */
  static final class ListReader extends JsonDeserializer<Object> {
    private final JsonDeserializer<?> elements;
    private final boolean asSet;

    ListReader(JsonDeserializer<?> elements, boolean asSet) {
      this.elements = elements;
      this.asSet = asSet;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext context) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        ReadSession.expected(p, context, "an array");
        return null;
      }
      int mark = ReadSession.mark(context);
      List<Object> values = new ArrayList<>();
      JsonStreamContext owner = null;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        if (owner == null) {
          owner = p.getParsingContext();
          if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
            owner = owner.getParent();
          }
        }
        if (p.currentToken() == JsonToken.VALUE_NULL) {
          ReadSession.report(p, context, Problem.of(ReadSession.pointer(p), "null is not allowed in this list"));
          continue;
        }
        Object value = read(elements, p, context, owner);
        if (value != null) {
          values.add(value);
        }
      }
      if (ReadSession.grewSince(context, mark)) {
        return null;
      }
      return asSet ? new LinkedHashSet<>(values) : values;
    }
  }

  /** A JSON object read into an insertion-ordered map with string or {@link Id} keys. */
  static final class MapReader extends JsonDeserializer<Object> {
    private final Class<?> keyType;
    private final JsonDeserializer<?> values;

    MapReader(Class<?> keyType, JsonDeserializer<?> values) {
      this.keyType = keyType;
      this.values = values;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext context) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        ReadSession.expected(p, context, "an object");
        return null;
      }
      int mark = ReadSession.mark(context);
      Map<Object, Object> map = new LinkedHashMap<>();
      for (JsonToken token = p.nextToken(); token == JsonToken.FIELD_NAME; token = p.nextToken()) {
        String name = p.currentName();
        JsonStreamContext owner = p.getParsingContext();
        p.nextToken();
        Object key = name;
        if (keyType == Id.class) {
          if (!Id.isValid(name)) {
            ReadSession.skipValue(p);
            ReadSession.report(p, context, Problem.of(ReadSession.pointer(p), Id.describeInvalid(name), name));
            continue;
          }
          key = Id.of(name);
        }
        if (p.currentToken() == JsonToken.VALUE_NULL) {
          ReadSession.report(p, context, Problem.of(ReadSession.pointer(p), "null is not allowed here"));
          continue;
        }
        Object value = read(values, p, context, owner);
        if (value != null) {
          map.put(key, value);
        }
      }
      if (ReadSession.grewSince(context, mark)) {
        return null;
      }
      return map;
    }
  }
}
