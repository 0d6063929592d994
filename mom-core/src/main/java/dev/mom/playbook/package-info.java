/**
 * Playbooks: everything a MOM engine knows that a consultant may adapt, as data. A
 * {@link dev.mom.playbook.Playbook} holds the methodology of one practice — its focus areas and
 * Theory-of-Change levels, and (as the engines land) their rule sets, models, bands and thresholds;
 * {@link dev.mom.playbook.Playbooks#mom()} is the default taken from the MOM source texts.
 *
 * <p>Every type here is immutable and safe to share between threads; no method accepts or returns null.
 */
@MomStyle
@NullMarked
package dev.mom.playbook;

import dev.mom.model.MomStyle;
import org.jspecify.annotations.NullMarked;
