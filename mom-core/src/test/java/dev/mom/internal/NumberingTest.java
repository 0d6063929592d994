package dev.mom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberingTest {

  @Test
  void numbersDistinctValuesInTheOrderTheyAreFirstSeen() {
    Numbering<String> numbering = new Numbering<>();
    // b a a b c a: b is 0, a is 1, c is 2; repeats (right after, or later) keep their number
    int[] numbers = {numbering.of("b"), numbering.of("a"), numbering.of("a"), numbering.of("b"), numbering.of("c"),
        numbering.of("a")};

    assertThat(numbers).containsExactly(0, 1, 1, 0, 2, 1);
    assertThat(numbering.values()).containsExactly("b", "a", "c");
    assertThat(numbering.size()).isEqualTo(3);
  }

  @Test
  void equalValuesThatAreDifferentObjectsShareANumber() {
    Numbering<String> numbering = new Numbering<>();
    String first = new String("sales");
    String again = new String("sales");

    assertThat(numbering.of(first)).isZero();
    assertThat(numbering.of("product")).isEqualTo(1);
    assertThat(numbering.of(again)).isZero();
  }
}
