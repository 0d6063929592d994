package dev.mom.rules;

import dev.mom.internal.Numbers;
import dev.mom.internal.Suggestions;
import dev.mom.model.Id;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Compiles a {@link RuleSet} against the {@link SignalCatalogue} of the engine that uses it, once, into a
 * {@link CompiledRuleSet} that evaluates with array indices and returns a full trace.
 *
 * <p>Compilation checks the whole rule set before it fails, so that a consultant fixes a file in one pass.
 * It throws a {@link RuleSetException} listing every one of these problems, each with its location (see
 * {@link RuleProblem}):
 * <ul>
 *   <li><b>unknown signal</b>: a comparison names a signal the catalogue does not publish; when a
 *       published name is close (a different case, a short edit distance, or the name with its leading
 *       segments left out) the message asks "did you mean ...?";
 *   <li><b>duplicate rule id</b>: the message names the position of the first rule with that id;
 *   <li><b>empty {@code all} or {@code any}</b>: they would always ({@code all}) or never ({@code any})
 *       hold, which is never what a rule means;
 *   <li><b>contradictory {@code all}</b>: two comparisons on the same signal under one {@code all}
 *       (directly, or through nested {@code all}s) that no value satisfies together, such as
 *       {@code x >= 0.5} and {@code x < 0.3}; the first such pair of each signal is reported, at the
 *       outermost {@code all};
 *   <li><b>unreachable threshold</b>: a comparison that no value in the signal's published
 *       {@code [min, max]} satisfies, such as {@code gt max}, {@code lt min} or a {@code between} wholly
 *       outside the range;
 *   <li><b>{@code not} that can never hold</b>: its condition holds whenever its signals have values.
 * </ul>
 * These checks together find every rule that can never fire by the compiler's analysis (intervals per
 * signal, {@code not} of comparisons is not pushed inward), because a condition can never hold only
 * through one of them. The analysis counts {@code eq}'s tolerance ({@code x = 0.2} and {@code x > 0.2} can
 * hold together, at {@code 0.2 + 0.5e-9}) and relies on {@link SignalValues} accepting only values within
 * each signal's range.
 *
 * <p>Compilation also collects non-fatal {@linkplain CompiledRuleSet#warnings() warnings}, each with its
 * location: a comparison that holds on the signal's whole range (such as {@code gte min}; it only tests
 * that the signal has a value), and a rule whose condition holds whenever its signals have values (such a
 * rule fires on every complete input). Warnings are reported only when compilation succeeds.
 *
 * <p>Stateless and thread-safe.
 */
public final class RuleCompiler {

  /**
   * The most rules one rule set may hold: 10,000, far beyond any method's needs (the default playbook's
   * diagnosis has 35); a larger set is a problem at {@code /rules}.
   */
  public static final int MAX_RULES = 10_000;

  /**
   * The deepest nesting of {@code all}, {@code any} and {@code not} in one condition: 64 levels; a deeper
   * condition is a problem at the rule's {@code /when}, found without recursion so that a condition built
   * in Java of any depth cannot overflow the stack.
   */
  public static final int MAX_CONDITION_DEPTH = 64;

  private RuleCompiler() {}

