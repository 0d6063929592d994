package dev.mom.examples.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mom.json.MomJson;
import dev.mom.model.Transformation;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures the heap that reading the largest JSON workload needs: the smallest {@code -Xmx} (to 4 MiB) with which
 * a fresh JVM reads the document with {@link MomJson#read(byte[], Class)}, found by bisection, beside the same for
 * plain Jackson into {@link PlainRecords}, and the heap the decoded value keeps. The document's bytes are held
 * during the read, so the need includes them.
 *
 * <p>{@code java -cp mom-examples/target/mom-benchmarks.jar dev.mom.examples.bench.PeakHeap [scale]} (default 4:
 * the 50 MB document of {@link JsonBenchmark}).
 */
public final class PeakHeap {

  private PeakHeap() {}

  /**
   * Runs the measurement, or, with {@code read FILE mom|jackson}, one read in this JVM.
   *
   * @param args {@code [scale]}, or {@code read FILE mom|jackson}
   * @throws Exception if the measurement cannot run
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("read")) {
      read(Path.of(args[1]), args[2]);
      return;
    }
    int scale = args.length > 0 ? Integer.parseInt(args[0]) : 4;
    Path file = Files.createTempFile("mom-peak-heap", ".json");
    try {
      try (OutputStream out = Files.newOutputStream(file)) {
        JsonBenchmark.document(scale).writeTo(out);
      }
      long size = Files.size(file);
      System.out.printf(Locale.ROOT, "document: %.1f MB (%d bytes), scale %d%n", size / 1e6, size, scale);
      for (String reader : List.of("mom", "jackson")) {
        int mib = smallestHeap(file, reader, (int) (size >> 20), 64 * (int) (size >> 20) + 64);
        System.out.printf(Locale.ROOT, "%-8s smallest -Xmx that reads it: %d MiB = %.2f × the document%n", reader,
            mib, mib * 1048576.0 / size);
        run(file, reader, 4 * mib, true);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static int smallestHeap(Path file, String reader, int low, int high) throws IOException, InterruptedException {
    if (!run(file, reader, high, false)) {
      throw new IllegalStateException("cannot read the document even with " + high + " MiB");
    }
    while (high - low > 4) {
      int middle = (low + high) / 2;
      if (run(file, reader, middle, false)) {
        high = middle;
      } else {
        low = middle;
      }
    }
    return high;
  }

  private static boolean run(Path file, String reader, int mib, boolean print) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + mib + "m", "-cp", System.getProperty("java.class.path"), PeakHeap.class.getName(), "read",
        file.toString(), reader));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    int exit = process.waitFor();
    if (print) {
      System.out.print(output);
    }
    return exit == 0;
  }

  private static void read(Path file, String reader) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    long before = used();
    Object value = reader.equals("mom")
        ? MomJson.builder().maxDocumentBytes(1 << 30).build().read(bytes, Transformation.class)
        : new ObjectMapper().readValue(bytes, PlainRecords.TransformationRecord.class);
    long after = used();
    System.out.printf(Locale.ROOT, "%-8s the decoded value keeps %.1f MB of heap (%s)%n", reader,
        (after - before) / 1e6, value.getClass().getSimpleName());
  }

  private static long used() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
