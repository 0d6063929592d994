package dev.mom.internal;

import dev.mom.model.Id;
import dev.mom.model.Strategy;
import dev.mom.priority.BoardDecision;
import dev.mom.priority.Concept;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The invariants a transformation's concepts and board decisions must keep, as violations that each start
 * with their attribute path: unique concept ids, dependencies on known concepts without cycles, alignment to
 * the strategy's objectives, board decisions on known concepts, at most one each. Not part of the API.
 */
public final class PortfolioChecks {

  private PortfolioChecks() {}

  /**
   * Every violation.
   *
   * @param concepts the concepts, in document order
   * @param decisions the board decisions, in document order
   * @param strategy the strategy, if any
   * @return the violations, each starting with its path, e.g. {@code concepts[2].dependsOn[0] 'x' is not a concept}
   */
  public static List<String> violations(List<Concept> concepts, List<BoardDecision> decisions,
      Optional<Strategy> strategy) {
    Checks.unique(concepts, Concept::id, "concepts", "id");
    List<String> problems = new ArrayList<>();
    Map<Id, Integer> index = new HashMap<>();
    for (int c = 0; c < concepts.size(); c++) {
      index.put(concepts.get(c).id(), c);
    }
    for (int c = 0; c < concepts.size(); c++) {
      Concept concept = concepts.get(c);
      for (int d = 0; d < concept.dependsOn().size(); d++) {
        Id dependency = concept.dependsOn().get(d);
        if (!index.containsKey(dependency)) {
          problems.add("concepts[" + c + "].dependsOn[" + d + "] '" + dependency + "' is not a concept"
              + Suggestions.closest(dependency.value(), index.keySet().stream().map(Id::value).sorted().toList())
                  .map(s -> " (did you mean '" + s + "'?)").orElse(""));
        }
      }
      for (Id objective : new TreeSet<>(concept.alignment().keySet())) {
        if (strategy.isEmpty()) {
          problems.add("concepts[" + c + "].alignment names objective '" + objective
              + "', but the transformation has no strategy");
        } else if (strategy.get().objective(objective).isEmpty()) {
          List<String> known = strategy.get().objectives().stream().map(o -> o.id().value()).toList();
          problems.add("concepts[" + c + "].alignment names objective '" + objective + "', which is not one of the "
              + "strategy's objectives" + Suggestions.closest(objective.value(), known)
                  .map(s -> " (did you mean '" + s + "'?)").orElse(" " + known));
        }
      }
    }
    cycles(concepts, index, problems);
    Map<Id, Integer> decided = new HashMap<>();
    for (int d = 0; d < decisions.size(); d++) {
      Id concept = decisions.get(d).concept();
      if (!index.containsKey(concept)) {
        problems.add("boardDecisions[" + d + "].concept '" + concept + "' is not a concept");
      }
      Integer earlier = decided.putIfAbsent(concept, d);
      if (earlier != null) {
        problems.add("boardDecisions[" + d + "].concept '" + concept + "' is already decided by boardDecisions["
            + earlier + "]");
      }
    }
    return problems;
  }

  /** The most concepts a cycle's message names before it abbreviates the middle. */
  private static final int CYCLE_NAMES_SHOWN = 12;

  /**
   * Depth-first search in document order; each back edge is one cycle, reported with its path. Iterative,
   * so that a chain of any length (a million concepts, each depending on the next) cannot overflow the stack.
   */
  private static void cycles(List<Concept> concepts, Map<Id, Integer> index, List<String> problems) {
    int n = concepts.size();
    int[] state = new int[n]; // 0 unvisited, 1 on the path, 2 done
    int[] positionOnPath = new int[n];
    int[] path = new int[n];
    int[] nextDependency = new int[n];
    for (int root = 0; root < n; root++) {
      if (state[root] != 0) {
        continue;
      }
      int depth = 0;
      path[depth++] = root;
      state[root] = 1;
      positionOnPath[root] = 0;
      nextDependency[root] = 0;
      while (depth > 0) {
        int c = path[depth - 1];
        List<Id> dependsOn = concepts.get(c).dependsOn();
        if (nextDependency[c] == dependsOn.size()) {
          state[c] = 2;
          depth--;
          continue;
        }
        int d = nextDependency[c]++;
        Integer next = index.get(dependsOn.get(d));
        if (next == null || next == c) {
          continue; // unknown, or the concept itself: reported elsewhere
        }
        if (state[next] == 1) {
          problems.add("concepts[" + c + "].dependsOn[" + d + "] '" + dependsOn.get(d)
              + "' closes a dependency cycle: " + describeCycle(concepts, path, positionOnPath[next], depth));
        } else if (state[next] == 0) {
          state[next] = 1;
          positionOnPath[next] = depth;
          nextDependency[next] = 0;
          path[depth++] = next;
        }
      }
    }
  }

  /** "a → b → c → a" for the path from {@code from} to its end, the middle left out of a long cycle. */
  private static String describeCycle(List<Concept> concepts, int[] path, int from, int to) {
    int length = to - from;
    StringBuilder cycle = new StringBuilder();
    for (int p = from; p < to; p++) {
      if (length > CYCLE_NAMES_SHOWN && p == from + CYCLE_NAMES_SHOWN / 2) {
        int skipped = length - CYCLE_NAMES_SHOWN;
        cycle.append("… (").append(skipped).append(" more) → ");
        p += skipped - 1;
        continue;
      }
      cycle.append(concepts.get(path[p]).id()).append(" → ");
    }
    return cycle.append(concepts.get(path[from]).id()).toString();
  }
}
