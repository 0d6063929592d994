package dev.mom.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns what Jackson and the value types throw into {@link Problem}s a consultant can read. */
final class JacksonProblems {

  /** Immutables' message for a builder missing required attributes ends with their names in brackets. */
  private static final Pattern MISSING = Pattern.compile("required attributes are not set \\[([^\\]]*)\\]");

  /** A message that starts with an attribute path such as {@code teams[2].members[0].function }. */
  private static final Pattern LEADING_PATH =
      Pattern.compile("^([A-Za-z][A-Za-z0-9]*)((?:\\[\\d+\\])*(?:\\.[A-Za-z][A-Za-z0-9]*(?:\\[\\d+\\])*)*)[ :]");

  private JacksonProblems() {}

  static Problem toProblem(JsonParser p, JsonProcessingException e) throws IOException {
    String pointer = ReadSession.pointer(p);
    if (e instanceof InvalidNullException) {
      return Problem.of(pointer, "null is not allowed here");
    }
    if (e instanceof MismatchedInputException) {
      Class<?> target = ((MismatchedInputException) e).getTargetType();
      String rejected = ReadSession.rejectedText(p);
      String message = "expected " + describeType(target) + ", found " + ReadSession.describeToken(p.currentToken());
      return rejected == null ? Problem.of(pointer, message) : Problem.of(pointer, message, rejected);
    }
    return Problem.of(pointer, e.getOriginalMessage());
  }

  static String describeType(Class<?> target) {
    if (target == null) {
      return "another kind of value";
    }
    if (Collection.class.isAssignableFrom(target) || target.isArray()) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(target)) {
      return "an object";
    }
    if (target == String.class) {
      return "a string";
    }
    if (target == double.class || target == Double.class || target == float.class || target == Float.class) {
      return "a number";
    }
    if (target == int.class || target == Integer.class || target == long.class || target == Long.class) {
      return "a whole number";
    }
    if (target == boolean.class || target == Boolean.class) {
      return "true or false";
    }
    return "an object (" + target.getSimpleName() + ")";
  }

  /** The accessor names an Immutables builder reported as missing; empty if the message says otherwise. */
  static List<String> missingAttributes(IllegalStateException e) {
    List<String> names = new ArrayList<>();
    Matcher matcher = MISSING.matcher(String.valueOf(e.getMessage()));
    if (matcher.find()) {
      for (String name : matcher.group(1).split(",")) {
        if (!name.isBlank()) {
          names.add(name.trim());
        }
      }
    }
    if (names.isEmpty()) {
      throw e;
    }
    return names;
  }

  /** A broken invariant: the pointer goes as deep as the message's leading attribute path says. */
  static List<Problem> invariants(String objectPointer, RuntimeException e, ValueShape shape) {
    List<Problem> problems = new ArrayList<>();
    if (e instanceof dev.mom.rules.RuleSetException) {
      for (dev.mom.rules.RuleProblem problem : ((dev.mom.rules.RuleSetException) e).problems()) {
        problems.add(Problem.of(objectPointer + problem.pointer(), problem.message()));
      }
    } else if (e instanceof dev.mom.model.InvalidValueException) {
      for (String violation : ((dev.mom.model.InvalidValueException) e).violations()) {
        problems.add(invariant(objectPointer, violation, shape));
      }
    } else {
      problems.add(invariant(objectPointer, describe(e), shape));
    }
    return problems;
  }

  private static Problem invariant(String objectPointer, String message, ValueShape shape) {
    Matcher matcher = LEADING_PATH.matcher(message);
    if (matcher.find()) {
      String first = matcher.group(1);
      ValueShape.Attribute attribute = shape.byJsonName.get(first);
      if (attribute == null) {
        for (ValueShape.Attribute candidate : shape.attributes) {
          if (candidate.accessor.getName().equals(first)) {
            attribute = candidate;
          }
        }
      }
      if (attribute != null) {
        String rest = matcher.group(2).replace("[", "/").replace("]", "").replace('.', '/');
        return Problem.of(objectPointer + "/" + attribute.jsonName + rest, message);
      }
    }
    return Problem.of(objectPointer, message);
  }

  static String describe(Throwable e) {
    if (e instanceof NullPointerException) {
      return "null is not allowed here";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
