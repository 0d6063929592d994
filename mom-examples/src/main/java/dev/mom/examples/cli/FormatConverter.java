package dev.mom.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an output format by its lowercase name ({@code text}, {@code json}, ...), ignoring case, and names
 * the accepted formats in lowercase when the value is unknown.
 *
 * @param <E> the command's format enum, whose {@code toString()} is the lowercase name
 */
abstract class FormatConverter<E extends Enum<E>> implements ITypeConverter<E> {

  private final Class<E> type;

  FormatConverter(Class<E> type) {
    this.type = type;
  }

  @Override
  public E convert(String value) {
    List<String> names = new ArrayList<>();
    for (E format : type.getEnumConstants()) {
      if (format.toString().equalsIgnoreCase(value.strip())) {
        return format;
      }
      names.add(format.toString());
    }
    throw new TypeConversionException("expected one of " + String.join(", ", names) + " but was '"
        + value.toLowerCase(Locale.ROOT).strip() + "'");
  }
}
