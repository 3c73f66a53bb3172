package nl.opmaat.api.model;

import java.util.List;

/**
 * A chapter file in Markdown.
 *
 * @param file     path relative to the plan directory
 * @param markdown the source text as read (UTF-8)
 * @param sections every heading of the file in document order; the first is normally the chapter title
 */
public record Chapter(String file, String markdown, List<Section> sections) {
    public Chapter {
        sections = List.copyOf(sections);
    }

    /** The chapter title: the text of its first heading, or the file name when it has none. */
    public String title() {
        return sections.isEmpty() ? file : sections.get(0).title();
    }
}
