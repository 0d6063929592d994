package dev.mom.json;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Runs the Jakarta constraints declared on MOM's accessors ({@code @NotBlank}, {@code @Min}, {@code @Size},
 * {@code @Valid}, …) over a decoded document with Hibernate Validator, and turns every violation into a
 * {@link Problem} with a JSON pointer. Accessors are record-style ({@code name()}), so every public
 * no-argument method counts as a property; messages are interpolated without an expression-language
 * implementation.
 *
 * <p>Thread-safe: one validator serves every read.
 */
final class ConstraintCheck {

  private final ValidatorFactory factory;
  private final Validator validator;

  ConstraintCheck() {
    factory = Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator(Set.of(java.util.Locale.ENGLISH), java.util.Locale.ENGLISH, false))
        .getterPropertySelectionStrategy(new RecordStyleAccessors())
        .buildValidatorFactory();
    validator = factory.getValidator();
  }

  /** Every constraint violation in {@code value}, ordered by pointer then message. */
  List<Problem> check(Object value) {
    List<Problem> problems = new ArrayList<>();
    for (ConstraintViolation<Object> violation : validator.validate(value)) {
      Object invalid = violation.getInvalidValue();
      String pointer = pointer(violation.getPropertyPath());
      String message = violation.getMessage();
      problems.add(isScalar(invalid) ? Problem.of(pointer, message, String.valueOf(invalid)) : Problem.of(pointer, message));
    }
    problems.sort(Comparator.comparing(Problem::pointer).thenComparing(Problem::message));
    return problems;
  }

  private static boolean isScalar(Object value) {
    return value instanceof CharSequence || value instanceof Number || value instanceof Boolean;
  }

  /** {@code teams[0].members[1].function} becomes {@code /teams/0/members/1/function}. */
  static String pointer(Path path) {
    StringBuilder pointer = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
        if (key != null) {
          pointer.append('/').append(escape(String.valueOf(key)));
        }
      }
      String name = node.getName();
      if (name != null && !name.startsWith("<") && node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
        pointer.append('/').append(escape(ValueShape.jsonNameOf(name)));
      }
    }
    return pointer.toString();
  }

  private static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  /** Every public, non-static, no-argument method that returns a value is a property named after itself. */
  static final class RecordStyleAccessors implements GetterPropertySelectionStrategy {
    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
      if (executable.getParameterTypes().length != 0 || executable.getReturnType() == void.class) {
        return Optional.empty();
      }
      String name = executable.getName();
      if (name.equals("hashCode") || name.equals("toString") || name.equals("getClass")) {
        return Optional.empty();
      }
      return Optional.of(name);
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
      return List.of(propertyName);
    }
  }
}
