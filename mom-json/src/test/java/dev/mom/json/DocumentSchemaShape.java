package dev.mom.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mom.model.Scale;
import dev.mom.priority.ScoringModel;
import dev.mom.priority.ScoringModelKind;
import dev.mom.rules.Signal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of a document schema that are not one type's properties: the header, the condition tree,
 * and, for a kind whose documents may {@code "extends"} a base, the partial form a client document takes.
 */
final class DocumentSchemaShape {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String DEFS = "#/$defs/";
  /** The suffix of a definition's partial form, as a client document that extends a base writes it. */
  static final String PARTIAL = "Partial";
  /** The definition of {@code {"id": "x", "$remove": true}}. */
  static final String REMOVAL = "Removal";
  /** Values that are replaced whole when a client document extends a base, never merged key by key. */
  private static final Set<String> REPLACED_WHOLE = Set.of(Scale.class.getSimpleName(), "Condition");

  private DocumentSchemaShape() {}

  /** Adds the header, the title and description, and the partial form where the kind has one. */
  static ObjectNode finish(DocumentKind kind, ObjectNode generated) {
    ObjectNode defs = generated.has("$defs") ? (ObjectNode) generated.get("$defs") : NODES.objectNode();
    ObjectNode body = withHeader(kind, generated);
    ObjectNode root = NODES.objectNode();
    root.put("$schema", generated.get("$schema").asText());
    root.put("title", "MOM " + kind.id() + " document (schemaVersion " + kind.schemaVersion() + ")");
    SourceDocs.typeDescription(kind.type()).ifPresent(d -> root.put("description", d));
    scoringModelRules(defs);
    String name = kind.type().getSimpleName();
    if (body.path("properties").has("extends")) {
      defs.set(name, body);
      String partial = partial(name, defs, new HashSet<>(), true);
      defs.set(REMOVAL, removal());
      root.set("if", NODES.objectNode().set("required", NODES.arrayNode().add("extends")));
      root.set("then", NODES.objectNode().put("$ref", DEFS + partial));
      root.set("else", NODES.objectNode().put("$ref", DEFS + name));
    } else {
      root.setAll(body);
    }
    DocumentSchemas.sortKeys(defs);
    root.set("$defs", defs);
    return root;
  }

