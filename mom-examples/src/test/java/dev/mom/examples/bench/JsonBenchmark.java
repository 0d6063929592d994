package dev.mom.examples.bench;

import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.mom.examples.generate.SyntheticCase;
import dev.mom.json.MomJson;
import dev.mom.json.MomJsonModule;
import dev.mom.model.Transformation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JSON of a synthetic {@code mom/transformation} of about 12.5 MB × scale (scale 4: the 50 MB document of issue
 * #11):
 * <ul>
 *   <li>{@code decode}: binding into MOM's immutable values with {@link MomJsonModule} on a plain
 *       {@code ObjectMapper} (every value's invariants are checked as it is built, nothing else);
 *   <li>{@code decodeValidate}: {@link MomJson#read(byte[], Class)}, the strict reader: the first pass over the
 *       bytes (duplicate keys, limits, header), binding with every problem collected, and the Jakarta constraints;
 *   <li>{@code encode}: {@link MomJson#write(Object, OutputStream)}, canonical output;
 * </ul>
 * against plain Jackson databind reading into and writing from {@link PlainRecords} (indented like MOM's output).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx8g"})
public class JsonBenchmark {

  @Param({"1", "2", "4"})
  int scale;

  /** The document. */
  byte[] document;
  /** The same document without its header lines, for {@code MomJsonModule} on a plain mapper. */
  byte[] body;
  Transformation transformation;
  PlainRecords.TransformationRecord records;
  MomJson json;
  ObjectReader moduleReader;
  ObjectReader plainReader;
  ObjectWriter plainWriter;

  /** The synthetic case of about 12.5 MB × scale. */
  static SyntheticCase document(int scale) {
    return SyntheticCase.builder().seed(11).decisions(6_000 * scale).responses(1_200 * scale)
        .measurements(6_000 * scale).concepts(600 * scale).keyResults(1_500 * scale).items(16_000 * scale)
        .outcomes(10).respondents(600 * scale).build();
  }

  @Setup
  public void setUp() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document(scale).writeTo(out);
    document = out.toByteArray();
    String text = new String(document, StandardCharsets.UTF_8);
    String header = "{\n  \"kind\": \"mom/transformation\",\n  \"schemaVersion\": 1,\n";
    if (!text.startsWith(header)) {
      throw new IllegalStateException("unexpected header: " + text.substring(0, 80));
    }
    body = ("{\n" + text.substring(header.length())).getBytes(StandardCharsets.UTF_8);
    json = MomJson.builder().maxDocumentBytes(1 << 30).build();
    moduleReader = new ObjectMapper().registerModule(new MomJsonModule()).readerFor(Transformation.class);
    ObjectMapper plain = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    plainReader = plain.readerFor(PlainRecords.TransformationRecord.class);
    plainWriter = plain.writer(new DefaultPrettyPrinter());
    transformation = json.read(document, Transformation.class);
    records = plainReader.readValue(document);
  }

  @Benchmark
  public Transformation decode() throws IOException {
    return moduleReader.readValue(body);
  }

  @Benchmark
  public Transformation decodeValidate() {
    return json.read(document, Transformation.class);
  }

  @Benchmark
  public PlainRecords.TransformationRecord jacksonDecode() throws IOException {
    return plainReader.readValue(document);
  }

  @Benchmark
  public void encode() throws IOException {
    json.write(transformation, OutputStream.nullOutputStream());
  }

  @Benchmark
  public void jacksonEncode() throws IOException {
    plainWriter.writeValue(OutputStream.nullOutputStream(), records);
  }
}
