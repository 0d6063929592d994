package dev.mom.examples.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code mom} command: the entry point of {@code java -jar mom.jar}.
 *
 * <p>Exit codes (DESIGN §7): {@value #OK} ok; 1 findings (a golden case of {@code mom playbook test} failed);
 * {@value #INVALID_INPUT} invalid input, with the problems
 * printed and no stack trace; {@value #INTERNAL_ERROR} internal error, one line on standard error and the
 * stack trace only with {@code --debug}.
 */
@Command(
    name = "mom",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = "Runs the MOM customer-centric transformation model on a case: who drives product decisions, "
        + "the gaps to the ideal, the concepts to green-light, the road map traced to OKRs, and whether the "
        + "outcomes moved; validates MOM documents, works on playbooks, prints the JSON Schemas and shows the "
        + "bundled example cases (Mikro and Varrow).",
    subcommands = {DemoCommand.class, DiagnoseCommand.class, GapsCommand.class, PrioritizeCommand.class,
        TraceCommand.class, ImpactCommand.class, ReportCommand.class, ValidateCommand.class, PlaybookCommand.class,
        SchemaCommand.class, GenerateCommand.class,
        HelpCommand.class},
    footer = {"", "Exit codes: 0 ok, 1 findings (a golden case of 'mom playbook test' failed), 2 invalid input "
        + "(problems printed, no stack trace), 3 internal error."})
public final class MomCommand implements Callable<Integer> {

  /** Exit code: the command did what was asked. */
  public static final int OK = 0;
  /** Exit code: the input (arguments, documents, files) cannot be used; the problems were printed. */
  public static final int INVALID_INPUT = 2;
  /** Exit code: something went wrong inside the tool. */
  public static final int INTERNAL_ERROR = 3;

  /** Held so the logger, and with it its level, is not garbage-collected (JUL keeps loggers weakly). */
  private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

  @Spec
  CommandSpec spec;

  @Mixin
  DebugOption debugOption;

  /**
   * Runs the tool and exits the JVM with the command's exit code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    // Hibernate Validator announces its version at INFO through java.util.logging; a CLI must not show it
    HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
    PrintWriter out = utf8(System.out);
    PrintWriter err = utf8(System.err);
    int exitCode;
    try {
      exitCode = commandLine(out, err).execute(args);
    } catch (Error e) {
      // picocli handles exceptions; an Error (out of memory, stack overflow) still ends as an internal error
      err.print(internalErrorLine(e, Arrays.asList(args).contains(DebugOption.NAME)));
      if (Arrays.asList(args).contains(DebugOption.NAME)) {
        e.printStackTrace(err);
      }
      exitCode = INTERNAL_ERROR;
    }
    out.flush();
    err.flush();
    System.exit(exitCode);
  }

  /**
   * Builds the command line with its exception handlers, writing to the given streams.
   *
   * @param out where results go
   * @param err where usage errors and internal errors go
   * @return the configured command line; call {@code execute(args)} to run it and get the exit code
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new MomCommand())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(MomCommand::usageError)
        .setExecutionExceptionHandler(MomCommand::executionError);
    commandLine.setOut(out);
    commandLine.setErr(err);
    return commandLine;
  }

  /** Without a subcommand, {@code mom} says so and shows how to get help. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing command: give one of "
        + String.join(", ", spec.subcommands().keySet()));
  }

  private static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  /** A usage error: picocli's message, suggestions for a mistyped option or command, and where to find help. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.print(e.getMessage() + "\n");
    UnmatchedArgumentException.printSuggestions(e, err);
    err.print("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.\n");
    err.flush();
    return INVALID_INPUT;
  }

  /** An exception from a command: invalid input (exit 2) or an internal error (exit 3). */
  private static int executionError(Exception e, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (e instanceof UnusableInputException) {
      err.print(commandLine.getCommandSpec().qualifiedName() + ": " + oneLine(e.getMessage()) + "\n");
      for (String detail : ((UnusableInputException) e).details()) {
        err.print("  " + oneLine(detail) + "\n");
      }
      err.flush();
      return INVALID_INPUT;
    }
    boolean debug = DebugOption.given(parseResult);
    err.print(internalErrorLine(e, debug));
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return INTERNAL_ERROR;
  }

  private static String internalErrorLine(Throwable e, boolean debug) {
    String message = e.getMessage() == null ? "" : ": " + oneLine(e.getMessage());
    return "mom: internal error: " + e.getClass().getName() + message
        + (debug ? "" : " (run again with " + DebugOption.NAME + " for the stack trace)") + "\n";
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