  /**
   * Checks a rule set against a catalogue and compiles it.
   *
   * @param ruleSet the rules, in the order in which they are evaluated; not null
   * @param catalogue the signals of the engine that will evaluate the rules; not null
   * @param <E> the engine's effect type
   * @return the compiled rule set, with any warnings
   * @throws RuleSetException listing every problem found, in document order
   * @throws NullPointerException if an argument is null
   */
  public static <E> CompiledRuleSet<E> compile(RuleSet<E> ruleSet, SignalCatalogue catalogue) {
    Objects.requireNonNull(ruleSet, "ruleSet");
    Objects.requireNonNull(catalogue, "catalogue");
    List<RuleProblem> errors = new ArrayList<>();
    List<RuleProblem> warnings = new ArrayList<>();
    Map<Id, Integer> indexById = new HashMap<>();
    List<Rule<E>> rules = ruleSet.rules();
    if (rules.size() > MAX_RULES) {
      throw new RuleSetException(List.of(new RuleProblem("rules", "/rules", Optional.empty(),
          "a rule set holds at most " + MAX_RULES + " rules; this one has " + rules.size())));
    }
    for (int i = 0; i < rules.size(); i++) {
      Rule<E> rule = rules.get(i);
      Place place = new Place("rules[" + i + "] (" + rule.id() + ")", "/rules/" + i, rule.id());
      Integer first = indexById.putIfAbsent(rule.id(), i);
      if (first != null) {
        errors.add(place.child(".id", "/id").problem(
            "duplicate rule id '" + rule.id() + "', already used by rules[" + first + "]"));
      }
      int errorsBefore = errors.size();
      int warningsBefore = warnings.size();
      Place when = place.child(".when", "/when");
      if (depth(rule.when()) > MAX_CONDITION_DEPTH) {
        errors.add(when.problem("the condition nests all, any and not more than " + MAX_CONDITION_DEPTH
            + " levels deep"));
        continue;
      }
      boolean always = rule.when().accept(new Analyser(catalogue, when, false, errors, warnings));
      if (errors.size() == errorsBefore && always && !(rule.when() instanceof Compare)) {
        warnings.add(warningsBefore, when.problem("the condition holds whenever its signals have values, "
            + "so the rule fires on every input that has them"));
      }
    }
    if (!errors.isEmpty()) {
      throw new RuleSetException(errors);
    }
    CompiledCondition[] conditions = new CompiledCondition[rules.size()];
    for (int i = 0; i < rules.size(); i++) {
      conditions[i] = compileCondition(rules.get(i).when(), catalogue);
    }
    return new CompiledRuleSet<>(ruleSet, catalogue, conditions, List.copyOf(warnings), Map.copyOf(indexById));
  }

