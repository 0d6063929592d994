package dev.mom.examples.cli;

import java.util.List;

/**
 * Thrown by a command when the user's input cannot be used (a file that cannot be read, a document with
 * problems, an output file that cannot be written); the tool prints the message on one line, then each
 * detail (a document's problems, one a line) indented below it, and exits with code 2, without a stack trace.
 */
final class UnusableInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The lines printed below the message. */
  private final List<String> details;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, in words the user can act on; one line
   */
  UnusableInputException(String message) {
    this(message, List.of());
  }

  /**
   * Creates the exception with details.
   *
   * @param message what is wrong, in words the user can act on; one line
   * @param details the lines to print below it, e.g. {@code /id: invalid id ...}; may be empty
   */
  UnusableInputException(String message, List<String> details) {
    super(message);
    this.details = List.copyOf(details);
  }

  /**
   * The lines printed below the message.
   *
   * @return the details, one line each; empty if there are none
   */
  List<String> details() {
    return details;
  }
}
