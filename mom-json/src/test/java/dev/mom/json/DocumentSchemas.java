package dev.mom.json;

import com.fasterxml.classmate.AnnotationInclusion;
import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import dev.mom.model.Function;
import dev.mom.model.Id;
import dev.mom.rules.Condition;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Generates the JSON Schema (draft 2020-12) of a document kind from MOM's types and their Jakarta
 * constraints, with victools' jsonschema-generator and its Jakarta validation module, configured to
 * describe exactly what {@link MomJson} reads and writes:
 * <ul>
 *   <li>the properties of a value type are its {@link ValueShape} attributes under their JSON names, in
 *       declared order; derived and lazy values are not properties; no other property is allowed;
 *   <li>required are the attributes the builder cannot do without (found by building an empty builder, as
 *       the reader does); optionals are unwrapped and never {@code null};
 *   <li>{@link Id} and {@link Function} are strings with the id pattern and length, dates are
 *       {@code "yyyy-mm-dd"}, MOM enums are their lowercase ids, maps keyed by ids are objects whose
 *       property names are ids, and {@link Condition} is the recursive condition tree;
 *   <li>the root starts with the header: {@code kind} (a constant) and {@code schemaVersion} (a constant);
 *   <li>a kind with an {@code "extends"} property (a playbook) gets {@code if}/{@code then}/{@code else}: a
 *       complete document without {@code extends}; a partial one with it, as the extends format says.
 * </ul>
 * Test scope only: the generated text is committed in mom-json's resources, and victools stays off the
 * runtime classpath.
 */
final class DocumentSchemas {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The id pattern, anchored: JSON Schema's {@code pattern} matches anywhere in the string. */
  static final String ID_PATTERN = "^" + Id.PATTERN + "$";

  /** Jakarta constraints declared on the abstract accessors, which the generated ones override. */
  private static final List<Class<? extends Annotation>> CONSTRAINTS = List.of(
      jakarta.validation.constraints.NotBlank.class, jakarta.validation.constraints.NotEmpty.class,
      jakarta.validation.constraints.NotNull.class, jakarta.validation.constraints.Size.class,
      jakarta.validation.constraints.Min.class, jakarta.validation.constraints.Max.class,
      jakarta.validation.constraints.DecimalMin.class, jakarta.validation.constraints.DecimalMax.class,
      jakarta.validation.constraints.Positive.class, jakarta.validation.constraints.PositiveOrZero.class,
      jakarta.validation.constraints.Negative.class, jakarta.validation.constraints.NegativeOrZero.class,
      jakarta.validation.constraints.Pattern.class, jakarta.validation.constraints.Email.class);

  private static final Map<Class<?>, Set<String>> REQUIRED = new ConcurrentHashMap<>();

  private DocumentSchemas() {}