  /**
   * The nesting of all, any and not above the deepest comparison (0 for a comparison), without recursion;
   * counting stops just past {@link #MAX_CONDITION_DEPTH}.
   */
  static int depth(Condition condition) {
    int deepest = 0;
    java.util.ArrayDeque<Condition> nodes = new java.util.ArrayDeque<>();
    java.util.ArrayDeque<Integer> depths = new java.util.ArrayDeque<>();
    nodes.push(condition);
    depths.push(0);
    while (!nodes.isEmpty()) {
      Condition node = nodes.pop();
      int depth = depths.pop();
      deepest = Math.max(deepest, depth);
      if (deepest > MAX_CONDITION_DEPTH) {
        return deepest;
      }
      List<Condition> children = node instanceof Condition.All ? ((Condition.All) node).conditions()
          : node instanceof Condition.Any ? ((Condition.Any) node).conditions()
          : node instanceof Condition.Not ? List.of(((Condition.Not) node).condition()) : List.of();
      for (Condition child : children) {
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
    return deepest;
  }

  /**
   * Compiles one condition without checking it (for tests of evaluation on arbitrary conditions).
   *
   * @throws IllegalArgumentException if a signal is not in the catalogue
   */
  static CompiledCondition compileCondition(Condition condition, SignalCatalogue catalogue) {
    return condition.accept(new Resolver(catalogue, "when"));
  }

  /**
   * The catalogue's name closest to an unknown one, if one is close: the same name in another case; else
   * the nearest by edit distance (optimal string alignment: a swap of neighbours counts as one edit) if at most {@code min(3, max(1, length / 4))} edits away,
   * the earliest in the catalogue on a tie; else a name that ends with {@code "." + name}.
   */
  static Optional<String> suggest(String name, SignalCatalogue catalogue) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String suffixMatch = null;
    for (Signal signal : catalogue.signals()) {
      String candidate = signal.name();
      if (candidate.equalsIgnoreCase(name)) {
        return Optional.of(candidate);
      }
      int distance = Suggestions.distance(name, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
      if (suffixMatch == null && candidate.endsWith("." + name)) {
        suffixMatch = candidate;
      }
    }
    int allowed = Math.min(3, Math.max(1, name.length() / 4));
    if (best != null && bestDistance <= allowed) {
      return Optional.of(best);
    }
    return Optional.ofNullable(suffixMatch);
  }

  /** A place in the rule set: the location text, the JSON pointer and the rule's id. */
  private static final class Place {
    final String location;
    final String pointer;
    final Id ruleId;

    Place(String location, String pointer, Id ruleId) {
      this.location = location;
      this.pointer = pointer;
      this.ruleId = ruleId;
    }

    Place child(String locationSuffix, String pointerSuffix) {
      return new Place(location + locationSuffix, pointer + pointerSuffix, ruleId);
    }

    Place element(String list, int index) {
      return child("." + list + "[" + index + "]", "/" + list + "/" + index);
    }

    RuleProblem problem(String message) {
      return new RuleProblem(location, pointer, Optional.of(ruleId), message);
    }
  }

  /**
   * Checks one node and everything under it, adding problems in document order, and tells whether the
   * node holds whenever its signals have values (as far as intervals per signal can tell). A node with a
   * reported error counts as not always holding, so that one mistake is reported once, not again by every
   * node above it.
   */
  private static final class Analyser implements ConditionVisitor<Boolean> {
    private final SignalCatalogue catalogue;
    private final Place place;
    /** Whether the parent node is an {@code all}, whose contradiction check covers this one. */
    private final boolean underAll;
    private final List<RuleProblem> errors;
    private final List<RuleProblem> warnings;

    Analyser(SignalCatalogue catalogue, Place place, boolean underAll, List<RuleProblem> errors,
        List<RuleProblem> warnings) {
      this.catalogue = catalogue;
      this.place = place;
      this.underAll = underAll;
      this.errors = errors;
      this.warnings = warnings;
    }

    private boolean child(Condition condition, Place childPlace, boolean parentIsAll) {
      return condition.accept(new Analyser(catalogue, childPlace, parentIsAll, errors, warnings));
    }

    @Override
    public Boolean visitAll(Condition.All all) {
      if (all.conditions().isEmpty()) {
        errors.add(place.problem("empty 'all': it would always hold; give it at least one condition"));
        return false;
      }
      if (!underAll) {
        checkContradictions(all);
      }
      boolean always = true;
      for (int i = 0; i < all.conditions().size(); i++) {
        always &= child(all.conditions().get(i), place.element("all", i), true);
      }
      return always;
    }

    @Override
    public Boolean visitAny(Condition.Any any) {
      if (any.conditions().isEmpty()) {
        errors.add(place.problem("empty 'any': it would never hold; give it at least one condition"));
        return false;
      }
      boolean always = false;
      for (int i = 0; i < any.conditions().size(); i++) {
        always |= child(any.conditions().get(i), place.element("any", i), false);
      }
      return always;
    }

    @Override
    public Boolean visitNot(Condition.Not not) {
      int errorsBefore = errors.size();
      if (child(not.condition(), place.child(".not", "/not"), false)) {
        errors.add(errorsBefore, place.problem("'not' can never hold: the condition inside it holds whenever "
            + "its signals have values"));
      }
      // not(c) holds whenever c fails; the compiler only knows c never holds when c has an error
      return false;
    }

    @Override
    public Boolean visitCompare(Compare compare) {
      Optional<Signal> signal = catalogue.signal(compare.signal());
      if (signal.isEmpty()) {
        Optional<String> suggestion = suggest(compare.signal(), catalogue);
        errors.add(place.problem("unknown signal '" + compare.signal() + "'"
            + (suggestion.isPresent() ? "; did you mean '" + suggestion.get() + "'?"
                : ": the engine publishes no signal of that name")));
        return false;
      }
      Interval range = Interval.range(signal.get());
      Interval holds = Interval.where(compare);
      String rangeText = "[" + Numbers.format(signal.get().min()) + ", " + Numbers.format(signal.get().max()) + "]";
      if (!holds.meets(range)) {
        errors.add(place.problem(compare + " can never hold: the signal's range is " + rangeText));
        return false;
      }
      if (holds.contains(range)) {
        warnings.add(place.problem(compare + " holds on the signal's whole range " + rangeText
            + ", so it only tests that the signal has a value"));
        return true;
      }
      return false;
    }

    /**
     * Reports, for each signal, the first pair of comparisons under this {@code all} (and the {@code all}s
     * nested in it) that cannot hold together. In one dimension, comparisons that pairwise overlap have a
     * value in common, so checking pairs is enough.
     *
     */
    private void checkContradictions(Condition.All all) {
      Map<String, List<Located>> bySignal = new LinkedHashMap<>();
      collect(all, "", bySignal);
      for (List<Located> compares : bySignal.values()) {
        search:
        for (int j = 1; j < compares.size(); j++) {
          for (int i = 0; i < j; i++) {
            Located a = compares.get(i);
            Located b = compares.get(j);
            if (!a.holds.meets(b.holds)) {
              errors.add(place.problem("contradictory 'all': " + a.compare + " (" + a.path + ") and " + b.compare
                  + " (" + b.path + ") cannot both hold"));
              break search;
            }
          }
        }
      }
    }

    private void collect(Condition.All all, String prefix, Map<String, List<Located>> bySignal) {
      for (int i = 0; i < all.conditions().size(); i++) {
        Condition condition = all.conditions().get(i);
        String path = prefix + "all[" + i + "]";
        if (condition instanceof Compare) {
          Compare compare = (Compare) condition;
          if (catalogue.indexOf(compare.signal()).isPresent()) {
            bySignal.computeIfAbsent(compare.signal(), k -> new ArrayList<>())
                .add(new Located(compare, path, Interval.where(compare)));
          }
        } else if (condition instanceof Condition.All) {
          collect((Condition.All) condition, path + ".", bySignal);
        }
      }
    }
  }

  /** A comparison with its path relative to the {@code all} being checked. */
  private static final class Located {
    final Compare compare;
    final String path;
    final Interval holds;

    Located(Compare compare, String path, Interval holds) {
      this.compare = compare;
      this.path = path;
      this.holds = holds;
    }
  }

  /** Resolves every signal name to its index, building the evaluable tree. */
  private static final class Resolver implements ConditionVisitor<CompiledCondition> {
    private final SignalCatalogue catalogue;
    private final String path;

    Resolver(SignalCatalogue catalogue, String path) {
      this.catalogue = catalogue;
      this.path = path;
    }

    private CompiledCondition[] children(List<Condition> conditions, String list) {
      CompiledCondition[] children = new CompiledCondition[conditions.size()];
      for (int i = 0; i < children.length; i++) {
        children[i] = conditions.get(i).accept(new Resolver(catalogue, path + "." + list + "[" + i + "]"));
      }
      return children;
    }

    @Override
    public CompiledCondition visitAll(Condition.All all) {
      return new CompiledCondition.JunctionNode(all, path, true, children(all.conditions(), "all"));
    }

    @Override
    public CompiledCondition visitAny(Condition.Any any) {
      return new CompiledCondition.JunctionNode(any, path, false, children(any.conditions(), "any"));
    }

    @Override
    public CompiledCondition visitNot(Condition.Not not) {
      return new CompiledCondition.NotNode(not, path, not.condition().accept(new Resolver(catalogue, path + ".not")));
    }

    @Override
    public CompiledCondition visitCompare(Compare compare) {
      OptionalInt index = catalogue.indexOf(compare.signal());
      if (index.isEmpty()) {
        throw new IllegalArgumentException("unknown signal '" + compare.signal() + "'");
      }
      return new CompiledCondition.CompareNode(compare, path, index.getAsInt());
    }
  }
}
