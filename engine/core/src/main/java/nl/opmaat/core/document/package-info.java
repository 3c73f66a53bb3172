/**
 * The document tree: one small, format-neutral model of a rendered document (the plan, the B1 summary) that the HTML/PDF
 * and DOCX writers both walk. Built once from the {@link nl.opmaat.api.model.Plan} and its chapters; immutable.
 * A walk over every kind of node implements {@link nl.opmaat.core.document.Block.Visitor} or
 * {@link nl.opmaat.core.document.Inline.Visitor}, so a new kind fails to compile where it is not yet handled.
 */
package nl.opmaat.core.document;
