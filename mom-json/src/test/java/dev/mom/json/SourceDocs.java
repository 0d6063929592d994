package dev.mom.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Javadoc of MOM's value types and their accessors, read from mom-core's sources, as plain text for
 * the schemas' {@code description}s: the main text only (no block tags), inline tags reduced to their
 * text, HTML dropped, whitespace collapsed. Only the library's own source files are read.
 */
final class SourceDocs {

  /** mom-core's sources, seen from mom-json's directory, where the tests run. */
  static final Path SOURCES = Path.of("..", "mom-core", "src", "main", "java");

  // runs of non-asterisks are taken whole (possessively): one loop step per asterisk, not per character, so a
  // long comment cannot overflow the regex engine's stack
  private static final String COMMENT = "/\\*\\*((?:[^*]++|\\*(?!/))*+)\\*/\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*";
  private static final Pattern INLINE = Pattern.compile("\\{@(code|link|linkplain|literal|value)\\s+([^}]*)}");
  private static final Map<Path, String> FILES = new ConcurrentHashMap<>();

  private SourceDocs() {}

  /** The first paragraph of the Javadoc of a value type ({@code X}, documented on {@code AbstractX}) or enum. */
  static Optional<String> typeDescription(Class<?> type) {
    Optional<Class<?>> documented = documentedType(type);
    if (documented.isEmpty()) {
      return Optional.empty();
    }
    Class<?> c = documented.get();
    String kind = c.isEnum() ? "enum" : c.isInterface() ? "(?:sealed )?interface" : "(?:abstract )?class";
    Matcher m = Pattern.compile(COMMENT + "public (?:final )?" + kind + " " + c.getSimpleName() + "\\b")
        .matcher(source(c));
    if (!m.find()) {
      return Optional.empty();
    }
    String text = m.group(1).split("<p>", 2)[0];
    return plain(text, c);
  }

  /** The Javadoc of an attribute's accessor on {@code AbstractX}. */
  static Optional<String> attributeDescription(Class<?> type, String accessor) {
    Optional<Class<?>> documented = documentedType(type);
    if (documented.isEmpty() || documented.get().isEnum()) {
      return Optional.empty();
    }
    Matcher m = Pattern.compile(COMMENT + "public abstract [^;{=]*?\\b" + Pattern.quote(accessor) + "\\(\\)\\s*;")
        .matcher(source(documented.get()));
    Optional<String> found = Optional.empty();
    while (m.find()) {
      found = Optional.of(m.group(1)); // the last comment before the accessor is its own
    }
    return found.flatMap(text -> plain(text, documented.get()));
  }

  private static Optional<Class<?>> documentedType(Class<?> type) {
    if (!type.getName().startsWith("dev.mom.")) {
      return Optional.empty();
    }
    if (type.isEnum() || type.isInterface()) {
      return Optional.of(type);
    }
    Class<?> parent = type.getSuperclass();
    if (parent != null && parent.getSimpleName().equals("Abstract" + type.getSimpleName())) {
      return Optional.of(parent);
    }
    return Optional.empty();
  }

  private static String source(Class<?> type) {
    Class<?> top = type;
    while (top.getEnclosingClass() != null) {
      top = top.getEnclosingClass();
    }
    Path file = SOURCES.resolve(top.getName().replace('.', '/') + ".java");
    return FILES.computeIfAbsent(file, f -> {
      try {
        return Files.readString(f, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("the schemas' descriptions come from mom-core's sources; cannot read "
            + f.toAbsolutePath().normalize(), e);
      }
    });
  }

  /** The comment's main text as one plain line, or empty if it has none. */
  private static Optional<String> plain(String comment, Class<?> type) {
    StringBuilder main = new StringBuilder();
    for (String line : comment.split("\n")) {
      String text = line.strip();
      if (text.startsWith("*")) {
        text = text.substring(1).strip();
      }
      if (text.startsWith("@")) {
        break; // block tags: @param, @return, @throws ...
      }
      main.append(text).append(' ');
    }
    Matcher inline = INLINE.matcher(main);
    StringBuilder resolved = new StringBuilder();
    while (inline.find()) {
      inline.appendReplacement(resolved, Matcher.quoteReplacement(inlineText(inline.group(1), inline.group(2), type)));
    }
    inline.appendTail(resolved);
    String text = resolved.toString()
        .replaceAll("<li>", " - ")
        .replaceAll("</?[a-zA-Z][^>]*>", " ")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        .replaceAll("\\s+", " ")
        .replaceAll(" ([,.;:)])", "$1")
        .strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private static String inlineText(String tag, String body, Class<?> type) {
    String text = body.strip();
    if (tag.equals("value")) {
      return constant(text, type);
    }
    if (tag.equals("link") || tag.equals("linkplain")) {
      String[] parts = text.split("\\s+", 2);
      if (parts.length == 2) {
        return parts[1];
      }
      String target = parts[0];
      if (target.startsWith("#")) {
        return ValueShape.jsonNameOf(target.substring(1).replaceAll("\\(.*\\)$", "")); // an accessor: its JSON name
      }
      return target.replace('#', '.');
    }
    return text;
  }

  private static String constant(String reference, Class<?> type) {
    String name = reference.substring(reference.indexOf('#') + 1);
    try {
      Field field = type.getDeclaredField(name);
      if (Modifier.isStatic(field.getModifiers()) && Modifier.isPublic(field.getModifiers())) {
        return String.valueOf(field.get(null));
      }
    } catch (NoSuchFieldException | IllegalAccessException e) {
      // fall through: name the constant
    }
    return name;
  }
}
