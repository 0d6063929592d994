package dev.mom.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mom.internal.Suggestions;
import dev.mom.model.Id;
import dev.mom.playbook.Playbook;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One resolution of a client playbook over its bases (see {@link MomJson#readPlaybook(byte[], PlaybookSources)}):
 * finds the base named in {@code "extends"} among the registered playbooks and base documents, resolves a base
 * document first when it extends another (each at most once, cycles reported), merges the client over the
 * resolved base with {@link PlaybookMerge}, and reads the merged tree as a complete playbook, with every
 * problem placed back into the document that caused it.
 *
 * <p>Every base document given is read first, whether or not it is needed, and any problem reading it ends the
 * resolution: the user named it explicitly, so a broken one is reported rather than ignored.
 *
 * <p>Used by one thread for one read.
 */
final class PlaybookResolution {

  private final MomJson json;
  private final PlaybookSources sources;
  private final List<Problem> sourceProblems = new ArrayList<>();
  /** The base documents by the id they declare; filled on first use. */
  private Map<Id, Base> documents;
  /** The ids being resolved, outermost first, to find cycles. */
  private final List<Id> chain = new ArrayList<>();
  private final Map<Id, Playbook> resolved = new LinkedHashMap<>();

  private PlaybookResolution(MomJson json, PlaybookSources sources) {
    this.json = json;
    this.sources = sources;
  }

  /** A parsed base document: where it came from, and its tree. */
  private record Base(String source, byte[] bytes, ObjectNode tree) {}

  /**
   * Reads a playbook document, resolving its {@code extends}.
   *
   * @throws MomJsonException with every problem; those in a base document name it as their source
   */
  static Playbook resolve(MomJson json, PlaybookSources sources, byte[] bytes) {
    PlaybookResolution resolution = new PlaybookResolution(json, sources);
    resolution.documents();
    if (!resolution.sourceProblems.isEmpty()) {
      throw new MomJsonException(resolution.sourceProblems);
    }
    return resolution.resolveDocument(bytes, null);
  }

  /**
   * Reads one playbook document ({@code source} null for the client), resolving its {@code extends}; problems
   * of this document are placed in {@code source}.
   */
  private Playbook resolveDocument(byte[] bytes, String source) {
    List<Problem> problems = new ArrayList<>();
    ObjectNode tree = json.playbookTree(bytes, problems);
    if (tree == null) {
      throw new MomJsonException(in(source, problems));
    }
    JsonNode ownId = tree.get("id");
    if (ownId != null && ownId.isTextual() && Id.isValid(ownId.textValue())) {
      chain.add(Id.of(ownId.textValue()));
    }
    return resolveTree(bytes, tree, source);
  }

  private Playbook resolveTree(byte[] bytes, ObjectNode tree, String source) {
    JsonNode extendsNode = tree.get("extends");
    if (extendsNode == null) {
      try {
        return json.readCompletePlaybook(bytes);
      } catch (MomJsonException e) {
        throw new MomJsonException(in(source, e.problems()));
      }
    }
    List<Problem> problems = new ArrayList<>();
    Playbook base = base(extendsNode, tree, problems);
    if (base == null) {
      throw new MomJsonException(in(source, problems));
    }
    PlaybookMerge merge = PlaybookMerge.over(json.treeOf(base), tree, base.id());
    List<Problem> found = new ArrayList<>(merge.problems());
    Playbook playbook = null;
    try {
      playbook = json.readCompletePlaybook(json.bytesOf(merge.result()));
    } catch (MomJsonException e) {
      found.addAll(e.problems());
    }
    found = merge.placed(found);
    if (!found.isEmpty()) {
      throw new MomJsonException(in(source, found));
    }
    return playbook;
  }

  /**
   * The resolved base named by {@code extendsNode}, or null with the problem at {@code /extends} first in
   * {@code problems}, followed by the base's own problems (already placed in their documents).
   */
  private Playbook base(JsonNode extendsNode, ObjectNode tree, List<Problem> problems) {
    if (!extendsNode.isTextual()) {
      problems.add(Problem.of("/extends", "expected the id of the base playbook as a string, found "
          + describe(extendsNode)));
      return null;
    }
    String text = extendsNode.textValue();
    if (!Id.isValid(text)) {
      problems.add(Problem.of("/extends", Id.describeInvalid(text)
          + "; a base playbook is named by its id, never by a file path or an address", text));
      return null;
    }
    Id baseId = Id.of(text);
    JsonNode ownId = tree.get("id");
    if (ownId != null && ownId.isTextual() && ownId.textValue().equals(text)) {
      problems.add(Problem.of("/extends", "the playbook extends itself ('" + text + "')", text));
      return null;
    }
    if (chain.contains(baseId)) {
      List<String> cycle = new ArrayList<>();
      for (Id id : chain.subList(chain.indexOf(baseId), chain.size())) {
        cycle.add(id.value());
      }
      cycle.add(text);
      problems.add(Problem.of("/extends", "the playbooks extend each other in a cycle: "
          + String.join(" → ", cycle), text));
      return null;
    }
    Optional<Playbook> registered = sources.playbook(baseId);
    if (registered.isPresent()) {
      return registered.get();
    }
    if (resolved.containsKey(baseId)) {
      return resolved.get(baseId);
    }
    Base document = documents().get(baseId);
    if (document == null) {
      List<String> known = new ArrayList<>();
      sources.playbooks().keySet().forEach(id -> known.add(id.value()));
      documents().keySet().forEach(id -> known.add(id.value()));
      String message = "unknown base playbook '" + text + "'"
          + Suggestions.closest(text, known).map(s -> " (did you mean '" + s + "'?)").orElse("")
          + (known.isEmpty() ? "; no base playbooks are known" : "; known bases: " + String.join(", ", known));
      problems.add(Problem.of("/extends", message, text));
      return null;
    }
    chain.add(baseId);
    try {
      Playbook playbook = resolveTree(document.bytes(), document.tree(), document.source());
      resolved.put(baseId, playbook);
      return playbook;
    } catch (MomJsonException e) {
      problems.add(Problem.of("/extends", "the base playbook '" + text + "' (" + document.source()
          + ") cannot be used; its problems follow", text));
      problems.addAll(e.problems());
      return null;
    } finally {
      chain.remove(chain.size() - 1);
    }
  }

  /** The base documents by id, each read and checked once; problems reading them go to sourceProblems. */
  private Map<Id, Base> documents() {
    if (documents != null) {
      return documents;
    }
    documents = new LinkedHashMap<>();
    Map<Id, String> taken = new LinkedHashMap<>();
    sources.playbooks().keySet().forEach(id -> taken.put(id, "the registered playbook '" + id + "'"));
    for (PlaybookSources.BaseDocument document : sources.documents()) {
      byte[] bytes;
      try {
        bytes = document.bytes() != null ? document.bytes() : readFile(document);
      } catch (MomJsonException e) {
        sourceProblems.addAll(in(document.source(), e.problems()));
        continue;
      }
      List<Problem> problems = new ArrayList<>();
      ObjectNode tree = json.playbookTree(bytes, problems);
      if (tree == null) {
        sourceProblems.addAll(in(document.source(), problems));
        continue;
      }
      JsonNode id = tree.get("id");
      if (id == null || !id.isTextual() || !Id.isValid(id.textValue())) {
        String message = id == null ? "missing required property 'id': a base playbook is found by its id"
            : id.isTextual() ? Id.describeInvalid(id.textValue()) : "expected an id as a string, found " + describe(id);
        sourceProblems.add(id != null && id.isTextual() ? Problem.of("/id", message, id.textValue()).in(document.source())
            : Problem.of("/id", message).in(document.source()));
        continue;
      }
      Id baseId = Id.of(id.textValue());
      if (taken.containsKey(baseId)) {
        sourceProblems.add(Problem.of("/id", "the id '" + baseId + "' is already taken by " + taken.get(baseId)
            + "; give each base playbook its own id", baseId.value()).in(document.source()));
        continue;
      }
      taken.put(baseId, document.source());
      documents.put(baseId, new Base(document.source(), bytes, tree));
    }
    return documents;
  }

  private byte[] readFile(PlaybookSources.BaseDocument document) {
    String reason;
    try {
      if (Files.isDirectory(document.file())) {
        reason = "it is a folder, not a file";
      } else {
        return json.readFileBytes(document.file());
      }
    } catch (NoSuchFileException e) {
      reason = "no such file";
    } catch (AccessDeniedException e) {
      reason = "permission denied";
    } catch (IOException e) {
      reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    throw new MomJsonException(List.of(Problem.of("", "cannot read the file: " + reason)));
  }

  private static String describe(JsonNode node) {
    if (node.isObject()) {
      return "an object";
    } else if (node.isArray()) {
      return "an array";
    } else if (node.isNull()) {
      return "null";
    } else if (node.isBoolean()) {
      return "a boolean";
    } else if (node.isIntegralNumber()) {
      return "a whole number";
    }
    return node.isNumber() ? "a number" : "a string";
  }

  /** The problems placed in {@code source} (none for the client), keeping a source already set. */
  private static List<Problem> in(String source, List<Problem> problems) {
    if (source == null) {
      return problems;
    }
    List<Problem> placed = new ArrayList<>();
    for (Problem problem : problems) {
      placed.add(problem.source().isPresent() ? problem : problem.in(source));
    }
    return placed;
  }
}
