package dev.mom.json;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the JSON codec knows about one of MOM's generated value types, found once per class by reflection
 * on the library's own classes (never on names taken from input).
 *
 * <p>A MOM value type is a class {@code X} in a {@code dev.mom} package whose direct superclass is
 * {@code AbstractX} and which has a static nested {@code Builder} and a static {@code builder()} method:
 * what Immutables generates with MOM's style. Its <em>attributes</em> are the public, non-static,
 * no-argument methods that {@code X} overrides from {@code AbstractX} and that its builder can set (derived
 * and lazy values are computed, not written), in the order of the generated fields (the order they are
 * declared in). Each attribute is written in JSON under its accessor's name,
 * so a JSON pointer names the same thing as the Java accessor, except where {@link #JSON_NAMES} renames
 * one whose natural name is a Java keyword.
 */
final class ValueShape {

  /** Attributes whose JSON name differs from the accessor: {@code Class#accessor} to JSON name. */
  static final Map<String, String> JSON_NAMES = Map.of(
      "dev.mom.playbook.Playbook#extendsPlaybook", "extends",
      "dev.mom.CaseExpectation#caseFile", "case");

  /**
   * The JSON name of an accessor, for paths that do not say which type they are in (constraint
   * violations): the renamed accessors are renamed wherever they occur.
   */
  static String jsonNameOf(String accessor) {
    for (Map.Entry<String, String> entry : JSON_NAMES.entrySet()) {
      if (entry.getKey().endsWith("#" + accessor)) {
        return entry.getValue();
      }
    }
    return accessor;
  }

  /** How an attribute holds its value. */
  enum Holder { PLAIN, OPTIONAL, OPTIONAL_INT, OPTIONAL_LONG, OPTIONAL_DOUBLE, COLLECTION, MAP }

  /**
   * One attribute: its place among the type's attributes, its JSON name, how it is held, its accessor and the
   * builder method that sets it, as {@code (Object builder, Object value) -> void} for {@code invokeExact}.
   */
  static final class Attribute {
    final int index;
    final String jsonName;
    final Method accessor;
    final Holder holder;
    final MethodHandle getter;
    final MethodHandle setter;

    Attribute(int index, String jsonName, Method accessor, Holder holder, MethodHandle getter, MethodHandle setter) {
      this.index = index;
      this.jsonName = jsonName;
      this.accessor = accessor;
      this.holder = holder;
      this.getter = getter;
      this.setter = setter.asType(MethodType.methodType(void.class, Object.class, Object.class));
    }
  }

  /** The most attributes a value type may have: the reader marks the ones present as bits of a {@code long}. */
  static final int MAX_ATTRIBUTES = 64;

  private static final Map<Class<?>, Optional<ValueShape>> SHAPES = new ConcurrentHashMap<>();

  final Class<?> type;
  /** The static {@code builder()}, as {@code () -> Object} for {@code invokeExact}. */
  final MethodHandle newBuilder;
  /** The builder's {@code build()}, as {@code (Object builder) -> Object} for {@code invokeExact}. */
  final MethodHandle build;
  final List<Attribute> attributes;
  final Map<String, Attribute> byJsonName;

  private ValueShape(Class<?> type, MethodHandle newBuilder, MethodHandle build, List<Attribute> attributes) {
    this.type = type;
    this.newBuilder = newBuilder.asType(MethodType.methodType(Object.class));
    this.build = build.asType(MethodType.methodType(Object.class, Object.class));
    this.attributes = Collections.unmodifiableList(attributes);
    Map<String, Attribute> byName = new LinkedHashMap<>();
    for (Attribute attribute : attributes) {
      byName.put(attribute.jsonName, attribute);
    }
    this.byJsonName = Collections.unmodifiableMap(byName);
  }

  /** The shape of a MOM value type, or empty for any other class. */
  static Optional<ValueShape> of(Class<?> type) {
    return SHAPES.computeIfAbsent(type, ValueShape::inspect);
  }

  private static Optional<ValueShape> inspect(Class<?> type) {
    if (!type.getName().startsWith("dev.mom.") || type.isInterface() || type.isEnum() || type.isRecord()
        || Modifier.isAbstract(type.getModifiers())) {
      return Optional.empty();
    }
    Class<?> abstractType = type.getSuperclass();
    if (abstractType == null || !abstractType.getSimpleName().equals("Abstract" + type.getSimpleName())) {
      return Optional.empty();
    }
    Class<?> builderType = null;
    for (Class<?> nested : type.getDeclaredClasses()) {
      if (nested.getSimpleName().equals("Builder") && Modifier.isStatic(nested.getModifiers())) {
        builderType = nested;
      }
    }
    if (builderType == null) {
      return Optional.empty();
    }
    try {
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      MethodHandle newBuilder = lookup.unreflect(type.getMethod("builder"));
      MethodHandle build = lookup.unreflect(builderType.getMethod("build"));
      List<String> order = new ArrayList<>();
      for (Field field : type.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers())) {
          order.add(field.getName());
        }
      }
      List<Method> accessors = new ArrayList<>();
      for (Method method : type.getDeclaredMethods()) {
        if (isAttributeAccessor(method, abstractType)) {
          accessors.add(method);
        }
      }
      accessors.sort((a, b) -> Integer.compare(rank(order, a.getName()), rank(order, b.getName())));
      List<Attribute> attributes = new ArrayList<>();
      for (Method accessor : accessors) {
        Holder holder = holderOf(accessor.getReturnType());
        Method setter = setterFor(builderType, accessor, holder);
        if (setter == null) {
          continue; // derived or lazy: computed from the attributes, not one of them
        }
        String jsonName = JSON_NAMES.getOrDefault(type.getName() + "#" + accessor.getName(), accessor.getName());
        attributes.add(new Attribute(attributes.size(), jsonName, accessor, holder, lookup.unreflect(accessor),
            lookup.unreflect(setter)));
      }
      if (attributes.size() > MAX_ATTRIBUTES) {
        throw new IllegalStateException("MOM value type " + type.getName() + " has " + attributes.size()
            + " attributes; the JSON codec handles at most " + MAX_ATTRIBUTES);
      }
      return Optional.of(new ValueShape(type, newBuilder, build, attributes));
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalStateException("cannot inspect MOM value type " + type.getName(), e);
    }
  }

  private static int rank(List<String> order, String name) {
    int index = order.indexOf(name);
    return index < 0 ? Integer.MAX_VALUE : index;
  }

  private static boolean isAttributeAccessor(Method method, Class<?> abstractType) {
    int modifiers = method.getModifiers();
    if (!Modifier.isPublic(modifiers) || Modifier.isStatic(modifiers) || method.isSynthetic()
        || method.isBridge() || method.getParameterCount() != 0 || method.getReturnType() == void.class) {
      return false;
    }
    String name = method.getName();
    if (name.equals("hashCode") || name.equals("toString")) {
      return false;
    }
    for (Class<?> c = abstractType; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        c.getDeclaredMethod(name);
        return true;
      } catch (NoSuchMethodException e) {
        // look further up
      }
    }
    return false;
  }

  private static Holder holderOf(Class<?> raw) {
    if (raw == Optional.class) {
      return Holder.OPTIONAL;
    } else if (raw == OptionalInt.class) {
      return Holder.OPTIONAL_INT;
    } else if (raw == OptionalLong.class) {
      return Holder.OPTIONAL_LONG;
    } else if (raw == OptionalDouble.class) {
      return Holder.OPTIONAL_DOUBLE;
    } else if (Collection.class.isAssignableFrom(raw)) {
      return Holder.COLLECTION;
    } else if (Map.class.isAssignableFrom(raw)) {
      return Holder.MAP;
    }
    return Holder.PLAIN;
  }

  /**
   * The builder method that sets an attribute from JSON: for collections and maps the one taking the
   * whole collection; for optionals the one taking the bare value (so that {@code null} is rejected rather
   * than read as absent); otherwise the only one.
   */
  private static Method setterFor(Class<?> builder, Method accessor, Holder holder) {
    Method best = null;
    for (Method method : builder.getMethods()) {
      if (!method.getName().equals(accessor.getName()) || method.getParameterCount() != 1 || method.isBridge()
          || Modifier.isStatic(method.getModifiers())) {
        continue;
      }
      Class<?> parameter = method.getParameterTypes()[0];
      switch (holder) {
        case COLLECTION:
          if (parameter == Iterable.class) {
            best = method;
          }
          break;
        case MAP:
          if (Map.class.isAssignableFrom(parameter)) {
            best = method;
          }
          break;
        case OPTIONAL:
        case OPTIONAL_INT:
        case OPTIONAL_LONG:
        case OPTIONAL_DOUBLE:
          if (parameter != accessor.getReturnType()) {
            best = method;
          }
          break;
        default:
          best = method;
      }
    }
    return best;
  }
}
