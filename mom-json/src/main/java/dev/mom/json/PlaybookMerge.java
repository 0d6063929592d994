package dev.mom.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mom.internal.Suggestions;
import dev.mom.model.Id;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The merge of a client playbook over its resolved base, both as JSON trees, generic for every section:
 * <ul>
 *   <li>objects merge property by property; a property the client leaves out is inherited; {@code null}
 *       removes it; the base's {@code id}, {@code version} and {@code extends} are never inherited;
 *   <li>arrays whose elements are all objects with a string {@code id} merge by id: a client element with a
 *       base id merges into the base element, in the base's position; a new id is appended in the client's
 *       order; {@code {"id": "x", "$remove": true}} removes the base element. An element whose {@code type}
 *       differs from the base element's (a scoring model changed from RICE to WSJF) replaces it whole;
 *   <li>every other array, every scalar, every condition tree ({@code when}) and every {@code scale} is
 *       replaced whole.
 * </ul>
 * It remembers where each part of the merged tree came from, so that a problem found when the merged tree is
 * read points back into the client's document ({@link #placed(List)}).
 */
final class PlaybookMerge {

  /** Objects replaced whole, never merged property by property. */
  private static final Set<String> WHOLE = Set.of("when", "scale");

  private static final String REMOVE = "$remove";

  /** The origin of a part of the merged tree that comes from the base unchanged. */
  private static final String FROM_BASE = "\u0000base";

  private final Id baseId;
  private final ObjectNode client;
  private final ObjectNode result;
  /** Merged pointer to the client pointer it came from, or FROM_BASE; the nearest entry above a place holds. */
  private final Map<String, String> origins = new HashMap<>();
  private final List<Problem> problems = new ArrayList<>();

  private PlaybookMerge(ObjectNode base, ObjectNode client, Id baseId) {
    this.baseId = baseId;
    this.client = client;
    this.result = base.deepCopy();
    result.remove("id");
    result.remove("version");
    result.remove("extends");
    origins.put("", "");
    mergeObject(result, client, "", "", true);
  }

  /**
   * Merges a client playbook over its base.
   *
   * @param base the resolved base as written by {@link MomJson#write(Object)} (not changed)
   * @param client the client document (not changed)
   * @param baseId the base's id, for messages
   * @return the merge
   */
  static PlaybookMerge over(ObjectNode base, ObjectNode client, Id baseId) {
    return new PlaybookMerge(base, client, baseId);
  }

  /** The merged playbook document, without {@code extends}. */
  ObjectNode result() {
    return result;
  }

  /** The problems found while merging, with pointers into the client's document. */
  List<Problem> problems() {
    return problems;
  }

  /**
   * The problems of the merge ({@link #problems()}, first in {@code merged}) and those found reading the
   * merged tree, each placed where it came from: into the client's document when the client wrote or changed
   * that part, in its document order; else at the merged pointer with a note that it is in the resolved
   * playbook, after those of the client. Duplicates are dropped.
   */
  List<Problem> placed(List<Problem> merged) {
    Map<String, Integer> order = new HashMap<>();
    number(client, "", order);
    List<Problem> inClient = new ArrayList<>();
    List<Problem> inResolved = new ArrayList<>();
    for (int i = 0; i < merged.size(); i++) {
      Problem problem = merged.get(i);
      if (i < problems.size()) {
        inClient.add(problem);
        continue;
      }
      String pointer = problem.pointer();
      String prefix = pointer;
      while (!origins.containsKey(prefix)) {
        prefix = prefix.substring(0, prefix.lastIndexOf('/'));
      }
      String origin = origins.get(prefix);
      if (origin.equals(FROM_BASE)) {
        String element = enclosingId(pointer);
        String what = element != null
            ? "'" + element + "' comes unchanged from the base '" + baseId + "'"
            : "this part comes unchanged from the base '" + baseId + "'";
        inResolved.add(problem.placedAt(pointer, problem.message() + " (in the resolved playbook: " + what + ")"));
      } else {
        inClient.add(problem.placedAt(origin + pointer.substring(prefix.length()), problem.message()));
      }
    }
    inClient.sort(Comparator.comparingInt(problem -> position(problem.pointer(), order)));
    List<Problem> all = new ArrayList<>(new LinkedHashSet<>(inClient));
    all.addAll(new LinkedHashSet<>(inResolved));
    return all;
  }

  /** The id of the innermost list element with an id that holds a place of the merged tree, or null. */
  private String enclosingId(String pointer) {
    for (String place = pointer; !place.isEmpty(); place = place.substring(0, place.lastIndexOf('/'))) {
      String parent = place.substring(0, place.lastIndexOf('/'));
      JsonNode node = result.at(JsonPointer.compile(place));
      if (node.isObject() && node.path("id").isTextual() && result.at(JsonPointer.compile(parent)).isArray()) {
        return node.get("id").textValue();
      }
    }
    return null;
  }

