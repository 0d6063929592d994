package dev.mom.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mom.model.Id;
import org.junit.jupiter.api.Test;

class IdIndexTest {

  @Test
  void keepsTheFirstPositionOfEachIdAndFindsIt() {
    IdIndex index = new IdIndex(3);

    assertThat(index.putIfAbsent(Id.of("kr-1"), 0)).isEqualTo(-1);
    assertThat(index.putIfAbsent(Id.of("kr-2"), 1)).isEqualTo(-1);
    // a repeated id keeps its first position and reports it
    assertThat(index.putIfAbsent(Id.of("kr-1"), 2)).isEqualTo(0);

    assertThat(index.get(Id.of("kr-1"))).isZero();
    assertThat(index.get(Id.of("kr-2"))).isEqualTo(1);
    assertThat(index.get(Id.of("kr-3"))).isEqualTo(-1);
    assertThat(index.size()).isEqualTo(2);
  }

  @Test
  void growsBeyondTheExpectedCountAndKeepsEveryPosition() {
    // sized for 1 (16 slots), filled with 10,000 ids: it doubles ten times, rehashing every id
    IdIndex index = new IdIndex(1);
    for (int i = 0; i < 10_000; i++) {
      assertThat(index.putIfAbsent(Id.of("item-" + i), i)).as("item-%d", i).isEqualTo(-1);
    }
    for (int i = 0; i < 10_000; i++) {
      assertThat(index.get(Id.of("item-" + i))).as("item-%d", i).isEqualTo(i);
      assertThat(index.putIfAbsent(Id.of("item-" + i), -5)).as("item-%d", i).isEqualTo(i);
    }
    assertThat(index.get(Id.of("item-10000"))).isEqualTo(-1);
    assertThat(index.size()).isEqualTo(10_000);
  }
}
