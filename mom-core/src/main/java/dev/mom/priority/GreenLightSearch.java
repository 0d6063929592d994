package dev.mom.priority;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The exact selection behind the green-light proposal: among the candidates, the set with the greatest total
 * value whose total effort is within the capacity (within a relative 1e-9), in which every selected concept's
 * blockers are selected too, and which covers every must-cover area. Depth-first branch and bound over the
 * candidates by value per effort, bounded by the fractional (linear) relaxation. Ties in value go to the
 * smaller effort, then to the set whose ids come first. Candidates are indexed in id order.
 */
final class GreenLightSearch {

  private final double[] value;
  private final double[] effort;
  private final int[][] needs;
  private final long[] covers;
  private final long required;
  private final double capacity;
  private final double limit;
  private final int[] order;
  private final boolean[] in;
  private final boolean[] out;
  private boolean[] best;
  private double bestValue = Double.NEGATIVE_INFINITY;
  private double bestEffort;

  /**
   * @param value each candidate's value, 0 or more
   * @param effort each candidate's effort, more than 0
   * @param needs each candidate's blockers among the candidates, transitively (without itself)
   * @param covers each candidate's must-cover areas as bits
   * @param required the must-cover areas not already covered, as bits
   * @param capacity the capacity
   */
  GreenLightSearch(double[] value, double[] effort, int[][] needs, long[] covers, long required, double capacity) {
    this.value = value;
    this.effort = effort;
    this.needs = needs;
    this.covers = covers;
    this.required = required;
    this.capacity = capacity;
    this.limit = capacity + 1e-9 * Math.max(1, capacity);
    int n = value.length;
    Integer[] sorted = new Integer[n];
    for (int i = 0; i < n; i++) {
      sorted[i] = i;
    }
    Arrays.sort(sorted, (x, y) -> {
      int c = Double.compare(value[y] / effort[y], value[x] / effort[x]);
      if (c == 0) {
        c = Double.compare(value[y], value[x]);
      }
      return c != 0 ? c : Integer.compare(x, y);
    });
    this.order = Arrays.stream(sorted).mapToInt(Integer::intValue).toArray();
    this.in = new boolean[n];
    this.out = new boolean[n];
  }

  /** The best selection's indices in ascending order, or null if no selection meets the constraints. */
  int[] solve() {
    search(0, 0, 0, 0);
    if (best == null) {
      return null;
    }
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < best.length; i++) {
      if (best[i]) {
        chosen.add(i);
      }
    }
    return chosen.stream().mapToInt(Integer::intValue).toArray();
  }

  private void search(int position, double currentValue, double currentEffort, long covered) {
    if (position == order.length) {
      if ((covered & required) == required) {
        offer();
      }
      return;
    }
    int item = order[position];
    if (in[item] || out[item]) {
      search(position + 1, currentValue, currentEffort, covered);
      return;
    }
    if (best != null && bound(position, currentValue, capacity - currentEffort) < bestValue * (1 - 1e-12) - 1e-12) {
      return;
    }
    List<Integer> added = new ArrayList<>();
    added.add(item);
    boolean possible = true;
    for (int blocker : needs[item]) {
      if (out[blocker]) {
        possible = false;
      } else if (!in[blocker]) {
        added.add(blocker);
      }
    }
    if (possible) {
      double addedValue = 0;
      double addedEffort = 0;
      long addedCover = 0;
      for (int a : added) {
        addedValue += value[a];
        addedEffort += effort[a];
        addedCover |= covers[a];
      }
      if (currentEffort + addedEffort <= limit) {
        for (int a : added) {
          in[a] = true;
        }
        search(position + 1, currentValue + addedValue, currentEffort + addedEffort, covered | addedCover);
        for (int a : added) {
          in[a] = false;
        }
      }
    }
    out[item] = true;
    search(position + 1, currentValue, currentEffort, covered);
    out[item] = false;
  }

  /** The fractional-knapsack bound over the undecided candidates from a position on. */
  private double bound(int position, double currentValue, double room) {
    double bound = currentValue;
    for (int p = position; p < order.length && room > 0; p++) {
      int item = order[p];
      if (in[item] || out[item]) {
        continue;
      }
      if (effort[item] <= room) {
        bound += value[item];
        room -= effort[item];
      } else {
        bound += value[item] * room / effort[item];
        room = 0;
      }
    }
    return bound;
  }

  private void offer() {
    double total = 0;
    double spent = 0;
    for (int i = 0; i < in.length; i++) {
      if (in[i]) {
        total += value[i];
        spent += effort[i];
      }
    }
    boolean better;
    if (best == null || total > bestValue) {
      better = true;
    } else if (total < bestValue) {
      better = false;
    } else if (spent != bestEffort) {
      better = spent < bestEffort;
    } else {
      better = false;
      for (int i = 0; i < in.length; i++) {
        if (in[i] != best[i]) {
          better = in[i];
          break;
        }
      }
    }
    if (better) {
      best = in.clone();
      bestValue = total;
      bestEffort = spent;
    }
  }
}
