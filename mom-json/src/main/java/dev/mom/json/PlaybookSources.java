package dev.mom.json;

import dev.mom.model.Id;
import dev.mom.playbook.Playbook;
import dev.mom.playbook.Playbooks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The base playbooks a client playbook may name in {@code "extends"}, for
 * {@link MomJson#readPlaybook(byte[], PlaybookSources)}: playbooks the application registered by id (the built-in
 * {@code mom} is {@link Playbooks#mom()}), and base documents the user passed explicitly (the CLI's
 * {@code --base FILE}), which may themselves extend another base.
 *
 * <p>This is the only place a base comes from. A base id is looked up here and nowhere else: never as a path
 * in the file system, never on the network, so a document naming {@code "extends": "/etc/passwd"} or a URL
 * only gets a problem at {@code /extends}. Base documents are read when a playbook is resolved, with the
 * reader's limits; a base document that cannot be read is a problem named by its source.
 *
 * <p>Immutable and thread-safe; every {@code with…} method returns a new instance.
 */
public final class PlaybookSources {

  private static final PlaybookSources STANDARD = new PlaybookSources(Map.of(Playbooks.mom().id(), Playbooks.mom()),
      List.of());

  private final Map<Id, Playbook> playbooks;
  private final List<BaseDocument> documents;

  private PlaybookSources(Map<Id, Playbook> playbooks, List<BaseDocument> documents) {
    this.playbooks = Collections.unmodifiableMap(new LinkedHashMap<>(playbooks));
    this.documents = List.copyOf(documents);
  }

  /**
   * The built-in bases: {@code mom}, the MOM default playbook.
   *
   * @return the shared instance
   */
  public static PlaybookSources standard() {
    return STANDARD;
  }

  /**
   * No bases at all: every {@code extends} is an unknown base.
   *
   * @return an empty instance
   */
  public static PlaybookSources none() {
    return new PlaybookSources(Map.of(), List.of());
  }

  /**
   * Registers a complete playbook as a base under its id.
   *
   * @param playbook a complete playbook, without {@code extends}; not null
   * @return sources with the playbook added
   * @throws IllegalArgumentException if the playbook extends another, or a playbook with its id is registered
   */
  public PlaybookSources withPlaybook(Playbook playbook) {
    Objects.requireNonNull(playbook, "playbook");
    if (playbook.extendsPlaybook().isPresent()) {
      throw new IllegalArgumentException("playbook '" + playbook.id() + "' extends '"
          + playbook.extendsPlaybook().get() + "': register complete playbooks only, or resolve it first");
    }
    if (playbooks.containsKey(playbook.id())) {
      throw new IllegalArgumentException("a playbook with the id '" + playbook.id() + "' is already registered");
    }
    Map<Id, Playbook> more = new LinkedHashMap<>(playbooks);
    more.put(playbook.id(), playbook);
    return new PlaybookSources(more, documents);
  }

  /**
   * Adds a base {@code mom/playbook} document the user gave explicitly, as JSON bytes. Its id is the one it
   * declares; it may extend another base. It is read when a playbook is resolved.
   *
   * @param source the document's name in problems, e.g. the file name the user typed; not null
   * @param json the document's bytes (copied); not null
   * @return sources with the document added
   */
  public PlaybookSources withDocument(String source, byte[] json) {
    Objects.requireNonNull(json, "json");
    return withDocument(new BaseDocument(Objects.requireNonNull(source, "source"), json.clone(), null));
  }

  /**
   * Adds a base {@code mom/playbook} file the user named explicitly (the CLI's {@code --base FILE}). The file
   * is read when a playbook is resolved; a file that cannot be read then is a problem named by the path as
   * given.
   *
   * @param file the file; not null
   * @return sources with the file added
   */
  public PlaybookSources withFile(Path file) {
    Objects.requireNonNull(file, "file");
    return withDocument(new BaseDocument(file.toString(), null, file));
  }

  private PlaybookSources withDocument(BaseDocument document) {
    List<BaseDocument> more = new ArrayList<>(documents);
    more.add(document);
    return new PlaybookSources(playbooks, more);
  }

  /**
   * The registered playbook with an id, not counting base documents (their ids are known only once read).
   *
   * @param id the id; not null
   * @return the playbook, or empty
   */
  public Optional<Playbook> playbook(Id id) {
    return Optional.ofNullable(playbooks.get(Objects.requireNonNull(id, "id")));
  }

  /** The registered playbooks by id, in registration order. */
  Map<Id, Playbook> playbooks() {
    return playbooks;
  }

  /** The base documents, in the order they were added. */
  List<BaseDocument> documents() {
    return documents;
  }

  /** A base document: its name for problems, and its bytes or the file to read them from. */
  record BaseDocument(String source, byte[] bytes, Path file) {}
}
