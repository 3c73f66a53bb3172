package nl.opmaat.core.document;

import java.util.List;

/** Inline content made from plain strings, for generated paragraphs and table cells. */
final class Cells {

    private Cells() {
    }

    static List<Inline> text(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(new Inline.Text(text));
    }

    static List<Inline> strong(String text) {
        return List.of(new Inline.Strong(text(text)));
    }
}
