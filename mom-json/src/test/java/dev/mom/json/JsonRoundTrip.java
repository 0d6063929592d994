package dev.mom.json;

import static org.assertj.core.api.Assertions.assertThat;

/** The round-trip property every MOM type meets: read(write(x)) equals x, and writing is canonical. */
final class JsonRoundTrip {

  private static final MomJson JSON = MomJson.standard();

  private JsonRoundTrip() {}

  /**
   * Asserts that {@code value} reads back equal from what is written, and that writing what was read gives
   * the same text.
   *
   * @param seed the property run's seed, for the messages
   * @param value the value
   * @param type its type
   * @param <T> the type
   */
  static <T> void assertRoundTrips(long seed, T value, Class<T> type) {
    String written = JSON.write(value);
    T read = JSON.read(written, type);
    assertThat(read).as("seed %d: %s read back from%n%s", seed, type.getSimpleName(), written).isEqualTo(value);
    assertThat(JSON.write(read)).as("seed %d: %s written twice", seed, type.getSimpleName()).isEqualTo(written);
  }
}
