/**
 * Readable reports over MOM cases, for analysts: plain text for a terminal, Markdown for documents.
 */
@NullMarked
package dev.mom.examples.report;

import org.jspecify.annotations.NullMarked;
