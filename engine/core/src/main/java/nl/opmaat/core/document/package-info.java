/**
 * The document tree: one small, format-neutral model of a rendered document (the plan, the B1 summary) that the HTML/PDF
 * and DOCX writers both walk. Built once from the {@link nl.opmaat.api.model.Plan} and its chapters; immutable.
 */
package nl.opmaat.core.document;
