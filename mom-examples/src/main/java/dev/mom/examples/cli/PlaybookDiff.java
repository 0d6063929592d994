package dev.mom.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mom.json.MomJson;
import dev.mom.playbook.Playbook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What differs between two resolved playbooks, by id, for {@code mom playbook diff}: compared as the canonical JSON
 * they are written as, the same way the {@code extends} merge reads them.
 *
 * <ul>
 *   <li>a property (a section such as {@code impact}, or a setting) present on one side only is added or removed;
 *   <li>a list whose elements are objects with an {@code id} is compared by id: elements added, removed, and changed
 *       (each changed property of an element named, e.g. {@code diagnosis.rules: changed sales-decides: when});
 *   <li>a list of words or ids lists the entries added and removed (or says it was only reordered);
 *   <li>a scalar shows {@code old → new}; a condition tree ({@code when}), a {@code scale} and any other list is
 *       compared whole and reported as changed.
 * </ul>
 * The order is deterministic: properties in the first playbook's order, then those only in the second; in a list,
 * the first playbook's elements in order (removed or changed), then the second's new ones.
 */
final class PlaybookDiff {

  private static final ObjectMapper TREES = new ObjectMapper();
  /** The most characters of compact JSON, old and new together, shown for a changed structure. */
  private static final int MAX_INLINE = 200;

  /**
   * One difference.
   *
   * @param path the dotted path of the property or list, e.g. {@code diagnosis.rules}
   * @param element the id of the list element concerned, or null
   * @param property inside that element, the dotted path of what changed, or null for the element itself
   * @param change {@code added}, {@code removed} or {@code changed}
   * @param before the value before, where shown (scalars, values compared whole), or null
   * @param after the value after, where shown, or null
   * @param added the words added to a list of words, else empty
   * @param removed the words removed from a list of words, else empty
   */
  record Difference(String path, @Nullable String element, @Nullable String property, String change,
      @Nullable JsonNode before, @Nullable JsonNode after, List<String> added, List<String> removed) {}

  private final String labelA;
  private final String labelB;
  private final Playbook a;
  private final Playbook b;
  private final List<Difference> differences = new ArrayList<>();

  private PlaybookDiff(String labelA, Playbook a, String labelB, Playbook b) {
    this.labelA = labelA;
    this.labelB = labelB;
    this.a = a;
    this.b = b;
    compareObjects("", null, null, tree(a), tree(b));
  }

  /**
   * Compares two playbooks.
   *
   * @param labelA how the first is named in the report (its file)
   * @param a the first, resolved
   * @param labelB how the second is named
   * @param b the second, resolved
   * @return the comparison
   */
  static PlaybookDiff between(String labelA, Playbook a, String labelB, Playbook b) {
    return new PlaybookDiff(labelA, a, labelB, b);
  }

  /** The differences, in the documented order. */
  List<Difference> differences() {
    return differences;
  }

