package dev.mom.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one of MOM's value types from a JSON object through its builder, recording every problem it
 * finds (unknown property, wrong type, null, missing required property, broken invariant) and going on
 * with the next property, so that one read reports as many problems as it can. A value with a problem is
 * returned as {@code null} and never built.
 */
final class ValueTypeDeserializer extends StdDeserializer<Object> implements ResolvableDeserializer {

  private static final long serialVersionUID = 1L;

  private final transient ValueShape shape;
  private final JavaType[] attributeTypes;
  private final transient JsonDeserializer<?>[] deserializers;
  private final List<String> knownNames;

  ValueTypeDeserializer(ValueShape shape, JavaType type, TypeFactory types) {
    super(type);
    this.shape = shape;
    this.attributeTypes = new JavaType[shape.attributes.size()];
    this.deserializers = new JsonDeserializer<?>[attributeTypes.length];
    for (int i = 0; i < attributeTypes.length; i++) {
      ValueShape.Attribute attribute = shape.attributes.get(i);
      JavaType declared = types.resolveMemberType(attribute.accessor.getGenericReturnType(), type.getBindings());
      attributeTypes[i] = valueTypeOf(attribute, declared, types);
    }
    this.knownNames = new ArrayList<>(shape.byJsonName.keySet());
  }

  private static JavaType valueTypeOf(ValueShape.Attribute attribute, JavaType declared, TypeFactory types) {
    switch (attribute.holder) {
      case OPTIONAL:
        return declared.containedTypeOrUnknown(0);
      case OPTIONAL_INT:
        return types.constructType(int.class);
      case OPTIONAL_LONG:
        return types.constructType(long.class);
      case OPTIONAL_DOUBLE:
        return types.constructType(double.class);
      default:
        return declared;
    }
  }

  @Override
  public void resolve(DeserializationContext context) throws JsonMappingException {
    for (int i = 0; i < deserializers.length; i++) {
      deserializers[i] = Reading.readerFor(attributeTypes[i], context);
    }
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext context) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      ReadSession.expected(p, context, "an object (" + shape.type.getSimpleName() + ")");
      return null;
    }
    // the object's pointer is built only for a problem: its holder (what ReadSession.pointer(p) reads at the
    // object's start) and the holder's ancestors keep their place until this object has been read
    JsonStreamContext holder = ReadSession.holderOfCurrent(p);
    boolean atRoot = p.getParsingContext().getParent() != null && p.getParsingContext().getParent().inRoot();
    boolean headerAllowed = atRoot && context.getAttribute(ReadSession.HEADER_AT_ROOT) != null;
    ReadSession session = ReadSession.of(context);
    int mark = ReadSession.count(session);
    Object builder = newBuilder();
    long present = 0L; // bit i: the object has attribute i (ValueShape allows at most 64)
    List<String> otherNames = null;
    for (JsonToken token = p.nextToken(); token == JsonToken.FIELD_NAME; token = p.nextToken()) {
      String name = p.currentName();
      JsonStreamContext owner = p.getParsingContext();
      p.nextToken();
      ValueShape.Attribute attribute = shape.byJsonName.get(name);
      if (attribute == null) {
        if (otherNames == null) {
          otherNames = new ArrayList<>();
        }
        otherNames.add(name);
        if (headerAllowed && (name.equals("kind") || name.equals("schemaVersion"))) {
          ReadSession.skipValue(p);
          continue;
        }
        String pointer = ReadSession.pointer(p);
        ReadSession.skipValue(p);
        ReadSession.report(p, context, Problem.of(pointer, ReadSession.unknownProperty(name, knownNames)));
        continue;
      }
      present |= 1L << attribute.index;
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        ReadSession.report(p, context, Problem.of(ReadSession.pointer(p),
            "null is not allowed; leave '" + name + "' out if it has no value"));
        continue;
      }
      int before = ReadSession.count(session);
      Object value = Reading.read(deserializers[attribute.index], p, context, owner);
      if (value == null || ReadSession.count(session) > before) {
        continue;
      }
      try {
        attribute.setter.invokeExact(builder, value);
      } catch (RuntimeException e) {
        ReadSession.report(p, context, Problem.of(holder.pathAsPointer() + "/" + name, JacksonProblems.describe(e)));
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }
    boolean failed = ReadSession.count(session) > mark;
    try {
      Object value = (Object) shape.build.invokeExact(builder);
      return failed ? null : value;
    } catch (IllegalStateException e) {
      String objectPointer = holder.pathAsPointer().toString();
      for (String missing : JacksonProblems.missingAttributes(e)) {
        ValueShape.Attribute attribute = attributeByAccessor(missing);
        String jsonName = attribute == null ? missing : attribute.jsonName;
        if (!wasPresent(jsonName, present, otherNames)) {
          ReadSession.report(p, context,
              Problem.of(objectPointer + "/" + jsonName, "missing required property '" + jsonName + "'"));
        }
      }
      return null;
    } catch (RuntimeException e) {
      if (!failed) {
        for (Problem problem : JacksonProblems.invariants(holder.pathAsPointer().toString(), e, shape)) {
          ReadSession.report(p, context, problem);
        }
      }
      return null;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether the object had a property named {@code jsonName}, whatever became of its value. */
  private boolean wasPresent(String jsonName, long present, List<String> otherNames) {
    ValueShape.Attribute attribute = shape.byJsonName.get(jsonName);
    return attribute != null
        ? (present & 1L << attribute.index) != 0
        : otherNames != null && otherNames.contains(jsonName);
  }

  private ValueShape.Attribute attributeByAccessor(String accessor) {
    for (ValueShape.Attribute attribute : shape.attributes) {
      if (attribute.accessor.getName().equals(accessor)) {
        return attribute;
      }
    }
    return null;
  }

  private Object newBuilder() {
    try {
      return (Object) shape.newBuilder.invokeExact();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}
