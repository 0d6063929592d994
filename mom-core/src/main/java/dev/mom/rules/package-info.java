/**
 * The rule language in which every engine's knowledge is written as data a consultant can edit.
 *
 * <p>A {@link dev.mom.rules.Rule} says <em>when</em> (a {@link dev.mom.rules.Condition} tree over named
 * {@link dev.mom.rules.Signal signals}) and <em>what follows</em> (an effect whose type the engine using
 * the rule defines). A {@link dev.mom.rules.RuleSet} is compiled once against the engine's
 * {@link dev.mom.rules.SignalCatalogue}; compilation reports every problem at once, each with its
 * location, and the compiled form evaluates with array indices and returns a full trace.
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