  /** The root type's schema with {@code kind} and {@code schemaVersion} first, both required. */
  private static ObjectNode withHeader(DocumentKind kind, ObjectNode generated) {
    ObjectNode body = NODES.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = generated.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> entry = it.next();
      if (!entry.getKey().equals("$schema") && !entry.getKey().equals("$defs")) {
        body.set(entry.getKey(), entry.getValue());
      }
    }
    ObjectNode properties = NODES.objectNode();
    properties.putObject("kind").put("const", kind.id())
        .put("description", "The kind of MOM document; always \"" + kind.id() + "\" here.");
    properties.putObject("schemaVersion").put("const", kind.schemaVersion())
        .put("description", "The version of the document format this document is written for.");
    if (body.has("properties")) {
      properties.setAll((ObjectNode) body.get("properties"));
    }
    ArrayNode required = NODES.arrayNode().add("kind").add("schemaVersion");
    if (body.has("required")) {
      required.addAll((ArrayNode) body.get("required"));
    }
    ObjectNode ordered = NODES.objectNode();
    ordered.put("type", "object");
    ordered.set("properties", properties);
    ordered.set("required", required);
    ordered.put("additionalProperties", false);
    return ordered;
  }

  /**
   * Defines the partial form of definition {@code name} (once) and returns its name: nothing is required
   * but the id (and, at the root, the header, id, version and extends); an optional property may be
   * {@code null} (which removes it from the base); a value-type property is partial in turn; an array of
   * values with ids may hold partial elements and removals and has no minimum size; everything else
   * (scalars, other arrays, conditions, scales) is replaced whole and so keeps its complete form.
   */
  private static String partial(String name, ObjectNode defs, Set<String> done, boolean root) {
    String partialName = name + PARTIAL;
    if (!done.add(name)) {
      return partialName;
    }
    ObjectNode complete = (ObjectNode) defs.get(name);
    ObjectNode partial = complete.deepCopy();
    defs.set(partialName, partial);
    Set<String> required = new HashSet<>();
    complete.path("required").forEach(r -> required.add(r.asText()));
    partial.remove("required");
    partial.remove("allOf"); // rules between properties hold for the merged value, not for the part written
    ArrayNode stillRequired = NODES.arrayNode();
    if (root) {
      stillRequired.add("kind").add("schemaVersion").add("id").add("version").add("extends");
    } else if (complete.path("properties").has("id")) {
      stillRequired.add("id");
    }
    ObjectNode properties = (ObjectNode) partial.get("properties");
    List<String> names = new ArrayList<>();
    properties.fieldNames().forEachRemaining(names::add);
    for (String property : names) {
      if (property.equals("kind") || property.equals("schemaVersion")) {
        continue;
      }
      JsonNode schema = partialProperty(properties.get(property), defs, done);
      if (!required.contains(property)) {
        ObjectNode nullable = NODES.objectNode();
        nullable.set("anyOf", NODES.arrayNode().add(schema).add(NODES.objectNode().put("type", "null")));
        schema = nullable;
      }
      properties.set(property, schema);
    }
    if (!stillRequired.isEmpty()) {
      ObjectNode reordered = NODES.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = partial.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> entry = it.next();
        reordered.set(entry.getKey(), entry.getValue());
        if (entry.getKey().equals("properties")) {
          reordered.set("required", stillRequired);
        }
      }
      defs.set(partialName, reordered);
    }
    return partialName;
  }

  private static JsonNode partialProperty(JsonNode schema, ObjectNode defs, Set<String> done) {
    String value = valueTypeReferenced(schema, defs);
    if (value != null) {
      ObjectNode replaced = ((ObjectNode) schema).deepCopy();
      replaced.put("$ref", DEFS + partial(value, defs, done, false));
      return replaced;
    }
    if ("array".equals(schema.path("type").asText())) {
      String element = valueTypeReferenced(schema.path("items"), defs);
      if (element != null && defs.get(element).path("properties").has("id")) {
        ObjectNode array = ((ObjectNode) schema).deepCopy();
        array.remove("minItems");
        ObjectNode items = NODES.objectNode();
        items.set("anyOf", NODES.arrayNode()
            .add(NODES.objectNode().put("$ref", DEFS + partial(element, defs, done, false)))
            .add(NODES.objectNode().put("$ref", DEFS + REMOVAL)));
        array.set("items", items);
        return array;
      }
    }
    return schema;
  }

  /** The definition a schema refers to if it is a MOM value type merged key by key, else null. */
  private static String valueTypeReferenced(JsonNode schema, ObjectNode defs) {
    String ref = schema.path("$ref").asText("");
    if (!ref.startsWith(DEFS)) {
      return null;
    }
    String name = ref.substring(DEFS.length());
    JsonNode def = defs.get(name);
    if (def == null || REPLACED_WHOLE.contains(name) || !def.has("properties")) {
      return null;
    }
    return name;
  }

  /**
   * A scoring model's parameters by its {@code type}, as {@code AbstractScoringModel}'s check says:
   * {@code gapWeight} and {@code assumedGapSeverity} (each 0 to 1) only for strategic-fit, {@code variant}
   * required for ice and only there, {@code criteria} at least one for weighted and none elsewhere.
   */
  private static void scoringModelRules(ObjectNode defs) {
    JsonNode model = defs.get(ScoringModel.class.getSimpleName());
    if (model == null) {
      return;
    }
    ObjectNode properties = (ObjectNode) model.get("properties");
    for (String fraction : List.of("gapWeight", "assumedGapSeverity")) {
      ((ObjectNode) properties.get(fraction)).put("minimum", 0).put("maximum", 1);
    }
    ArrayNode rules = ((ObjectNode) model).putArray("allOf");
    rules.add(byType(ScoringModelKind.STRATEGIC_FIT, null, NODES.objectNode()
        .set("properties", NODES.objectNode().put("gapWeight", false).put("assumedGapSeverity", false))));
    rules.add(byType(ScoringModelKind.ICE, NODES.objectNode().set("required", NODES.arrayNode().add("variant")),
        NODES.objectNode().set("properties", NODES.objectNode().put("variant", false))));
    ObjectNode someCriteria = NODES.objectNode();
    someCriteria.set("required", NODES.arrayNode().add("criteria"));
    someCriteria.putObject("properties").putObject("criteria").put("minItems", 1);
    ObjectNode noCriteria = NODES.objectNode();
    noCriteria.putObject("properties").putObject("criteria").put("maxItems", 0);
    rules.add(byType(ScoringModelKind.WEIGHTED, someCriteria, noCriteria));
  }

  /** {@code if type is T then whenType else otherwise}; a null branch is left out. */
  private static ObjectNode byType(ScoringModelKind type, ObjectNode whenType, ObjectNode otherwise) {
    ObjectNode rule = NODES.objectNode();
    ObjectNode test = rule.putObject("if");
    test.putObject("properties").putObject("type").put("const", type.id());
    if (whenType != null) {
      rule.set("then", whenType);
    }
    rule.set("else", otherwise);
    return rule;
  }

  private static ObjectNode removal() {
    ObjectNode removal = NODES.objectNode();
    removal.put("description", "Removes the base playbook's element with this id.");
    removal.put("type", "object");
    ObjectNode properties = removal.putObject("properties");
    properties.putObject("id").put("$ref", DEFS + "Id");
    properties.putObject("$remove").put("const", true);
    removal.set("required", NODES.arrayNode().add("id").add("$remove"));
    removal.put("additionalProperties", false);
    return removal;
  }

  /**
   * The condition tree: exactly one of {@code all}, {@code any} (arrays of conditions), {@code not} (one
   * condition), or a comparison of a {@code signal} with exactly one operator.
   */
  static ObjectNode conditionSchema() {
    ObjectNode condition = NODES.objectNode();
    condition.put("description", "A rule condition: {\"all\": [...]}, {\"any\": [...]}, {\"not\": {...}}, or a "
        + "comparison of a signal with one operator, e.g. {\"signal\": \"decisions.decidedBy.sales\", \"gte\": 0.4}.");
    ArrayNode oneOf = condition.putArray("oneOf");
    oneOf.add(branch("all", conditionList("All of these conditions hold.")));
    oneOf.add(branch("any", conditionList("At least one of these conditions holds.")));
    oneOf.add(branch("not", NODES.objectNode().put("$ref", DEFS + "Condition")
        .put("description", "This condition does not hold.")));
    ObjectNode comparison = NODES.objectNode();
    comparison.put("type", "object");
    ObjectNode properties = comparison.putObject("properties");
    properties.putObject("signal").put("type", "string").put("maxLength", Signal.MAX_NAME_LENGTH)
        .put("pattern", "^" + Signal.NAME_PATTERN + "$")
        .put("description", "The signal's name, as the engine's signal catalogue lists it.");
    for (String operator : List.of("gt", "gte", "lt", "lte", "eq")) {
      properties.putObject(operator).put("type", "number");
    }
    ObjectNode between = properties.putObject("between");
    between.put("type", "array").put("description", "[low, high], both included; low at most high.");
    between.putArray("prefixItems").add(NODES.objectNode().put("type", "number"))
        .add(NODES.objectNode().put("type", "number"));
    between.put("minItems", 2).put("maxItems", 2);
    comparison.set("required", NODES.arrayNode().add("signal"));
    comparison.put("minProperties", 2).put("maxProperties", 2);
    comparison.put("additionalProperties", false);
    oneOf.add(comparison);
    return condition;
  }

  private static ObjectNode conditionList(String description) {
    ObjectNode list = NODES.objectNode().put("type", "array").put("description", description);
    list.putObject("items").put("$ref", DEFS + "Condition");
    return list;
  }

  private static ObjectNode branch(String key, ObjectNode value) {
    ObjectNode branch = NODES.objectNode().put("type", "object");
    branch.putObject("properties").set(key, value);
    branch.set("required", NODES.arrayNode().add(key));
    branch.put("additionalProperties", false);
    return branch;
  }
}
