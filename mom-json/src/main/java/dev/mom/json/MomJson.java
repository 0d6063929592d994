package dev.mom.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.mom.internal.Suggestions;
import dev.mom.playbook.Playbook;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes MOM documents and values as JSON: strictly, within limits, with every problem reported
 * by its JSON pointer, and in a canonical layout that diffs cleanly.
 *
 * <p><b>Reading</b> a document ({@link #read(String, Class)}, {@link #readDocument(byte[])}) takes three
 * steps, and stops after the first that finds problems:
 * <ol>
 *   <li>the bytes are checked as JSON: well-formed, no duplicate keys, nothing after the document, no
 *       {@code NaN} or {@code Infinity}, within the size, nesting-depth and string-length limits; the
 *       header {@code "kind"} and {@code "schemaVersion"} must name a kind this library knows and a schema
 *       version it reads;
 *   <li>the value is bound: unknown properties (with a "did you mean" suggestion), wrong types, nulls,
 *       missing required properties, bad ids and broken invariants are all collected;
 *   <li>the Jakarta constraints declared on MOM's types are checked, all at once.
 * </ol>
 * Any problem ends in one {@link MomJsonException} listing them all; nothing half-built is returned.
 * Values that are not top-level documents (a single {@code FocusArea}, say) are read the same way, without
 * the header.
 *
 * <p><b>Writing</b> ({@link #write(Object)}) is canonical: a document's {@code kind} and
 * {@code schemaVersion} first, then attributes in their declared order, absent optionals and empty lists left out,
 * two-space indentation, {@code \n} line ends and a final newline.
 *
 * <p><b>Errors.</b> Whatever the bytes, a read ends in a value or a {@link MomJsonException} — never in
 * another exception from Jackson, the validator or a value type, a {@link StackOverflowError} or, within
 * the limits, an {@link OutOfMemoryError}; the reads from a file or stream also throw {@link IOException}
 * when the file cannot be read, and every method throws {@link NullPointerException} for a null argument.
 * Fuzz tests (Jazzer) and a corpus of malformed documents hold the reader to this.
 *
 * <p><b>Limits</b> (each on the {@link Builder}; exceeding one is a problem at its JSON pointer): document
 * size ({@value #DEFAULT_MAX_DOCUMENT_BYTES} bytes), nesting depth ({@value #DEFAULT_MAX_NESTING_DEPTH}),
 * string length ({@value #DEFAULT_MAX_STRING_LENGTH} characters), elements of an array or properties of an
 * object ({@value #DEFAULT_MAX_COLLECTION_SIZE}), digits of a number (1,000), and problems listed
 * ({@value #DEFAULT_MAX_PROBLEMS}; the rest are counted). The engines' own limits are
 * {@link dev.mom.rules.RuleCompiler#MAX_RULES}, {@link dev.mom.rules.RuleCompiler#MAX_CONDITION_DEPTH},
 * {@link dev.mom.priority.ConceptPrioritiser#MAX_RUNS}, {@link dev.mom.priority.Ahp#MAX_JUDGES} and
 * {@link dev.mom.model.Magnitude}.
 *
 * <p><b>Security.</b> Decoding never loads a class, runs code, reads a file or opens a connection: there is
 * no default typing, polymorphic values are chosen by fixed names ({@code "type": "rice"}), and ids are
 * plain names (a path or URL is not an id).
 *
 * <p>Instances are immutable and thread-safe; build one with {@link #builder()} to change the limits, or
 * use {@link #standard()}.
 */
public final class MomJson {

  /** The default limit on a document's size: 64 MiB. */
  public static final int DEFAULT_MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;
  /** The default limit on nesting: 64 levels of objects and arrays. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
  /** The default limit on one string: 1,048,576 characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;
  /**
   * The default limit on one array's elements or one object's properties: 5,000,000, more than a document
   * within {@link #DEFAULT_MAX_DOCUMENT_BYTES} can usefully hold (a million road-map items fit).
   */
  public static final int DEFAULT_MAX_COLLECTION_SIZE = 5_000_000;
  /**
   * The default limit on the problems one {@link MomJsonException} lists: 1,000; a document with more ends
   * its list with one problem that counts the rest.
   */
  public static final int DEFAULT_MAX_PROBLEMS = 1000;

  private static final MomJson STANDARD = builder().build();

  private final int maxDocumentBytes;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxCollectionSize;
  private final int maxProblems;
  private final JsonFactory factory;
  private final ObjectMapper mapper;
  private final ObjectWriter writer;
  private final ObjectReader treeReader;
  private final ConstraintCheck constraints;

  private MomJson(Builder builder) {
    this.maxDocumentBytes = builder.maxDocumentBytes;
    this.maxNestingDepth = builder.maxNestingDepth;
    this.maxStringLength = builder.maxStringLength;
    this.maxCollectionSize = builder.maxCollectionSize;
    this.maxProblems = builder.maxProblems;
    this.factory = new JsonFactoryBuilder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(maxNestingDepth)
            .maxStringLength(maxStringLength)
            .maxDocumentLength(maxDocumentBytes)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
    SimpleModule envelope = new SimpleModule("mom-document-envelope");
    envelope.addSerializer(Envelope.class, new EnvelopeWriter());
    this.mapper = new ObjectMapper(factory)
        .registerModule(new MomJsonModule())
        .registerModule(envelope)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    this.writer = mapper.writer(new CanonicalPrinter());
    this.treeReader = mapper.reader()
        .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
    this.constraints = new ConstraintCheck();
  }

  /**
   * The reader and writer with the default limits.
   *
   * @return a shared instance
   */
  public static MomJson standard() {
    return STANDARD;
  }

  /**
   * Starts a reader and writer with other limits.
   *
   * @return a builder with the default limits
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The limit on a document's size, in bytes.
   *
   * @return the limit
   */
  public int maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /**
   * The limit on nesting of objects and arrays.
   *
   * @return the limit
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * The limit on one string's length, in characters.
   *
   * @return the limit
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * The limit on one array's elements or one object's properties.
   *
   * @return the limit
   */
  public int maxCollectionSize() {
    return maxCollectionSize;
  }

  /**
   * The limit on the problems one {@link MomJsonException} lists.
   *
   * @return the limit
   */
  public int maxProblems() {
    return maxProblems;
  }

  /**
   * Reads a value of a MOM type from JSON text. For a top-level document type ({@link DocumentKind#type()})
   * the header must be present and match.
   *
   * @param json the JSON text; not null
   * @param type the type to read, e.g. {@code Transformation.class}; not null
   * @param <T> the type
   * @return the value; never null
   * @throws MomJsonException listing every problem found
   */
  public <T> T read(String json, Class<T> type) {
    return type.cast(read(json.getBytes(StandardCharsets.UTF_8), (Type) type));
  }

  /**
   * Reads a value of a MOM type from UTF-8 (or UTF-16/32 with a byte-order mark) JSON bytes.
   *
   * @param json the bytes; not null
   * @param type the type to read; not null
   * @param <T> the type
   * @return the value; never null
   * @throws MomJsonException listing every problem found
   */
  public <T> T read(byte[] json, Class<T> type) {
    return type.cast(read(json, (Type) type));
  }

  /**
   * Reads a value of a MOM type from a file.
   *
   * @param file the file; not null
   * @param type the type to read; not null
   * @param <T> the type
   * @return the value; never null
   * @throws MomJsonException listing every problem found in the file's content
   * @throws IOException if the file cannot be read
   */
  public <T> T read(Path file, Class<T> type) throws IOException {
    return read(readBounded(Files.newInputStream(file)), type);
  }

  /**
   * Reads a value of a MOM type from a stream, which is read to its end (at most the size limit) and closed.
   *
   * @param in the stream; not null
   * @param type the type to read; not null
   * @param <T> the type
   * @return the value; never null
   * @throws MomJsonException listing every problem found
   * @throws IOException if the stream cannot be read
   */
  public <T> T read(InputStream in, Class<T> type) throws IOException {
    return read(readBounded(in), type);
  }

  /**
   * Reads a value of a possibly generic MOM type, e.g. a {@code RuleSet<String>} given as a
   * {@link java.lang.reflect.ParameterizedType}.
   *
   * @param json the bytes; not null
   * @param type the type to read; not null
   * @return the value; never null
   * @throws MomJsonException listing every problem found
   */
  public Object read(byte[] json, Type type) {
    Objects.requireNonNull(json, "json");
    JavaType javaType = mapper.getTypeFactory().constructType(type);
    Optional<DocumentKind> kind = DocumentKind.forType(javaType.getRawClass());
    List<Problem> problems = new ArrayList<>();
    Header header = scan(json, problems);
    if (problems.isEmpty() && kind.isPresent()) {
      checkHeader(header, kind, problems);
    }
    if (!problems.isEmpty()) {
      throw new MomJsonException(problems);
    }
    return bindWithHint(json, javaType, kind.isPresent(), header);
  }

  /**
   * Reads a top-level document of any kind, recognised by its {@code "kind"}.
   *
   * @param json the bytes; not null
   * @return the document with its kind, declared schema version and value
   * @throws MomJsonException listing every problem found
   */
  public MomDocument readDocument(byte[] json) {
    return readAnyDocument(json, null);
  }

  /**
   * Reads a {@code mom/playbook} document and resolves its {@code "extends"}: the client playbook is merged
   * over its base (itself resolved first when it extends another), and the result is read as a complete
   * playbook, which has no {@code extends}. A document without {@code extends} is read as
   * {@link #read(byte[], Class)} reads it.
   *
   * <p>The merge, on the JSON trees and the same for every section: objects merge property by property (a
   * property left out is inherited, {@code null} removes it); arrays whose elements are objects with an
   * {@code id} merge by id (a known id changes the base's element in place, a new id is appended,
   * {@code {"id": "x", "$remove": true}} removes it); other arrays, scalars, condition trees ({@code when}) and
   * {@code scale} objects are replaced whole. {@code id} and {@code version} are the client's own and required;
   * {@code title} and {@code description} are inherited when left out. Details the format leaves open: an
   * element whose {@code type} differs from the base element's (a scoring model turned from RICE into WSJF)
   * replaces it whole; a list the base has empty or lacks merges by id when the client's elements all have ids;
   * an id given twice in one client list, a {@code $remove} anywhere but beside an id in such a list, and a
   * {@code $remove} that is not exactly {@code true} are problems; a base document may not reuse an id already
   * registered or declared by another base document; every base document in {@code sources} is read when a
   * playbook with {@code extends} is resolved, and one that cannot be read is a problem even if not used.
   *
   * <p>Bases come only from {@code sources}: never from a path in a document or the network. The complete-playbook
   * rules (at least one focus area, and so on) apply to the merged result, not to the client document.
   *
   * <p>Problems point into the document that has them: into this one (no {@link Problem#source()}) for what the
   * client wrote, including problems the merge reveals in parts the client added or changed; into a base
   * document (its source set) for problems of a base. A problem in a part the client left to the base (a base
   * rule naming an archetype the client removed) keeps its pointer into the resolved playbook, and its message
   * says so. An unknown base, a cycle of bases and an invalid base id are problems at {@code /extends}.
   *
   * @param json the client playbook's bytes; not null
   * @param sources the bases it may extend; not null
   * @return the resolved, complete playbook; never null
   * @throws MomJsonException listing every problem found, in this document and in the bases
   */
  public Playbook readPlaybook(byte[] json, PlaybookSources sources) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(sources, "sources");
    return PlaybookResolution.resolve(this, sources, json);
  }

  /**
   * Reads a {@code mom/playbook} document from JSON text and resolves its {@code "extends"}, as
   * {@link #readPlaybook(byte[], PlaybookSources)} does.
   *
   * @param json the text; not null
   * @param sources the bases it may extend; not null
   * @return the resolved, complete playbook
   * @throws MomJsonException listing every problem found
   */
  public Playbook readPlaybook(String json, PlaybookSources sources) {
    return readPlaybook(json.getBytes(StandardCharsets.UTF_8), sources);
  }

  /**
   * Reads a {@code mom/playbook} file and resolves its {@code "extends"}, as
   * {@link #readPlaybook(byte[], PlaybookSources)} does.
   *
   * @param file the file; not null
   * @param sources the bases it may extend; not null
   * @return the resolved, complete playbook
   * @throws MomJsonException listing every problem found
   * @throws IOException if the file cannot be read
   */
  public Playbook readPlaybook(Path file, PlaybookSources sources) throws IOException {
    return readPlaybook(readBounded(Files.newInputStream(file)), sources);
  }

  /**
   * The document as a JSON tree, after the checks of the first pass and of a {@code mom/playbook} header; null
   * with the problems added when it has any. Floating-point numbers keep their decimal text.
   */
  ObjectNode playbookTree(byte[] json, List<Problem> problems) {
    Header header = scan(json, problems);
    if (problems.isEmpty()) {
      checkHeader(header, Optional.of(DocumentKind.PLAYBOOK), problems);
    }
    if (!problems.isEmpty()) {
      return null;
    }
    try {
      return (ObjectNode) treeReader.readTree(json);
    } catch (IOException e) {
      problems.add(Problem.of("", "cannot read the document: " + e.getMessage()));
      return null;
    }
  }

  /** Reads a complete playbook (its {@code extends}, if any, kept as written). */
  Playbook readCompletePlaybook(byte[] json) {
    return (Playbook) bindAndCheck(json, mapper.getTypeFactory().constructType(Playbook.class), true, false);
  }

  /** A playbook as the JSON tree this writer writes. */
  ObjectNode treeOf(Playbook playbook) {
    try {
      return (ObjectNode) treeReader.readTree(write(playbook));
    } catch (IOException e) {
      throw new IllegalStateException("re-reading a written playbook failed", e);
    }
  }

  /** A JSON tree as bytes, to be read again. */
  byte[] bytesOf(JsonNode tree) {
    try {
      return mapper.writeValueAsBytes(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("writing a JSON tree failed", e);
    }
  }

  /** A file's bytes, up to the size limit. */
  byte[] readFileBytes(Path file) throws IOException {
    return readBounded(Files.newInputStream(file));
  }

  /**
   * Binds a document read as written; when a playbook that extends another lacks required properties (it
   * holds only what differs from its base), the first problem says how to resolve it.
   */
  private Object bindWithHint(byte[] json, JavaType type, boolean document, Header header) {
    try {
      return bindAndCheck(json, type, document, true);
    } catch (MomJsonException e) {
      boolean partial = e.problems().stream().anyMatch(p -> p.message().startsWith("missing required property"));
      if (header.extendsText == null || !partial || !Playbook.class.equals(type.getRawClass())) {
        throw e;
      }
      List<Problem> problems = new ArrayList<>();
      problems.add(Problem.of("/extends", "this playbook extends '" + header.extendsText + "' and lacks what a "
          + "complete playbook needs; to take it from the base, resolve the playbook with MomJson.readPlaybook "
          + "(the mom tool does this)"));
      problems.addAll(e.problems());
      throw new MomJsonException(problems);
    }
  }

  /**
   * Reads a top-level document of any kind, recognised by its {@code "kind"}; a {@code mom/playbook} that
   * {@code extends} another is resolved over its base from {@code sources}, as
   * {@link #readPlaybook(byte[], PlaybookSources)} does, and its value is the resolved playbook.
   *
   * @param json the bytes; not null
   * @param sources the bases a playbook may extend; not null
   * @return the document with its kind, declared schema version and value
   * @throws MomJsonException listing every problem found, in this document and in the bases
   */
  public MomDocument readDocument(byte[] json, PlaybookSources sources) {
    return readAnyDocument(json, Objects.requireNonNull(sources, "sources"));
  }

  /**
   * Reads a top-level document of any kind from a file, resolving a playbook's {@code extends} as
   * {@link #readDocument(byte[], PlaybookSources)} does.
   *
   * @param file the file; not null
   * @param sources the bases a playbook may extend; not null
   * @return the document
   * @throws MomJsonException listing every problem found, in this file and in the bases
   * @throws IOException if the file cannot be read
   */
  public MomDocument readDocument(Path file, PlaybookSources sources) throws IOException {
    return readDocument(readBounded(Files.newInputStream(file)), sources);
  }

  /** Reads a document of any kind; resolves a playbook's {@code extends} when there are sources. */
  private MomDocument readAnyDocument(byte[] json, PlaybookSources sources) {
    Objects.requireNonNull(json, "json");
    List<Problem> problems = new ArrayList<>();
    Header header = scan(json, problems);
    DocumentKind kind = problems.isEmpty() ? checkHeader(header, Optional.empty(), problems) : null;
    if (!problems.isEmpty()) {
      throw new MomJsonException(problems);
    }
    if (sources != null && kind == DocumentKind.PLAYBOOK && header.extendsText != null) {
      return new MomDocument(kind, header.schemaVersion, readPlaybook(json, sources));
    }
    Object value = bindWithHint(json, mapper.getTypeFactory().constructType(kind.type()), true, header);
    return new MomDocument(kind, header.schemaVersion, value);
  }

  /**
   * Reads a top-level document of any kind from JSON text.
   *
   * @param json the text; not null
   * @return the document
   * @throws MomJsonException listing every problem found
   */
  public MomDocument readDocument(String json) {
    return readDocument(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a top-level document of any kind from a file.
   *
   * @param file the file; not null
   * @return the document
   * @throws MomJsonException listing every problem found in the file's content
   * @throws IOException if the file cannot be read
   */
  public MomDocument readDocument(Path file) throws IOException {
    return readDocument(readBounded(Files.newInputStream(file)));
  }

  /**
   * Writes a MOM value as canonical JSON text; a top-level document gets its header first.
   *
   * @param value the value; not null
   * @return the JSON text, ending with a newline
   * @throws IllegalArgumentException if the value cannot be written as JSON (not a MOM type)
   */
  public String write(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(value, out);
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory failed", e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes a MOM value as canonical UTF-8 JSON to a stream, which is left open.
   *
   * @param value the value; not null
   * @param out the stream; not null
   * @throws IOException if the stream cannot be written
   * @throws IllegalArgumentException if the value cannot be written as JSON (not a MOM type)
   */
  public void write(Object value, OutputStream out) throws IOException {
    Objects.requireNonNull(value, "value");
    if (!value.getClass().getName().startsWith("dev.mom.")) {
      throw new IllegalArgumentException("cannot write a " + value.getClass().getName()
          + " as MOM JSON: only MOM's own types are written");
    }
    Object root = DocumentKind.forType(value.getClass()).<Object>map(k -> new Envelope(k, value)).orElse(value);
    try (JsonGenerator gen = factory.createGenerator(new NonClosing(out))) {
      writer.writeValue(gen, root);
      gen.writeRaw('\n');
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as MOM JSON: "
          + e.getOriginalMessage(), e);
    }
  }

  private byte[] readBounded(InputStream in) throws IOException {
    try (InputStream stream = in) {
      byte[] bytes = stream.readNBytes(maxDocumentBytes + 1);
      if (bytes.length > maxDocumentBytes) {
        throw new MomJsonException(List.of(Problem.of("", "the document is larger than the limit of "
            + maxDocumentBytes + " bytes")));
      }
      return bytes;
    }
  }

  /** What the first pass found at the root: the header, if any. */
  private static final class Header {
    JsonToken kindToken;
    String kind;
    JsonToken versionToken;
    String versionText;
    int schemaVersion;
    String extendsText;
  }

  /**
   * The first pass: checks that the bytes are one well-formed JSON object within the limits, with no
   * duplicate keys and nothing after it, and picks up the header.
   */
  private Header scan(byte[] json, List<Problem> problems) {
    Header header = new Header();
    if (json.length > maxDocumentBytes) {
      problems.add(Problem.of("", "the document is larger than the limit of " + maxDocumentBytes + " bytes"));
      return header;
    }
    Optional<String> other = Encoding.otherEncoding(json);
    if (other.isPresent()) {
      problems.add(Problem.of("", "the document is encoded as " + other.get() + "; MOM reads UTF-8 only: save the file "
          + "as UTF-8"));
      return header;
    }
    int start = Encoding.start(json);
    if (start > 0 && Encoding.start(Arrays.copyOfRange(json, start, Math.min(json.length, start + 3))) > 0) {
      problems.add(Problem.of("", "invalid JSON at line 1, column 4: a second byte-order mark; a document may start "
          + "with one at most"));
      return header;
    }
    int malformed = Encoding.firstMalformed(json, start);
    if (malformed >= 0) {
      problems.add(Problem.of(pointerBefore(json, start, malformed), "invalid UTF-8 at "
          + Encoding.lineAndColumn(json, start, malformed) + ": byte 0x"
          + Integer.toHexString(json[malformed] & 0xFF) + " does not start a UTF-8 character here; save the file "
          + "as UTF-8"));
      return header;
    }
    JsonParser p = null;
    try {
      p = factory.createParser(json, start, json.length - start);
      JsonToken token = p.nextToken();
      if (token == null) {
        problems.add(Problem.of("", "the document is empty; expected a JSON object"));
        return header;
      }
      if (token != JsonToken.START_OBJECT) {
        problems.add(Problem.of("", "expected a JSON object, found " + ReadSession.describeToken(token)));
        return header;
      }
      int rootProperties = 0;
      for (token = p.nextToken(); token == JsonToken.FIELD_NAME; token = p.nextToken()) {
        if (++rootProperties > maxCollectionSize) {
          problems.add(Problem.of("", tooManyMessage(false)));
          return header;
        }
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("kind")) {
          header.kindToken = value;
          header.kind = value.isScalarValue() ? p.getText() : null;
        } else if (name.equals("schemaVersion")) {
          header.versionToken = value;
          header.versionText = value.isScalarValue() ? p.getText() : null;
          if (value == JsonToken.VALUE_NUMBER_INT && p.getBigIntegerValue().bitLength() < 32) {
            header.schemaVersion = p.getIntValue();
          }
        } else if (name.equals("extends")) {
          header.extendsText = value.isScalarValue() ? p.getText() : "";
        }
        Problem tooMany = readThrough(p);
        if (tooMany != null) {
          problems.add(tooMany);
          return header;
        }
      }
      if (p.nextToken() != null) {
        problems.add(Problem.of("", "unexpected content after the end of the document, at line "
            + p.currentLocation().getLineNr() + ", column " + p.currentLocation().getColumnNr()));
      }
    } catch (StreamConstraintsException e) {
      problems.add(Problem.of(pointerOf(p), limitMessage(e)));
    } catch (JsonProcessingException e) {
      problems.add(Problem.of(pointerOf(p), syntaxMessage(e)));
    } catch (IOException e) {
      problems.add(Problem.of("", "cannot read the document: " + e.getMessage()));
    } finally {
      closeQuietly(p);
    }
    return header;
  }

  /** The JSON pointer of the value that holds the byte at {@code offset}, found by parsing up to it. */
  private String pointerBefore(byte[] json, int start, int offset) {
    JsonParser p = null;
    try {
      p = factory.createParser(json, start, offset - start);
      while (p.nextToken() != null) {
        // walk up to the offending byte
      }
    } catch (IOException e) {
      // the prefix ends inside a value: the parser's place is the value's
    } finally {
      closeQuietly(p);
    }
    return pointerOf(p);
  }

  /**
   * Reads the value at the current token to its end, touching every string and number so that the
   * length limits apply to all of them (the parser checks them only when a value is looked at), and
   * counting the elements of every array and the properties of every object.
   *
   * @return the problem at the first member beyond {@link #maxCollectionSize} of an array or object, or null
   */
  private Problem readThrough(JsonParser p) throws IOException {
    int[] members = new int[maxNestingDepth + 2];
    int depth = 0;
    JsonToken token = p.currentToken();
    do {
      if (depth > 0 && token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY && token != JsonToken.FIELD_NAME
          && ++members[depth] > maxCollectionSize) {
        boolean container = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
        JsonStreamContext holder = container ? p.getParsingContext().getParent() : p.getParsingContext();
        return Problem.of(ReadSession.pointer(p), tooManyMessage(holder.inArray()));
      }
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        depth++;
        members[depth] = 0;
      } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        depth--;
      } else if (token == JsonToken.VALUE_STRING) {
        p.getTextLength();
      } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        p.getNumberValue();
      }
      if (depth == 0) {
        return null;
      }
      token = p.nextToken();
    } while (token != null);
    return null;
  }

  private String tooManyMessage(boolean array) {
    return array
        ? "an array has more than the limit of " + maxCollectionSize + " elements"
        : "an object has more than the limit of " + maxCollectionSize + " properties";
  }

  private String limitMessage(StreamConstraintsException e) {
    String original = e.getOriginalMessage();
    if (original.contains("nesting depth")) {
      return "nested deeper than the limit of " + maxNestingDepth + " levels";
    } else if (original.contains("String value length")) {
      return "a string is longer than the limit of " + maxStringLength + " characters";
    } else if (original.contains("Document length")) {
      return "the document is larger than the limit of " + maxDocumentBytes + " bytes";
    } else if (original.contains("Number value length")) {
      return "a number has more digits than the limit of " + StreamReadConstraints.DEFAULT_MAX_NUM_LEN;
    }
    return "over a limit: " + original;
  }

  /** Jackson's spelling of a start marker's place, with the source excerpt it quotes. */
  private static final java.util.regex.Pattern START_MARKER = java.util.regex.Pattern.compile(
      "close marker for (Object|Array) \\(start marker at \\[Source: .*; line: (\\d+), column: (\\d+)\\]\\)",
      java.util.regex.Pattern.DOTALL);

  /** Tokens people write for NaN and infinities, which JSON does not have. */
  private static final java.util.regex.Pattern NOT_A_NUMBER = java.util.regex.Pattern.compile(
      "(?:Unrecognized token '[+-]?(?:nan|inf|infinity)'.*"
          + "|Unexpected character \\('[NnIi]' \\(code \\d+\\)\\) in numeric value.*)",
      java.util.regex.Pattern.DOTALL | java.util.regex.Pattern.CASE_INSENSITIVE);

  private static String syntaxMessage(JsonProcessingException e) {
    String original = e.getOriginalMessage();
    String where = e.getLocation() == null ? ""
        : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    if (original.startsWith("Duplicate field '")) {
      String name = original.substring("Duplicate field '".length(), original.indexOf('\'', "Duplicate field '".length()));
      return "duplicate property '" + name + "'" + where;
    }
    if (original.contains("Non-standard token 'NaN'") || original.contains("'Infinity'")
        || original.contains("'+Infinity'") || original.contains("'-Infinity'")) {
      return "NaN and Infinity are not numbers in JSON" + where;
    }
    if (NOT_A_NUMBER.matcher(original).matches()) {
      return "NaN and Infinity are not numbers in JSON" + where;
    }
    if (original.startsWith("Unexpected end-of-input")) {
      java.util.regex.Matcher marker = START_MARKER.matcher(original);
      if (marker.find()) {
        return "invalid JSON" + where + ": the document ends before the " + marker.group(1).toLowerCase(java.util.Locale.ROOT)
            + " opened at line " + marker.group(2) + ", column " + marker.group(3) + " is closed; is it cut off?";
      }
      return "invalid JSON" + where + ": the document ends in the middle of a value; is it cut off?";
    }
    String firstLine = original.split("\n", 2)[0];
    return "invalid JSON" + where + ": " + firstLine;
  }

  private static String pointerOf(JsonParser p) {
    if (p == null) {
      return "";
    }
    try {
      return ReadSession.pointer(p);
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static void closeQuietly(JsonParser p) {
    if (p != null) {
      try {
        p.close();
      } catch (IOException e) {
        // nothing was written; nothing to lose
      }
    }
  }

  /** Checks the header; returns the kind it names when it is acceptable. */
  private static DocumentKind checkHeader(Header header, Optional<DocumentKind> expected, List<Problem> problems) {
    List<String> known = new ArrayList<>();
    for (DocumentKind kind : DocumentKind.values()) {
      known.add(kind.id());
    }
    DocumentKind kind = null;
    if (header.kindToken == null) {
      problems.add(Problem.of("/kind", "missing 'kind': a MOM document starts with its kind, e.g. \"kind\": \""
          + expected.orElse(DocumentKind.TRANSFORMATION).id() + "\""));
    } else if (header.kindToken != JsonToken.VALUE_STRING) {
      problems.add(Problem.of("/kind", "expected the kind as a string, one of " + String.join(", ", known)
          + ", found " + ReadSession.describeToken(header.kindToken)));
    } else {
      kind = DocumentKind.byId(header.kind).orElse(null);
      if (kind == null) {
        String message = "unknown kind '" + header.kind + "'"
            + Suggestions.closest(header.kind, known).map(s -> " (did you mean '" + s + "'?)").orElse("")
            + "; known kinds: " + String.join(", ", known);
        problems.add(Problem.of("/kind", message, header.kind));
      } else if (expected.isPresent() && expected.get() != kind) {
        problems.add(Problem.of("/kind", "expected a " + expected.get().id() + " document, found a " + kind.id()
            + " document", header.kind));
        kind = null;
      }
    }
    if (header.versionToken == null) {
      problems.add(Problem.of("/schemaVersion", "missing 'schemaVersion': a MOM document names the schema version "
          + "it was written for, e.g. \"schemaVersion\": 1"));
      return null;
    }
    if (header.versionToken != JsonToken.VALUE_NUMBER_INT || header.schemaVersion < 1) {
      String message = "expected the schema version as a whole number from 1, found "
          + ReadSession.describeToken(header.versionToken);
      problems.add(header.versionText == null ? Problem.of("/schemaVersion", message)
          : Problem.of("/schemaVersion", message, header.versionText));
      return null;
    }
    if (kind != null && header.schemaVersion > kind.schemaVersion()) {
      problems.add(Problem.of("/schemaVersion", "schemaVersion " + header.schemaVersion + " is newer than this "
          + "version of MOM reads for " + kind.id() + " (up to " + kind.schemaVersion()
          + "); upgrade MOM to read it", header.versionText));
      return null;
    }
    return kind;
  }

  /**
   * Binds the value and checks its constraints. {@code scanned}: the bytes passed the first pass, which found no
   * duplicate key, so the binding parser need not look for them again.
   */
  private Object bindAndCheck(byte[] json, JavaType type, boolean document, boolean scanned) {
    ReadSession session = new ReadSession(maxProblems);
    ObjectReader reader = mapper.readerFor(type).withAttribute(ReadSession.KEY, session);
    if (document) {
      reader = reader.withAttribute(ReadSession.HEADER_AT_ROOT, Boolean.TRUE);
    }
    Object value;
    JsonParser p = null;
    try {
      int start = Encoding.start(json);
      p = reader.createParser(json, start, json.length - start);
      if (scanned) {
        p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      }
      value = reader.readValue(p);
    } catch (StreamConstraintsException e) {
      session.add(Problem.of(pointerOf(p), limitMessage(e)));
      value = null;
    } catch (JsonProcessingException e) {
      session.add(Problem.of(pointerOf(p), e.getOriginalMessage()));
      value = null;
    } catch (IOException e) {
      session.add(Problem.of("", "cannot read the document: " + e.getMessage()));
      value = null;
    } finally {
      closeQuietly(p);
    }
    if (!session.problems().isEmpty()) {
      throw new MomJsonException(session.problems());
    }
    if (value == null) {
      throw new MomJsonException(List.of(Problem.of("", "the document holds no value")));
    }
    List<Problem> violations = constraints.check(value);
    if (!violations.isEmpty()) {
      throw new MomJsonException(ReadSession.capped(violations, violations.size(), maxProblems));
    }
    return value;
  }

  /** A top-level document on its way out: the header, then the value's attributes. */
  private static final class Envelope {
    final DocumentKind kind;
    final Object value;

    Envelope(DocumentKind kind, Object value) {
      this.kind = kind;
      this.value = value;
    }
  }

  private static final class EnvelopeWriter extends JsonSerializer<Envelope> {
    @Override
    public void serialize(Envelope envelope, JsonGenerator gen, SerializerProvider provider) throws IOException {
      ValueTypeSerializer values = new ValueTypeSerializer(ValueShape.of(envelope.value.getClass()).orElseThrow());
      gen.writeStartObject();
      gen.writeStringField("kind", envelope.kind.id());
      gen.writeNumberField("schemaVersion", envelope.kind.schemaVersion());
      values.writeAttributes(envelope.value, gen, provider);
      gen.writeEndObject();
    }
  }

  /** Keeps the caller's stream open when the generator closes. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  /** Sets the limits of a {@link MomJson}. Not thread-safe; the built instance is. */
  public static final class Builder {
    private int maxDocumentBytes = DEFAULT_MAX_DOCUMENT_BYTES;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxCollectionSize = DEFAULT_MAX_COLLECTION_SIZE;
    private int maxProblems = DEFAULT_MAX_PROBLEMS;

    private Builder() {}

    /**
     * Sets the most elements of one array, and the most properties of one object, read.
     *
     * @param size at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code size} is below 1
     */
    public Builder maxCollectionSize(int size) {
      this.maxCollectionSize = positive(size, "maxCollectionSize");
      return this;
    }

    /**
     * Sets the most problems one {@link MomJsonException} lists; beyond them, one last problem counts the rest.
     *
     * @param count at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code count} is below 1
     */
    public Builder maxProblems(int count) {
      this.maxProblems = positive(count, "maxProblems");
      return this;
    }

    /**
     * Sets the largest document read, in bytes.
     *
     * @param bytes at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code bytes} is below 1
     */
    public Builder maxDocumentBytes(int bytes) {
      this.maxDocumentBytes = positive(bytes, "maxDocumentBytes");
      return this;
    }

    /**
     * Sets the deepest nesting of objects and arrays read.
     *
     * @param depth at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code depth} is below 1
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = positive(depth, "maxNestingDepth");
      return this;
    }

    /**
     * Sets the longest string read, in characters.
     *
     * @param length at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code length} is below 1
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = positive(length, "maxStringLength");
      return this;
    }

    private static int positive(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, was " + value);
      }
      return value;
    }

    /**
     * Builds the reader and writer.
     *
     * @return a new, immutable instance
     */
    public MomJson build() {
      return new MomJson(this);
    }
  }
}
