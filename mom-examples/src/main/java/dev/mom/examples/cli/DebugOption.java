package dev.mom.examples.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * The {@code --debug} option, mixed into the top command and inherited by every subcommand, so both
 * {@code mom --debug validate x} and {@code mom validate --debug x} work.
 */
final class DebugOption {

  /** The option's name. */
  static final String NAME = "--debug";

  @Option(names = NAME, scope = ScopeType.INHERIT,
      description = "On an internal error, print the stack trace as well as the one-line message.")
  boolean debug;

  /**
   * Tells whether {@code --debug} was given anywhere on the command line, at any level of subcommand.
   *
   * @param parseResult the full parse result; may be null when parsing failed before it was built
   * @return true if the option was matched
   */
  static boolean given(ParseResult parseResult) {
    for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption(NAME)) {
        return true;
      }
    }
    return false;
  }
}
