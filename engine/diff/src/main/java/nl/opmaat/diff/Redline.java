package nl.opmaat.diff;

import nl.opmaat.core.document.Document;

/**
 * The redline of two versions: one document for every writer; {@code identical} when neither the facts, the findings
 * nor the text differ (then there is nothing to show).
 */
public record Redline(Document document, boolean identical) {
}
