package nl.opmaat.core.summary;

import nl.opmaat.core.document.Document;
import nl.opmaat.core.readability.TextSource;

/**
 * The summary of a plan for parents: the document tree the writers render, and the same text as the readability
 * checker reads it, with each sentence traced back to the {@code plan.yaml} fact or the {@code ouders/*.md} line it came
 * from.
 */
public record ParentSummary(Document document, TextSource text) {
}
