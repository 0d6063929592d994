/**
 * The rule language in which every engine's knowledge is written as data a consultant can edit.
 *
 * <p>A {@link dev.mom.rules.Rule} says <em>when</em> (a {@link dev.mom.rules.Condition} tree over named
 * {@link dev.mom.rules.Signal signals}) and <em>what follows</em> (an effect whose type the engine using
 * the rule defines). A {@link dev.mom.rules.RuleSet} is compiled once against the engine's
 * {@link dev.mom.rules.SignalCatalogue}; compilation reports every problem at once, each with its
 * location, and the compiled form evaluates with array indices and returns a full trace.
 *
 * <pre>{@code
 * CompiledRuleSet<Points> compiled = RuleCompiler.compile(ruleSet, catalogue); // throws RuleSetException
 * SignalValues values = SignalValues.builder(catalogue).value("decisions.decidedBy.sales", 0.25).build();
 * Evaluation<Points> evaluation = compiled.evaluate(values);
 * evaluation.effects();    // effects of the rules that fired, in declared order
 * evaluation.describe();   // every rule, and for every comparison the observed value and outcome
 * }</pre>
 *
 * <p>Semantics in brief (details on {@link dev.mom.rules.CompiledRuleSet}): conditions take one of three
 * {@link dev.mom.rules.Truth truth values}; a comparison on a signal without a value is {@code UNKNOWN};
 * {@code all}, {@code any} and {@code not} follow Kleene's logic ({@code all([])} would be {@code TRUE},
 * {@code any([])} {@code FALSE}, but the compiler rejects both); a rule fires only on {@code TRUE}; a value
 * equal to a threshold satisfies {@code gte}, {@code lte} and {@code between}'s ends; rules are evaluated
 * and reported in declared order, which is the tie-break engines rely on.
 *
 * <p>Conditions are a small tree, never expression strings: nothing in a rule can run code, load classes
 * or look up names by reflection.
 *
 * <p>Every type here is immutable and safe to share between threads; no method accepts or returns null.
 */
@MomStyle
@NullMarked
package dev.mom.rules;

import dev.mom.model.MomStyle;
import org.jspecify.annotations.NullMarked;
