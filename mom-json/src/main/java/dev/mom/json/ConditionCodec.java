package dev.mom.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.mom.rules.Compare;
import dev.mom.rules.Condition;
import dev.mom.rules.ConditionVisitor;
import dev.mom.rules.Operator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes rule conditions as the small JSON tree of DESIGN §5: {@code {"all": [...]}},
 * {@code {"any": [...]}}, {@code {"not": {...}}}, {@code {"signal": "x", "gte": 0.4}} and
 * {@code {"signal": "x", "between": [0.2, 0.5]}}. Nothing in a condition names a class or runs code.
 */
final class ConditionCodec {

  private static final List<String> KEYS = List.of("all", "any", "not", "signal", "gt", "gte", "lt", "lte", "eq",
      "between");

  private ConditionCodec() {}

  static final class Reader extends JsonDeserializer<Condition> {
    @Override
    public Class<?> handledType() {
      return Condition.class;
    }

    @Override
    public Condition deserialize(JsonParser p, DeserializationContext context) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        ReadSession.expected(p, context,
            "a condition: {\"all\": [...]}, {\"any\": [...]}, {\"not\": {...}} or {\"signal\": \"...\", \"gte\": 0.5}");
        return null;
      }
      String pointer = ReadSession.pointer(p);
      int mark = ReadSession.mark(context);
      Map<String, Object> parts = new LinkedHashMap<>();
      for (JsonToken token = p.nextToken(); token == JsonToken.FIELD_NAME; token = p.nextToken()) {
        String key = p.currentName();
        p.nextToken();
        String at = ReadSession.pointer(p);
        switch (key) {
          case "all":
          case "any":
            parts.put(key, children(p, context));
            break;
          case "not":
            parts.put(key, Boolean.TRUE);
            Condition child = deserialize(p, context);
            if (child != null) {
              parts.put(key, child);
            }
            break;
          case "signal":
            if (p.currentToken() != JsonToken.VALUE_STRING) {
              ReadSession.expected(p, context, "a signal name (a string)");
              parts.put(key, Boolean.FALSE);
            } else {
              parts.put(key, p.getText());
            }
            break;
          case "between":
            parts.put(key, range(p, context));
            break;
          case "gt":
          case "gte":
          case "lt":
          case "lte":
          case "eq":
            parts.put(key, threshold(p, context));
            break;
          default:
            ReadSession.skipValue(p);
            ReadSession.report(p, context, Problem.of(at, ReadSession.unknownProperty(key, KEYS)));
        }
      }
      if (ReadSession.grewSince(context, mark)) {
        return null;
      }
      return assemble(p, context, pointer, parts);
    }

    private Condition assemble(JsonParser p, DeserializationContext context, String pointer, Map<String, Object> parts)
        throws IOException {
      List<String> heads = new ArrayList<>();
      List<String> operators = new ArrayList<>();
      for (String key : parts.keySet()) {
        if (key.equals("all") || key.equals("any") || key.equals("not") || key.equals("signal")) {
          heads.add(key);
        } else {
          operators.add(key);
        }
      }
      if (heads.size() != 1) {
        String found = heads.isEmpty() ? "none" : String.join(", ", heads);
        ReadSession.report(p, context, Problem.of(pointer,
            "a condition has exactly one of 'all', 'any', 'not' or 'signal'; found " + found));
        return null;
      }
      String head = heads.get(0);
      if (!head.equals("signal")) {
        if (!operators.isEmpty()) {
          ReadSession.report(p, context, Problem.of(pointer, "'" + operators.get(0)
              + "' belongs to a comparison with 'signal', not to '" + head + "'"));
          return null;
        }
        Object value = parts.get(head);
        if (head.equals("not")) {
          return Condition.not((Condition) value);
        }
        @SuppressWarnings("unchecked")
        List<Condition> children = (List<Condition>) value;
        return head.equals("all") ? new Condition.All(children) : new Condition.Any(children);
      }
      String signal = (String) parts.get("signal");
      if (operators.size() != 1) {
        String message = operators.isEmpty()
            ? "the comparison on '" + signal + "' needs one operator: gt, gte, lt, lte, eq or between"
            : "the comparison on '" + signal + "' has " + operators.size() + " operators (" + String.join(", ", operators)
                + "); write one comparison per operator inside \"all\"";
        ReadSession.report(p, context, Problem.of(pointer, message));
        return null;
      }
      String operatorId = operators.get(0);
      Operator operator = Operator.valueOf(operatorId.toUpperCase(java.util.Locale.ROOT));
      double low;
      double high;
      if (operator == Operator.BETWEEN) {
        double[] range = (double[]) parts.get(operatorId);
        low = range[0];
        high = range[1];
      } else {
        low = (Double) parts.get(operatorId);
        high = low;
      }
      try {
        return new Compare(signal, operator, low, high);
      } catch (IllegalArgumentException e) {
        String where = e.getMessage().startsWith("invalid signal name") ? pointer + "/signal" : pointer + "/" + operatorId;
        ReadSession.report(p, context, Problem.of(where, e.getMessage()));
        return null;
      }
    }

    private List<Condition> children(JsonParser p, DeserializationContext context) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        ReadSession.expected(p, context, "an array of conditions");
        return List.of();
      }
      List<Condition> children = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        Condition child = deserialize(p, context);
        if (child != null) {
          children.add(child);
        }
      }
      return children;
    }

    private static Double threshold(JsonParser p, DeserializationContext context) throws IOException {
      return new ScalarCodecs.DoubleReader().deserialize(p, context);
    }

    private static double[] range(JsonParser p, DeserializationContext context) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        ReadSession.expected(p, context, "[low, high]");
        return null;
      }
      String pointer = ReadSession.pointer(p);
      List<Double> ends = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        ends.add(new ScalarCodecs.DoubleReader().deserialize(p, context));
      }
      if (ends.size() != 2) {
        ReadSession.report(p, context, Problem.of(pointer, "between takes exactly two numbers [low, high], found "
            + ends.size()));
        return null;
      }
      if (ends.contains(null)) {
        return null;
      }
      return new double[] {ends.get(0), ends.get(1)};
    }
  }

  static final class Writer extends JsonSerializer<Condition> {
    @Override
    public Class<Condition> handledType() {
      return Condition.class;
    }

    @Override
    public void serialize(Condition value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      try {
        value.accept(new Writing(gen));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
  }

  private static final class Writing implements ConditionVisitor<Void> {
    private final JsonGenerator gen;

    Writing(JsonGenerator gen) {
      this.gen = gen;
    }

    @Override
    public Void visitAll(Condition.All all) {
      return list("all", all.conditions());
    }

    @Override
    public Void visitAny(Condition.Any any) {
      return list("any", any.conditions());
    }

    private Void list(String key, List<Condition> conditions) {
      try {
        gen.writeStartObject();
        gen.writeArrayFieldStart(key);
        for (Condition condition : conditions) {
          condition.accept(this);
        }
        gen.writeEndArray();
        gen.writeEndObject();
        return null;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public Void visitNot(Condition.Not not) {
      try {
        gen.writeStartObject();
        gen.writeFieldName("not");
        not.condition().accept(this);
        gen.writeEndObject();
        return null;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public Void visitCompare(Compare compare) {
      try {
        gen.writeStartObject();
        gen.writeStringField("signal", compare.signal());
        if (compare.operator() == Operator.BETWEEN) {
          gen.writeArrayFieldStart("between");
          gen.writeNumber(compare.value());
          gen.writeNumber(compare.upper());
          gen.writeEndArray();
        } else {
          gen.writeNumberField(compare.operator().id(), compare.value());
        }
        gen.writeEndObject();
        return null;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
