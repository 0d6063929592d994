package dev.mom.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.mom.internal.Suggestions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The problems found while one document is read. MOM's deserializers record a problem and skip the
 * offending value instead of stopping, so that one read reports every problem it can; a value in which a
 * problem was found is returned as {@code null} and never built.
 *
 * <p>One session per read, kept as a {@link DeserializationContext} attribute. When MOM's Jackson module
 * is used in an application's own mapper (no session), the first problem is thrown at once as a
 * {@link MismatchedInputException}.
 */
final class ReadSession {

  static final Object KEY = ReadSession.class;

  /** Set as an attribute when the root object carries the document header ({@code kind}, {@code schemaVersion}). */
  static final Object HEADER_AT_ROOT = new Object();

  private final List<Problem> problems = new ArrayList<>();
  private final int maxProblems;
  private int count;

  /** A session that keeps the first {@code maxProblems} problems and counts the rest. */
  ReadSession(int maxProblems) {
    this.maxProblems = maxProblems;
  }

  static ReadSession of(DeserializationContext context) {
    Object session = context.getAttribute(KEY);
    return session instanceof ReadSession ? (ReadSession) session : null;
  }

  /** The problems kept, and when there were more, one last problem that counts them. */
  List<Problem> problems() {
    return capped(problems, count, maxProblems);
  }

  int count() {
    return count;
  }

  void add(Problem problem) {
    count++;
    if (problems.size() < maxProblems) {
      problems.add(problem);
    }
  }

  /** The first {@code max} of {@code total} problems, followed by one that counts the ones left out. */
  static List<Problem> capped(List<Problem> kept, int total, int max) {
    if (total <= max) {
      return kept;
    }
    List<Problem> list = new ArrayList<>(kept.subList(0, Math.min(max, kept.size())));
    list.add(Problem.of("", (total - list.size()) + " more problems are not listed (at most " + max
        + " are); fix these and read the document again"));
    return list;
  }

  /**
   * Records a problem at the parser's current place, or throws it when there is no session.
   */
  static void report(JsonParser p, DeserializationContext context, Problem problem) throws IOException {
    ReadSession session = of(context);
    if (session == null) {
      throw MismatchedInputException.from(p, (Class<?>) null, problem.toString());
    }
    session.add(problem);
  }

  /** The count of problems so far, or 0 without a session (then problems throw). */
  static int mark(DeserializationContext context) {
    return count(of(context));
  }

  /** The count of problems so far in {@code session}, or 0 for no session (then problems throw). */
  static int count(ReadSession session) {
    return session == null ? 0 : session.count;
  }

  static boolean grewSince(DeserializationContext context, int mark) {
    ReadSession session = of(context);
    return session != null && session.count() > mark;
  }

  /** The JSON pointer of the parser's current token. */
  static String pointer(JsonParser p) {
    return holderOfCurrent(p).pathAsPointer().toString();
  }

  /**
   * The parsing context whose path is the current token's: the parser's own, or for the start of an object
   * or array (where the parser has entered the container) the parent's.
   */
  static JsonStreamContext holderOfCurrent(JsonParser p) {
    JsonStreamContext context = p.getParsingContext();
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      return context.getParent() == null ? context : context.getParent();
    }
    return context;
  }

  /** Skips the value at the current token, whatever its shape. */
  static void skipValue(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      p.skipChildren();
    }
  }

  /**
   * After a failure somewhere inside a property's value, moves the parser to the last token of that
   * value, so that reading can go on with the next property.
   */
  static void recover(JsonParser p, JsonStreamContext owner) throws IOException {
    while (p.getParsingContext() != owner) {
      if (p.nextToken() == null) {
        return;
      }
    }
  }

  /** Describes the JSON value at the current token for messages: "a string", "an array", … */
  static String describeToken(JsonToken token) {
    if (token == null) {
      return "the end of the document";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
        return "a whole number";
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }

  /** The current scalar as text for {@link Problem#rejectedValue()}, or empty text for containers. */
  static String rejectedText(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token != null && token.isScalarValue()) {
      return p.getText();
    }
    return null;
  }

  /** Records "expected X, found Y" at the current token and skips the value. */
  static void expected(JsonParser p, DeserializationContext context, String expected) throws IOException {
    String pointer = pointer(p);
    String found = describeToken(p.currentToken());
    String rejected = rejectedText(p);
    Problem problem = rejected == null
        ? Problem.of(pointer, "expected " + expected + ", found " + found)
        : Problem.of(pointer, "expected " + expected + ", found " + found, rejected);
    skipValue(p);
    report(p, context, problem);
  }

  /** The message for a property that the type does not have, with a suggestion when one is close. */
  static String unknownProperty(String name, Collection<String> known) {
    String message = "unknown property '" + name + "'";
    return Suggestions.closest(name, known)
        .map(s -> message + " (did you mean '" + s + "'?)")
        .orElse(message + "; known properties: " + String.join(", ", known));
  }
}