  private static ObjectNode tree(Playbook playbook) {
    try {
      return (ObjectNode) TREES.readTree(MomJson.standard().write(playbook));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** Compares two objects at {@code path}; inside a list element {@code element}, at {@code property}. */
  private void compareObjects(String path, @Nullable String element, @Nullable String property, JsonNode before,
      JsonNode after) {
    Set<String> names = new LinkedHashSet<>();
    before.fieldNames().forEachRemaining(names::add);
    after.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      if ((name.equals("kind") || name.equals("schemaVersion")) && path.isEmpty() && element == null) {
        continue;
      }
      JsonNode x = before.get(name);
      JsonNode y = after.get(name);
      String where = element == null ? join(path, name) : path;
      String inside = element == null ? null : property == null ? name : property + "." + name;
      if (x == null || y == null) {
        JsonNode shown = x == null ? y : x;
        boolean scalar = shown.isValueNode();
        add(new Difference(where, element, inside, x == null ? "added" : "removed", scalar && x != null ? x : null,
            scalar && y != null ? y : null, List.of(), List.of()));
      } else {
        compareValues(where, element, inside, name, x, y);
      }
    }
  }

  private void compareValues(String path, @Nullable String element, @Nullable String property, String name,
      JsonNode x, JsonNode y) {
    if (x.equals(y)) {
      return;
    }
    boolean whole = name.equals("when") || name.equals("scale");
    if (x.isObject() && y.isObject() && !whole) {
      compareObjects(path, element, property, x, y);
    } else if (element == null && byId(x) && byId(y)) {
      compareById(path, (ArrayNode) x, (ArrayNode) y);
    } else if (words(x) && words(y)) {
      compareWords(path, element, property, x, y);
    } else {
      add(new Difference(path, element, property, "changed", x, y, List.of(), List.of()));
    }
  }

  private void add(Difference difference) {
    differences.add(difference);
  }

  /** Whether a value is a list of objects with ids (an empty list counts, so that all of a new list shows). */
  private static boolean byId(JsonNode node) {
    if (!node.isArray()) {
      return false;
    }
    for (JsonNode element : node) {
      if (!element.isObject() || !element.path("id").isTextual()) {
        return false;
      }
    }
    return true;
  }

  private static boolean words(JsonNode node) {
    if (!node.isArray()) {
      return false;
    }
    for (JsonNode element : node) {
      if (!element.isValueNode()) {
        return false;
      }
    }
    return true;
  }

  private void compareById(String path, ArrayNode x, ArrayNode y) {
    Map<String, JsonNode> before = byIds(x);
    Map<String, JsonNode> after = byIds(y);
    for (Map.Entry<String, JsonNode> entry : before.entrySet()) {
      JsonNode other = after.get(entry.getKey());
      if (other == null) {
        add(new Difference(path, entry.getKey(), null, "removed", null, null, List.of(), List.of()));
      } else if (!other.equals(entry.getValue())) {
        JsonNode typeBefore = entry.getValue().get("type");
        JsonNode typeAfter = other.get("type");
        if (typeBefore != null && typeAfter != null && !typeBefore.equals(typeAfter)) {
          add(new Difference(path, entry.getKey(), null, "changed", entry.getValue(), other, List.of(), List.of()));
        } else {
          compareObjects(path, entry.getKey(), null, entry.getValue(), other);
        }
      }
    }
    for (Map.Entry<String, JsonNode> entry : after.entrySet()) {
      if (!before.containsKey(entry.getKey())) {
        add(new Difference(path, entry.getKey(), null, "added", null, null, List.of(), List.of()));
      }
    }
  }

  private static Map<String, JsonNode> byIds(ArrayNode list) {
    Map<String, JsonNode> elements = new LinkedHashMap<>();
    for (JsonNode element : list) {
      elements.put(element.get("id").textValue(), element);
    }
    return elements;
  }

  private void compareWords(String path, @Nullable String element, @Nullable String property, JsonNode x,
      JsonNode y) {
    List<String> before = texts(x);
    List<String> after = texts(y);
    List<String> added = new ArrayList<>(after);
    added.removeAll(before);
    List<String> removed = new ArrayList<>(before);
    removed.removeAll(after);
    add(new Difference(path, element, property, "changed", null, null, added, removed));
  }

  private static List<String> texts(JsonNode list) {
    List<String> texts = new ArrayList<>();
    list.forEach(word -> texts.add(word.isTextual() ? word.textValue() : word.toString()));
    return texts;
  }

  /** One difference as a line of text, without the leading indentation. */
  private static String line(Difference d) {
    StringBuilder text = new StringBuilder(d.path()).append(": ");
    if (d.element() != null && d.property() == null) {
      return text.append(d.change()).append(' ').append(d.element()).toString();
    }
    if (d.element() != null) {
      text.append("changed ").append(d.element()).append(": ").append(d.property());
      if (!d.change().equals("changed")) {
        text.append(' ').append(d.change());
      }
    } else if (d.added().isEmpty() && d.removed().isEmpty()) {
      text.append(d.change());
    }
    return text.append(detail(d)).toString();
  }

  /**
   * What changed in a value: the words added and removed, {@code old → new} (for a structure such as a rule's
   * condition, in compact JSON when short), or the value added or removed.
   */
  private static String detail(Difference d) {
    if (!d.added().isEmpty() || !d.removed().isEmpty()) {
      List<String> parts = new ArrayList<>();
      if (!d.added().isEmpty()) {
        parts.add("added " + quoted(d.added()));
      }
      if (!d.removed().isEmpty()) {
        parts.add("removed " + quoted(d.removed()));
      }
      return (d.element() == null ? "" : " ") + String.join("; ", parts);
    }
    JsonNode before = d.before();
    JsonNode after = d.after();
    if (d.change().equals("changed") && before == null) {
      return " (reordered)";
    } else if (d.change().equals("changed") && before != null && after != null && before.isValueNode()
        && after.isValueNode()) {
      return " " + before + " → " + after;
    } else if (d.change().equals("changed") && before != null && after != null
        && before.toString().length() + after.toString().length() <= MAX_INLINE) {
      return " " + before + " → " + after; // a small structure, e.g. a rule's condition, in compact JSON
    } else if (d.change().equals("added") && after != null) {
      return " " + after;
    } else if (d.change().equals("removed") && before != null) {
      return " (was " + before + ")";
    }
    return "";
  }

  private static String quoted(List<String> words) {
    List<String> quoted = new ArrayList<>();
    for (String word : words) {
      quoted.add(JsonNodeFactory.instance.textNode(word).toString());
    }
    return String.join(", ", quoted);
  }

  private String heading() {
    return labelA + " (" + a.id() + " " + a.version() + ") → " + labelB + " (" + b.id() + " " + b.version() + ")";
  }

  private String count() {
    int n = differences.size();
    return n == 0 ? "no differences" : n == 1 ? "1 difference" : n + " differences";
  }

  /** The differences as plain text: a heading line, then one indented line each. */
  String text() {
    StringBuilder text = new StringBuilder(heading()).append(": ").append(count()).append('\n');
    for (Difference difference : differences) {
      text.append("  ").append(line(difference)).append('\n');
    }
    return text.toString();
  }

  /** The differences in Markdown: a heading, the two playbooks, and a bullet list. */
  String markdown() {
    StringBuilder text = new StringBuilder("# Playbook differences\n\n")
        .append("From `").append(labelA).append("` (").append(a.id()).append(' ').append(a.version())
        .append(") to `").append(labelB).append("` (").append(b.id()).append(' ').append(b.version()).append("): ")
        .append(count()).append(".\n");
    if (!differences.isEmpty()) {
      text.append('\n');
      for (Difference difference : differences) {
        text.append("- `").append(line(difference).replace("`", "'")).append("`\n");
      }
    }
    return text.toString();
  }

  /** The differences as a JSON document. */
  String json() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.set("a", side(labelA, a));
    root.set("b", side(labelB, b));
    ArrayNode list = root.putArray("differences");
    for (Difference d : differences) {
      ObjectNode entry = list.addObject();
      entry.put("path", d.path());
      if (d.element() != null) {
        entry.put("id", d.element());
      }
      if (d.property() != null) {
        entry.put("property", d.property());
      }
      entry.put("change", d.change());
      if (d.before() != null) {
        entry.set("before", d.before());
      }
      if (d.after() != null) {
        entry.set("after", d.after());
      }
      if (!d.added().isEmpty()) {
        d.added().forEach(entry.putArray("added")::add);
      }
      if (!d.removed().isEmpty()) {
        d.removed().forEach(entry.putArray("removed")::add);
      }
    }
    try {
      return JsonText.pretty(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode side(String label, Playbook playbook) {
    ObjectNode side = JsonNodeFactory.instance.objectNode();
    side.put("file", label);
    side.put("id", playbook.id().value());
    side.put("version", playbook.version());
    return side;
  }
}
