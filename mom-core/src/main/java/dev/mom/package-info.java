/**
 * The one entry point: {@link dev.mom.Mom} runs every engine a playbook defines over a transformation that
 * has input for it, and returns one {@link dev.mom.TransformationReport} with each engine's result and an
 * {@link dev.mom.ExecutiveSummary}.
 *
 * <p>Every type here is immutable and safe to share between threads; no method accepts or returns null.
 */
@MomStyle
@NullMarked
package dev.mom;

import dev.mom.model.MomStyle;
import org.jspecify.annotations.NullMarked;
