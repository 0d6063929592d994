package dev.mom.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.ser.Serializers;
import dev.mom.model.Function;
import dev.mom.model.Id;
import java.io.IOException;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Strict readers and writers for the scalars of MOM documents. Each reader accepts exactly one JSON shape
 * (no strings for numbers, no numbers for strings, no fractions for whole numbers, no NaN, no numbers too
 * large for a double) and records a {@link Problem} otherwise.
 */
final class ScalarCodecs {

  private ScalarCodecs() {}

  /** Reads a value of type T from the current (non-null) token, or records a problem and returns null. */
  abstract static class Strict<T> extends JsonDeserializer<T> {
    private final Class<T> type;

    Strict(Class<T> type) {
      this.type = type;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public T getNullValue(DeserializationContext context) {
      return null;
    }
  }

  static final class StringReader extends Strict<String> {
    StringReader() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        ReadSession.expected(p, context, "a string");
        return null;
      }
      return p.getText();
    }
  }

  static final class DoubleReader extends Strict<Double> {
    DoubleReader() {
      super(Double.class);
    }

    @Override
    public Double deserialize(JsonParser p, DeserializationContext context) throws IOException {
      JsonToken token = p.currentToken();
      if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
        ReadSession.expected(p, context, "a number");
        return null;
      }
      double value = p.getDoubleValue();
      if (!Double.isFinite(value)) {
        ReadSession.report(p, context, Problem.of(ReadSession.pointer(p),
            "number out of range: a number must lie within ±1.7976931348623157E308", p.getText()));
        return null;
      }
      return value;
    }
  }

  /** A whole number that fits in {@code bits} bits with its sign: an {@code int} (31) or a {@code long} (63). */
  private static BigInteger wholeNumber(JsonParser p, DeserializationContext context, int bits, Object min, Object max)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      ReadSession.expected(p, context, "a whole number");
      return null;
    }
    BigInteger value = p.getBigIntegerValue();
    if (value.bitLength() > bits) {
      ReadSession.report(p, context, Problem.of(ReadSession.pointer(p),
          "number out of range: a whole number here lies within " + min + " and " + max, p.getText()));
      return null;
    }
    return value;
  }

  static final class IntReader extends Strict<Integer> {
    IntReader() {
      super(Integer.class);
    }

    @Override
    public Integer deserialize(JsonParser p, DeserializationContext context) throws IOException {
      BigInteger value = wholeNumber(p, context, 31, Integer.MIN_VALUE, Integer.MAX_VALUE);
      return value == null ? null : value.intValue();
    }
  }

  static final class LongReader extends Strict<Long> {
    LongReader() {
      super(Long.class);
    }

    @Override
    public Long deserialize(JsonParser p, DeserializationContext context) throws IOException {
      BigInteger value = wholeNumber(p, context, 63, Long.MIN_VALUE, Long.MAX_VALUE);
      return value == null ? null : value.longValue();
    }
  }

  static final class BooleanReader extends Strict<Boolean> {
    BooleanReader() {
      super(Boolean.class);
    }

    @Override
    public Boolean deserialize(JsonParser p, DeserializationContext context) throws IOException {
      JsonToken token = p.currentToken();
      if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
        ReadSession.expected(p, context, "true or false");
        return null;
      }
      return token == JsonToken.VALUE_TRUE;
    }
  }

  static final class DateReader extends Strict<LocalDate> {
    DateReader() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext context) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        ReadSession.expected(p, context, "a date written \"yyyy-mm-dd\"");
        return null;
      }
      String text = p.getText();
      LocalDate date = date(text);
      if (date != null) {
        return date;
      }
      ReadSession.report(p, context, Problem.of(ReadSession.pointer(p),
          "expected a date written \"yyyy-mm-dd\" (e.g. \"2021-03-31\")", text));
      return null;
    }
  }

  /**
   * The date that {@code text} writes as {@code yyyy-mm-dd}, or null: what {@link LocalDate#parse} accepts among
   * texts of 10 characters. The common case, ten ASCII digits and dashes, is read by hand (the formatter costs
   * far more); any other text of 10 characters goes to {@link LocalDate#parse}.
   */
  static LocalDate date(String text) {
    if (text.length() != 10) {
      return null;
    }
    if (text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        try {
          return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
          return null; // no such day, as LocalDate.parse finds too
        }
      }
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The number that ASCII digits {@code from} to {@code to} of {@code text} write, or -1 for any other character. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  static final class IdReader extends Strict<Id> {
    IdReader() {
      super(Id.class);
    }

    @Override
    public Id deserialize(JsonParser p, DeserializationContext context) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        ReadSession.expected(p, context, "an id (a string)");
        return null;
      }
      String text = p.getText();
      if (!Id.isValid(text)) {
        ReadSession.report(p, context, Problem.of(ReadSession.pointer(p), Id.describeInvalid(text), text));
        return null;
      }
      return Id.of(text);
    }
  }

  static final class FunctionReader extends Strict<Function> {
    FunctionReader() {
      super(Function.class);
    }

    @Override
    public Function deserialize(JsonParser p, DeserializationContext context) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        ReadSession.expected(p, context, "a function id (a string)");
        return null;
      }
      String text = p.getText();
      if (!Id.isValid(text)) {
        ReadSession.report(p, context, Problem.of(ReadSession.pointer(p), Id.describeInvalid(text), text));
        return null;
      }
      return Function.of(text);
    }
  }

  /** Ids as keys of JSON objects, e.g. weights by objective id. */
  static final class IdKeyReader extends KeyDeserializer {
    @Override
    public Object deserializeKey(String key, DeserializationContext context) throws IOException {
      if (!Id.isValid(key)) {
        return context.handleWeirdKey(Id.class, key, Id.describeInvalid(key));
      }
      return Id.of(key);
    }
  }

  /** A MOM enum, written by its id: lowercase, words joined by '-'. */
  static final class EnumReader<E extends Enum<E>> extends JsonDeserializer<E> {
    private final Class<E> type;
    private final List<String> ids = new ArrayList<>();
    private final Map<String, E> byId = new HashMap<>();

    EnumReader(Class<E> type) {
      this.type = type;
      for (E constant : type.getEnumConstants()) {
        ids.add(idOf(constant));
        byId.putIfAbsent(idOf(constant), constant);
      }
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public E deserialize(JsonParser p, DeserializationContext context) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        ReadSession.expected(p, context, "one of " + String.join(", ", ids));
        return null;
      }
      String text = p.getText();
      E constant = byId.get(text);
      if (constant != null) {
        return constant;
      }
      String message = "unknown value '" + text + "'; expected one of " + String.join(", ", ids);
      message = dev.mom.internal.Suggestions.closest(text, ids).map(s -> "unknown value '" + text
          + "' (did you mean '" + s + "'?); expected one of " + String.join(", ", ids)).orElse(message);
      ReadSession.report(p, context, Problem.of(ReadSession.pointer(p), message, text));
      return null;
    }
  }

  static String idOf(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static final class EnumWriter extends JsonSerializer<Enum<?>> {
    @Override
    public void serialize(Enum<?> value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeString(idOf(value));
    }
  }

  static final class ToStringWriter extends JsonSerializer<Object> {
    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      gen.writeString(value.toString());
    }
  }

  /** Finds MOM enums' readers. */
  static final class MomDeserializers extends Deserializers.Base {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
        BeanDescription description) {
      if (type.getName().startsWith("dev.mom.")) {
        return new EnumReader(type);
      }
      return null;
    }

    @Override
    public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription description) {
      return ValueShape.of(type.getRawClass())
          .<JsonDeserializer<?>>map(shape -> new ValueTypeDeserializer(shape, type, config.getTypeFactory()))
          .orElse(null);
    }
  }

  /** Finds MOM enums' and value types' writers. */
  static final class MomSerializers extends Serializers.Base {
    @Override
    public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription description) {
      Class<?> raw = type.getRawClass();
      if (raw.isEnum() && raw.getName().startsWith("dev.mom.")) {
        return new EnumWriter();
      }
      return ValueShape.of(raw).<JsonSerializer<?>>map(ValueTypeSerializer::new).orElse(null);
    }
  }
}
