package dev.mom.trace;

import dev.mom.model.Id;

/**
 * Positions by id, for one traceability run over many road-map items and key results: an open-addressing
 * table (linear probing, Fibonacci hashing of {@link Id#hashCode()}), so a look-up touches no entry object and
 * a position is never boxed. Not thread-safe: each run builds its own.
 */
final class IdIndex {

  private Id[] keys;
  private int[] positions;
  private int shift;
  private int size;

  /**
   * An empty index.
   *
   * @param expected how many ids it will hold; it grows beyond that if need be
   */
  IdIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) * 2; // at most half full
    allocate(capacity);
  }

  private void allocate(int capacity) {
    keys = new Id[capacity];
    positions = new int[capacity];
    shift = Integer.numberOfLeadingZeros(capacity) + 1;
  }

  private int slot(Id id) {
    return (id.hashCode() * 0x9E3779B9) >>> shift;
  }

  /**
   * The position of an id.
   *
   * @param id the id; not null
   * @return its position, or -1 if the index does not hold it
   */
  int get(Id id) {
    int mask = keys.length - 1;
    for (int slot = slot(id); ; slot = (slot + 1) & mask) {
      Id key = keys[slot];
      if (key == null) {
        return -1;
      }
      if (key.equals(id)) {
        return positions[slot];
      }
    }
  }

  /**
   * Holds an id at a position unless it holds the id already.
   *
   * @param id the id; not null
   * @param position its position, 0 or more
   * @return the position it already had, or -1 if it was added
   */
  int putIfAbsent(Id id, int position) {
    int mask = keys.length - 1;
    int slot = slot(id);
    for (Id key = keys[slot]; key != null; slot = (slot + 1) & mask, key = keys[slot]) {
      if (key.equals(id)) {
        return positions[slot];
      }
    }
    keys[slot] = id;
    positions[slot] = position;
    if (++size * 2 > keys.length) {
      grow();
    }
    return -1;
  }

  private void grow() {
    Id[] oldKeys = keys;
    int[] oldPositions = positions;
    allocate(oldKeys.length * 2);
    int mask = keys.length - 1;
    for (int s = 0; s < oldKeys.length; s++) {
      if (oldKeys[s] != null) {
        int slot = slot(oldKeys[s]);
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[s];
        positions[slot] = oldPositions[s];
      }
    }
  }

  /**
   * How many ids it holds.
   *
   * @return the count
   */
  int size() {
    return size;
  }
}