  /** Numbers every place in the client's document in document order. */
  private static void number(JsonNode node, String pointer, Map<String, Integer> order) {
    order.put(pointer, order.size());
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        number(field.getValue(), pointer + "/" + escape(field.getKey()), order);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        number(node.get(i), pointer + "/" + i, order);
      }
    }
  }

  /** The document position of a pointer, or of its nearest place above that exists. */
  private static int position(String pointer, Map<String, Integer> order) {
    String place = pointer;
    while (!order.containsKey(place)) {
      place = place.substring(0, place.lastIndexOf('/'));
    }
    return order.get(place);
  }

  private void mergeObject(ObjectNode target, ObjectNode client, String mergedPointer, String clientPointer,
      boolean root) {
    Set<String> mentioned = new HashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> fields = client.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      JsonNode value = field.getValue();
      String merged = mergedPointer + "/" + escape(name);
      String from = clientPointer + "/" + escape(name);
      mentioned.add(name);
      if (root && name.equals("extends")) {
        continue;
      }
      if (name.equals(REMOVE)) {
        problems.add(misplacedRemove(from));
        continue;
      }
      origins.put(merged, from);
      JsonNode base = target.get(name);
      if (value.isNull()) {
        target.remove(name);
      } else if (base != null && base.isObject() && value.isObject() && !WHOLE.contains(name)) {
        mergeObject((ObjectNode) base, (ObjectNode) value, merged, from, false);
      } else if (value.isArray() && (base == null || base.isArray()) && mergesById(base, (ArrayNode) value)) {
        target.set(name, mergeArray(name, base == null ? JsonNodeFactory.instance.arrayNode() : (ArrayNode) base,
            (ArrayNode) value, merged, from));
      } else {
        checkNoRemove(value, from);
        target.set(name, value.deepCopy());
      }
    }
    for (Iterator<String> names = target.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!mentioned.contains(name)) {
        origins.put(mergedPointer + "/" + escape(name), FROM_BASE);
      }
    }
  }

  /** Whether an array merges by id: the base's elements all have ids, or (no base elements) the client's do. */
  private static boolean mergesById(JsonNode base, ArrayNode client) {
    ArrayNode elements = base != null && !base.isEmpty() ? (ArrayNode) base : client;
    if (elements.isEmpty()) {
      return false;
    }
    for (JsonNode element : elements) {
      if (!element.isObject() || !element.path("id").isTextual()) {
        return false;
      }
    }
    return true;
  }

  private ArrayNode mergeArray(String name, ArrayNode base, ArrayNode client, String mergedPointer,
      String clientPointer) {
    Map<String, Integer> baseIndex = new LinkedHashMap<>();
    for (int i = 0; i < base.size(); i++) {
      baseIndex.put(base.get(i).get("id").textValue(), i);
    }
    Map<String, Integer> merges = new HashMap<>();
    Set<String> removed = new HashSet<>();
    List<Integer> appended = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < client.size(); i++) {
      JsonNode element = client.get(i);
      String from = clientPointer + "/" + i;
      if (!element.isObject() || !element.path("id").isTextual()) {
        problems.add(Problem.of(from, "expected an object with an 'id': the elements of '" + name
            + "' are merged with the base's by id"));
        continue;
      }
      String id = element.get("id").textValue();
      if (!seen.add(id)) {
        problems.add(Problem.of(from + "/id", "duplicate id '" + id + "': change, add or remove an element once",
            id));
        continue;
      }
      if (element.has(REMOVE)) {
        JsonNode flag = element.get(REMOVE);
        if (!flag.isBoolean() || !flag.booleanValue()) {
          problems.add(Problem.of(from + "/" + escape(REMOVE), "expected true: \"$remove\": true removes the base's "
              + "element with this id; leave '$remove' out to change the element", flag.toString()));
        } else if (element.size() != 2) {
          problems.add(Problem.of(from, "an element that removes holds only its 'id' and \"$remove\": true"));
        } else if (!baseIndex.containsKey(id)) {
          problems.add(Problem.of(from, "cannot remove '" + id + "': the base '" + baseId + "' has no element with "
              + "that id in '" + name + "'" + Suggestions.closest(id, baseIndex.keySet())
                  .map(s -> " (did you mean '" + s + "'?)").orElse(""), id));
        } else {
          removed.add(id);
        }
      } else if (baseIndex.containsKey(id)) {
        merges.put(id, i);
      } else {
        appended.add(i);
      }
    }
    ArrayNode merged = JsonNodeFactory.instance.arrayNode();
    for (JsonNode element : base) {
      String id = element.get("id").textValue();
      if (removed.contains(id)) {
        continue;
      }
      String at = mergedPointer + "/" + merged.size();
      Integer change = merges.get(id);
      if (change == null) {
        origins.put(at, FROM_BASE);
        merged.add(element);
        continue;
      }
      ObjectNode changed = (ObjectNode) client.get(change);
      String from = clientPointer + "/" + change;
      origins.put(at, from);
      JsonNode baseType = element.get("type");
      JsonNode clientType = changed.get("type");
      if (baseType != null && clientType != null && !baseType.equals(clientType)) {
        checkNoRemove(changed, from);
        merged.add(changed.deepCopy());
      } else {
        ObjectNode copy = ((ObjectNode) element).deepCopy();
        mergeObject(copy, changed, at, from, false);
        merged.add(copy);
      }
    }
    for (int i : appended) {
      String from = clientPointer + "/" + i;
      origins.put(mergedPointer + "/" + merged.size(), from);
      checkNoRemove(client.get(i), from);
      merged.add(client.get(i).deepCopy());
    }
    return merged;
  }

  /** Reports every {@code $remove} inside a value that is taken whole (there is no base element to remove). */
  private void checkNoRemove(JsonNode value, String pointer) {
    if (value.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        String at = pointer + "/" + escape(field.getKey());
        if (field.getKey().equals(REMOVE)) {
          problems.add(misplacedRemove(at));
        } else {
          checkNoRemove(field.getValue(), at);
        }
      }
    } else if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        checkNoRemove(value.get(i), pointer + "/" + i);
      }
    }
  }

  private static Problem misplacedRemove(String pointer) {
    return Problem.of(pointer, "'$remove' only removes an element of the base from a list merged by id: "
        + "write {\"id\": \"…\", \"$remove\": true} in that list");
  }

  /** A property name as a JSON-pointer segment (RFC 6901). */
  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
