package nl.opmaat.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.opmaat.api.SourcePosition;
import nl.opmaat.api.model.Bijlage;
import nl.opmaat.api.model.Chapter;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.model.Section;
import nl.opmaat.api.theme.DocumentTerm;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.core.document.Block;
import nl.opmaat.core.document.Document;
import nl.opmaat.core.document.Inlines;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanReader;
import nl.opmaat.core.load.Slugs;

/**
 * Where a finding belongs in the rendered plan: the anchor of the heading whose section holds the finding's line.
 *
 * <p>Chapters and Markdown annexes: the plan's {@link Section}s know each heading's line, the document tree knows each
 * heading's anchor; both list the headings in reading order (chapters, then annexes; generated headings such as the
 * budget only come in between), so they are paired by walking both lists and matching titles by slug. An annex's own
 * first title is replaced in the document by the title {@code plan.yaml} gives it, and is paired with that heading.
 *
 * <p>{@code plan.yaml}: a finding at a key that is, or sits beside, a {@code paragraaf:} reference belongs to the
 * section that reference names; at a chapter or annex entry to that chapter or annex. Anything else (the SWV's name,
 * the period) has no heading of its own and is shown with the plan as a whole; the procedure's dates and the budget
 * belong to the chapters generated from them.
 */
final class FindingPlaces {

    private record Place(int line, String anchor) {
    }

    private final Map<String, List<Place>> headingsByFile = new HashMap<>();
    private final Map<String, Map<String, String>> anchorsBySlug = new HashMap<>();
    private final LoadedPlan loaded;
    /** Generated chapters by the top-level {@code plan.yaml} key whose facts they show. */
    private final Map<String, String> generated = new HashMap<>();

