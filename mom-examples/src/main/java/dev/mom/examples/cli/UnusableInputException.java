package dev.mom.examples.cli;

/**
 * Thrown by a command when the user's input cannot be used (a file that cannot be read, an output file that
 * cannot be written); the tool prints the message on one line and exits with code 2, without a stack trace.
 */
final class UnusableInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, in words the user can act on; one line
   */
  UnusableInputException(String message) {
    super(message);
  }
}
