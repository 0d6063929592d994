/**
 * The shared vocabulary every MOM engine speaks: {@link dev.mom.model.Id identifiers}, the
 * {@link dev.mom.model.Organisation organisation} and its {@link dev.mom.model.Function functions}
 * (departments), the Theory-of-Change {@link dev.mom.model.ChangeLevel levels}, the
 * {@link dev.mom.model.FocusArea focus areas} of the current-situation mapping, the
 * {@link dev.mom.model.EvidenceSource evidence sources}, {@link dev.mom.model.Scale scales},
 * {@link dev.mom.model.Period periods}, and the {@link dev.mom.model.Transformation} aggregate that
 * carries one client's whole case.
 *
 * <p>Every type here is immutable and safe to share between threads. No method accepts or returns
 * {@code null}; absent values are {@link java.util.Optional}s and collections are never null.
 */
@MomStyle
@NullMarked
package dev.mom.model;

import org.jspecify.annotations.NullMarked;