    FindingPlaces(LoadedPlan loaded, Document document, Theme theme) {
        this.loaded = loaded;
        List<Block.Heading> headings = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof Block.Heading heading) {
                headings.add(heading);
            }
        }
        Plan plan = loaded.plan();
        int cursor = 0;
        for (Chapter chapter : plan.chapters()) {
            cursor = pair(chapter, chapter.sections(), headings, cursor);
        }
        for (Bijlage bijlage : plan.bijlagen()) {
            Optional<Chapter> annex = plan.annexChapters().stream().filter(c -> c.file().equals(bijlage.bestand())).findFirst();
            if (annex.isEmpty()) {
                continue;
            }
            int title = find(headings, cursor, Slugs.of(bijlage.titel()), true);
            if (title < 0) {
                continue;
            }
            List<Section> sections = annex.get().sections();
            String titleAnchor = headings.get(title).id();
            add(annex.get().file(), 1, Slugs.of(bijlage.titel()), titleAnchor);
            // The annex file's own level-1 title, when it opens the file, stands for the plan.yaml title.
            if (!sections.isEmpty() && sections.get(0).level() == 1) {
                add(annex.get().file(), sections.get(0).position().line(), sections.get(0).anchor(), titleAnchor);
                sections = sections.subList(1, sections.size());
            }
            cursor = pair(annex.get(), sections, headings, title + 1);
        }
        headingsByFile.values().forEach(list -> list.sort(Comparator.comparingInt(Place::line)));
        generatedChapter(headings, cursor, "/vaststelling", theme.term(DocumentTerm.TOTSTANDKOMING));
        generatedChapter(headings, 0, "/financien", theme.term(DocumentTerm.BEGROTING));
    }

    private void generatedChapter(List<Block.Heading> headings, int from, String key, String title) {
        int index = find(headings, from, Slugs.of(title), false);
        if (index >= 0) {
            generated.put(key, headings.get(index).id());
        }
    }

    /** The anchor for a finding at {@code position}; empty when it belongs to the plan as a whole. */
    Optional<String> anchorOf(SourcePosition position) {
        if (position.file().equals(PlanReader.PLAN_FILE) && position.line() > 0) {
            return ofPlanYaml(position.line());
        }
        return sectionAt(position.file(), position.line());
    }

    private int pair(Chapter chapter, List<Section> sections, List<Block.Heading> headings, int cursor) {
        for (Section section : sections) {
            int index = find(headings, cursor, section.anchor(), false);
            if (index >= 0) {
                add(chapter.file(), section.position().line(), section.anchor(), headings.get(index).id());
                cursor = index + 1;
            }
        }
        return cursor;
    }

    private static int find(List<Block.Heading> headings, int from, String slug, boolean appendix) {
        for (int i = from; i < headings.size(); i++) {
            Block.Heading heading = headings.get(i);
            if ((!appendix || heading.numbering() == Block.Numbering.APPENDIX)
                    && Slugs.of(Inlines.plainText(heading.text())).equals(slug)) {
                return i;
            }
        }
        return -1;
    }

    private void add(String file, int line, String slug, String anchor) {
        headingsByFile.computeIfAbsent(file, f -> new ArrayList<>()).add(new Place(line, anchor));
        anchorsBySlug.computeIfAbsent(file, f -> new HashMap<>()).putIfAbsent(slug, anchor);
    }

    /** The heading above {@code line} in {@code file} (its first heading for line 0 or a line above every heading). */
    private Optional<String> sectionAt(String file, int line) {
        List<Place> places = headingsByFile.get(file);
        if (places == null || places.isEmpty()) {
            return Optional.empty();
        }
        String anchor = places.get(0).anchor();
        for (Place place : places) {
            if (place.line() > line) {
                break;
            }
            anchor = place.anchor();
        }
        return Optional.of(anchor);
    }

    private Optional<String> ofPlanYaml(int line) {
        List<String> pointers = new ArrayList<>();
        loaded.yaml().keyPositions().forEach((pointer, at) -> {
            if (at.line() == line) {
                pointers.add(pointer);
            }
        });
        loaded.yaml().valuePositions().forEach((pointer, at) -> {
            if (at.line() == line && !pointers.contains(pointer)) {
                pointers.add(pointer);
            }
        });
        // The deepest pointer is the most specific value on that line.
        pointers.sort(Comparator.comparingInt(String::length).reversed());
        for (String pointer : pointers) {
            for (String p = pointer; !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
                Optional<String> anchor = referenced(p);
                if (anchor.isPresent()) {
                    return anchor;
                }
            }
        }
        // Facts without a section of their own: the generated chapter that shows them (the procedure, the budget).
        for (String pointer : pointers) {
            for (Map.Entry<String, String> chapter : generated.entrySet()) {
                if (pointer.equals(chapter.getKey()) || pointer.startsWith(chapter.getKey() + "/")) {
                    return Optional.of(chapter.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** The section a {@code plan.yaml} node names: itself a reference, a chapter or annex entry, or beside a paragraaf. */
    private Optional<String> referenced(String pointer) {
        JsonNode node = loaded.yaml().root().at(pointer);
        if (pointer.matches("/hoofdstukken/\\d+") && node.isTextual()) {
            return sectionAt(node.asText(), 0);
        }
        if (pointer.matches("/bijlagen/\\d+") && node.path("bestand").isTextual()) {
            return sectionAt(node.path("bestand").asText(), 0);
        }
        if (pointer.endsWith("/paragraaf") || pointer.matches(".*/paragraaf/\\d+")) {
            return reference(node);
        }
        return node.isObject() ? reference(node.path("paragraaf")) : Optional.empty();
    }

    private Optional<String> reference(JsonNode node) {
        JsonNode first = node.isArray() && !node.isEmpty() ? node.get(0) : node;
        if (!first.isTextual()) {
            return Optional.empty();
        }
        String value = first.asText();
        int hash = value.indexOf('#');
        String file = hash < 0 ? value : value.substring(0, hash);
        if (hash < 0) {
            return sectionAt(file, 0);
        }
        String anchor = anchorsBySlug.getOrDefault(file, Map.of()).get(value.substring(hash + 1));
        return anchor != null ? Optional.of(anchor) : sectionAt(file, 0);
    }
}
