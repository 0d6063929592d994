package dev.mom.examples.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Writes a report to the file named by {@code --out}: first to a temporary file in the same folder, then
 * renamed over the target in one atomic step, so a reader never sees half a report and a failed run leaves
 * the previous report in place.
 */
final class OutputFile {

  private OutputFile() {}

  /**
   * Writes text as UTF-8 to a file, atomically replacing any file of that name.
   *
   * @param target the file to write; its folder must exist
   * @param text the content
   * @throws UnusableInputException if the file cannot be written there (no such folder, permission denied,
   *     the name is a folder)
   * @throws IOException if writing fails otherwise (disk full, I/O error)
   */
  static void write(Path target, String text) throws IOException {
    write(target, out -> {
      // strict: text that cannot be UTF-8 (an unpaired surrogate) fails the write instead of becoming '?'
      ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(text));
      out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
    });
  }

  /** What goes into an output file, written to a stream (which the caller closes). */
  @FunctionalInterface
  interface Content {
    /**
     * Writes the content.
     *
     * @param out the stream to the temporary file
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes content streamed to a file, atomically replacing any file of that name; for output too large to
   * hold in memory as one string.
   *
   * @param target the file to write; its folder must exist
   * @param content writes the content
   * @throws UnusableInputException if the file cannot be written there (no such folder, permission denied,
   *     the name is a folder)
   * @throws IOException if writing fails otherwise (disk full, I/O error)
   */
  static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new UnusableInputException("cannot write " + target + ": the folder " + (folder == null ? target : folder)
          + " does not exist");
    }
    if (Files.isDirectory(absolute)) {
      throw new UnusableInputException("cannot write " + target + ": it is a folder");
    }
    Path temporary = null;
    try {
      temporary = createTemporary(folder, absolute.getFileName().toString());
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
        content.writeTo(out);
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      temporary = null;
    } catch (AccessDeniedException e) {
      throw new UnusableInputException("cannot write " + target + ": permission denied");
    } catch (NoSuchFileException e) {
      throw new UnusableInputException("cannot write " + target + ": no such file or folder");
    } catch (FileSystemException e) {
      throw new UnusableInputException("cannot write " + target + ": "
          + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason()));
    } finally {
      if (temporary != null) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /**
   * Prints a report on standard output, or writes it to the file named by {@code --out}.
   *
   * @param target the file to write, or null for standard output
   * @param text the report
   * @param stdout standard output
   * @throws UnusableInputException if the file cannot be written there
   * @throws IOException if writing fails otherwise
   */
  static void writeOrPrint(@Nullable Path target, String text, PrintWriter stdout) throws IOException {
    writeOrPrint(target, text, stdout, new Path[0]);
  }

  /**
   * Prints a report on standard output, or writes it to the file named by {@code --out} unless that is one
   * of the command's input files: the tool never writes over its input.
   *
   * @param target the file to write, or null for standard output
   * @param text the report
   * @param stdout standard output
   * @param inputs the files the command read (null elements are options not given)
   * @throws UnusableInputException if the target is one of the inputs, or cannot be written there
   * @throws IOException if writing fails otherwise
   */
  static void writeOrPrint(@Nullable Path target, String text, PrintWriter stdout, @Nullable Path... inputs)
      throws IOException {
    if (target != null) {
      for (Path input : inputs) {
        if (input != null && sameFile(target, input)) {
          throw new UnusableInputException("cannot write " + target + ": it is the input file " + input
              + ", which the report would replace; choose another --out file");
        }
      }
    }
    if (target == null) {
      stdout.print(text);
      stdout.flush();
    } else {
      write(target, text);
    }
  }

  /** Whether two paths name one file: the same file on disk (through links too), or the same normalised path. */
  private static boolean sameFile(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // fall back to comparing the names
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  /** Creates a new, empty hidden file beside the target, with the default permissions of new files. */
  private static Path createTemporary(Path folder, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong());
      try {
        return Files.createFile(folder.resolve("." + name + "." + suffix + ".tmp"));
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 10) {
          throw e;
        }
      }
    }
  }
}
