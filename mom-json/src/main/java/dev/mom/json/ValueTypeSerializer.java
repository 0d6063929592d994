package dev.mom.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Writes one of MOM's value types as a JSON object: its attributes in declaration order, absent optionals
 * and empty lists and maps left out (reading treats a missing list or map as empty, so the canonical form
 * has one way to say "none").
 */
final class ValueTypeSerializer extends StdSerializer<Object> {

  private static final long serialVersionUID = 1L;

  private final transient ValueShape shape;

  ValueTypeSerializer(ValueShape shape) {
    super(Object.class);
    this.shape = shape;
  }

  @Override
  public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject(value);
    writeAttributes(value, gen, provider);
    gen.writeEndObject();
  }

  /** Writes the attributes of {@code value} into the object the generator is in. */
  void writeAttributes(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    for (ValueShape.Attribute attribute : shape.attributes) {
      Object attributeValue;
      try {
        attributeValue = attribute.getter.invoke(value);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
      Object written = present(attributeValue);
      if (written instanceof java.util.Collection && ((java.util.Collection<?>) written).isEmpty()
          || written instanceof java.util.Map && ((java.util.Map<?, ?>) written).isEmpty()) {
        continue;
      }
      if (written instanceof LocalDate) {
        gen.writeStringField(attribute.jsonName, written.toString());
      } else if (written != null) {
        provider.defaultSerializeField(attribute.jsonName, written, gen);
      }
    }
  }

  private static Object present(Object value) {
    if (value instanceof Optional) {
      return ((Optional<?>) value).orElse(null);
    } else if (value instanceof OptionalInt) {
      OptionalInt optional = (OptionalInt) value;
      return optional.isPresent() ? optional.getAsInt() : null;
    } else if (value instanceof OptionalLong) {
      OptionalLong optional = (OptionalLong) value;
      return optional.isPresent() ? optional.getAsLong() : null;
    } else if (value instanceof OptionalDouble) {
      OptionalDouble optional = (OptionalDouble) value;
      return optional.isPresent() ? optional.getAsDouble() : null;
    }
    return value;
  }
}