  /**
   * The schema of a document kind as canonical JSON text (two-space indentation, {@code \n}, a final
   * newline).
   */
  static String generate(DocumentKind kind) {
    ObjectNode schema = generateTree(kind);
    try {
      return new ObjectMapper().writer(new CanonicalPrinter()).writeValueAsString(schema) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode generateTree(DocumentKind kind) {
    ObjectNode generated = generator().generateSchema(kind.type());
    return DocumentSchemaShape.finish(kind, generated);
  }

  private static SchemaGenerator generator() {
    SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
        OptionPreset.PLAIN_JSON)
        .with(Option.NONSTATIC_NONVOID_NONGETTER_METHODS, Option.GETTER_METHODS,
            Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES, Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
            Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.PLAIN_DEFINITION_KEYS,
            Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS)
        .without(Option.PUBLIC_NONSTATIC_FIELDS, Option.NONPUBLIC_NONSTATIC_FIELDS_WITH_GETTERS,
            Option.NONPUBLIC_NONSTATIC_FIELDS_WITHOUT_GETTERS, Option.FLATTENED_ENUMS, Option.FLATTENED_OPTIONALS,
            Option.VALUES_FROM_CONSTANT_FIELDS);
    for (Class<? extends Annotation> constraint : CONSTRAINTS) {
      config.withAnnotationInclusionOverride(constraint, AnnotationInclusion.INCLUDE_AND_INHERIT);
    }
    config.with(new JakartaValidationModule(JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS));

    config.forFields().withIgnoreCheck(field -> true);
    config.forMethods()
        .withIgnoreCheck(method -> attributeOf(method) == null)
        .withPropertyNameOverrideResolver(method -> {
          ValueShape.Attribute attribute = attributeOf(method);
          return attribute == null ? null : attribute.jsonName;
        })
        .withRequiredCheck(DocumentSchemas::isRequired)
        .withTargetTypeOverridesResolver(DocumentSchemas::unwrapOptional)
        .withInstanceAttributeOverride((node, member, context) -> idKeys(node, member))
        .withNullableCheck(method -> false)
        .withStringPatternResolver(DocumentSchemas::notBlank)
        .withDescriptionResolver(method -> method.isFakeContainerItemScope() ? null
            : SourceDocs.attributeDescription(method.getDeclaringType().getErasedType(), method.getDeclaredName())
                .orElse(null));
    config.forTypesInGeneral()
        .withCustomDefinitionProvider((type, context) -> scalar(type.getErasedType()))
        .withPropertySorter(DocumentSchemas::declaredOrder)
        .withDescriptionResolver(type -> SourceDocs.typeDescription(type.getType().getErasedType()).orElse(null));
    return new SchemaGenerator(config.build());
  }

  /** The codec's attribute a method is, or null if the codec does not read or write it. */
  static ValueShape.Attribute attributeOf(MethodScope method) {
    if (method.getArgumentCount() != 0) {
      return null;
    }
    Optional<ValueShape> shape = ValueShape.of(method.getDeclaringType().getErasedType());
    if (shape.isEmpty()) {
      return null;
    }
    for (ValueShape.Attribute attribute : shape.get().attributes) {
      if (attribute.accessor.getName().equals(method.getDeclaredName())) {
        return attribute;
      }
    }
    return null;
  }

  /**
   * The attributes the builder of a value type cannot build without: those an empty builder names as
   * missing, which is how the reader finds "missing required property" too.
   */
  static Set<String> requiredAttributes(Class<?> type) {
    return REQUIRED.computeIfAbsent(type, t -> {
      Optional<ValueShape> shape = ValueShape.of(t);
      if (shape.isEmpty()) {
        return Set.of();
      }
      try {
        Object builder = shape.get().newBuilder.invoke();
        shape.get().build.invoke(builder);
        return Set.of();
      } catch (IllegalStateException e) {
        return new LinkedHashSet<>(JacksonProblems.missingAttributes(e));
      } catch (IllegalArgumentException e) {
        return Set.of(); // nothing missing; an invariant of the empty value failed
      } catch (Throwable e) {
        throw new IllegalStateException("cannot find the required attributes of " + t.getName(), e);
      }
    });
  }

  /** An optional attribute is its value when present, and left out when absent: never null. */
  /**
   * Whether a document must have the attribute: when the builder cannot do without it, or when it is a
   * list that must not be empty (an absent list is read as empty).
   */
  private static boolean isRequired(MethodScope method) {
    if (requiredAttributes(method.getDeclaringType().getErasedType()).contains(method.getDeclaredName())) {
      return true;
    }
    Size size = method.getAnnotationConsideringFieldAndGetter(Size.class);
    return method.getType() != null && Collection.class.isAssignableFrom(method.getType().getErasedType())
        && (size != null && size.min() > 0 || method.getAnnotationConsideringFieldAndGetter(NotEmpty.class) != null);
  }

  /** {@code @NotBlank}: besides a minimum length of 1 (the Jakarta module's), a character that is not a space. */
  private static String notBlank(MethodScope method) {
    boolean notBlank = method.getAnnotationConsideringFieldAndGetter(NotBlank.class) != null;
    boolean pattern = method.getAnnotationConsideringFieldAndGetter(jakarta.validation.constraints.Pattern.class) != null;
    return notBlank && !pattern ? "\\S" : null;
  }

  private static List<ResolvedType> unwrapOptional(MethodScope method) {
    Class<?> raw = method.getType() == null ? null : method.getType().getErasedType();
    if (raw == Optional.class) {
      return List.of(method.getType().getTypeParameters().get(0));
    }
    Class<?> unwrapped = raw == OptionalDouble.class ? double.class
        : raw == OptionalInt.class ? int.class
        : raw == OptionalLong.class ? long.class
        : null;
    return unwrapped == null ? null : List.of(method.getContext().resolve(unwrapped));
  }

  /** A map keyed by ids: its property names are ids. */
  private static void idKeys(ObjectNode node, MemberScope<?, ?> member) {
    ResolvedType type = member.getType();
    if (type != null && Map.class.isAssignableFrom(type.getErasedType())
        && !type.getTypeParameters().isEmpty() && type.getTypeParameters().get(0).getErasedType() == Id.class) {
      node.putObject("propertyNames").put("$ref", "#/$defs/Id");
    }
  }

  /** Attributes in the order the codec writes them. */
  private static int declaredOrder(MemberScope<?, ?> a, MemberScope<?, ?> b) {
    return Integer.compare(rank(a), rank(b));
  }

  private static int rank(MemberScope<?, ?> member) {
    if (member instanceof MethodScope) {
      ValueShape.Attribute attribute = attributeOf((MethodScope) member);
      if (attribute != null) {
        return ValueShape.of(member.getDeclaringType().getErasedType()).orElseThrow().attributes.indexOf(attribute);
      }
    }
    return Integer.MAX_VALUE;
  }

  /** The scalars MOM writes as strings, its enums by id, and the condition tree. */
  private static CustomDefinition scalar(Class<?> type) {
    if (type == Id.class) {
      return reference(idSchema("An id: 1 to 64 characters from a-z, 0-9, '-', '_' and '.'."));
    } else if (type == Function.class) {
      return reference(idSchema("A function (department) by id, e.g. engineering, sales, executive, product, "
          + "support, or any other the organisation names."));
    } else if (type == LocalDate.class) {
      return reference(NODES.objectNode().put("type", "string").put("format", "date")
          .put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
          .put("description", "A date written yyyy-mm-dd, e.g. 2021-03-31."));
    } else if (type.isEnum() && type.getName().startsWith("dev.mom.")) {
      ObjectNode values = NODES.objectNode().put("type", "string");
      ArrayNode ids = values.putArray("enum");
      for (Object constant : type.getEnumConstants()) {
        ids.add(ScalarCodecs.idOf((Enum<?>) constant));
      }
      return reference(values);
    } else if (type == Condition.class) {
      return reference(DocumentSchemaShape.conditionSchema());
    }
    return null;
  }

  private static ObjectNode idSchema(String description) {
    return NODES.objectNode().put("type", "string").put("minLength", 1).put("maxLength", Id.MAX_LENGTH)
        .put("pattern", ID_PATTERN).put("description", description);
  }

  private static CustomDefinition reference(ObjectNode schema) {
    return new CustomDefinition(schema, CustomDefinition.DefinitionType.ALWAYS_REF,
        CustomDefinition.AttributeInclusion.NO);
  }

  /** Sorts the keys of an object node alphabetically, in place. */
  static void sortKeys(ObjectNode node) {
    TreeMap<String, JsonNode> sorted = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> entry = it.next();
      sorted.put(entry.getKey(), entry.getValue());
    }
    node.removeAll();
    node.setAll(sorted);
  }
}
