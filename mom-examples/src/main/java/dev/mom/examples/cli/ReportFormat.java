package dev.mom.examples.cli;

import java.util.Locale;

/**
 * The output formats of the engine commands ({@code diagnose}, {@code gaps}, {@code prioritize}, {@code trace},
 * {@code impact}): the plain-text report, the same report in Markdown, or the engine's result as a JSON
 * document. Named on the command line by the lowercase name, ignoring case.
 */
enum ReportFormat {
  /** The plain-text report (the default). */
  TEXT,
  /** The report in Markdown. */
  MARKDOWN,
  /** The engine's result as a JSON document. */
  JSON;

  /** The lowercase name, as given on the command line and listed in {@code --help}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads the format by its lowercase name. */
  static final class Converter extends FormatConverter<ReportFormat> {
    Converter() {
      super(ReportFormat.class);
    }
  }
}
