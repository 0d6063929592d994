/**
 * The {@code mom} command-line tool: {@code java -jar mom.jar <command>}.
 *
 * <p>Exit codes: 0 ok; 2 invalid input (a usage error, an invalid document, a file that cannot be read or an
 * output file that cannot be written), with the problems printed and no stack trace; 3 internal error, one
 * line on standard error, with the stack trace only when {@code --debug} is given. Output is UTF-8 with
 * {@code \n} line ends on every platform, so reports and golden files compare byte for byte.
 */
@NullMarked
package dev.mom.examples.cli;

import org.jspecify.annotations.NullMarked;
