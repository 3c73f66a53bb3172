package nl.opmaat.core.rules;

import java.util.List;
import java.util.Optional;
import nl.opmaat.api.model.Section;
import nl.opmaat.api.model.SectionRef;
import nl.opmaat.api.rule.RuleContext;

/**
 * The shared check behind every "the plan describes X" rule: the requirement is there, each reference resolves, and
 * at least one referenced section holds real content. Reports under the rule's own {@code missing} key when absent.
 */
public final class Presence {

    private Presence() {
    }

    /**
     * @param pointer    JSON pointer of the requirement in plan.yaml ({@code /basisondersteuning})
     * @param present    whether the key is there at all
     * @param references its {@code paragraaf} references
     * @return true when the requirement is described with real content
     */
    public static boolean check(RuleContext context, String pointer, boolean present, List<SectionRef> references) {
        if (!present) {
            context.report(context.positionOf(pointer), "missing");
            return false;
        }
        if (references.isEmpty()) {
            context.report(context.positionOf(pointer), "paragraaf.missing", readable(pointer));
            return false;
        }
        boolean real = false;
        String firstReason = null;
        Section firstThin = null;
        for (SectionRef reference : references) {
            Optional<Section> section = context.resolve(reference);
            if (section.isEmpty()) {
                context.report(context.positionOf(reference.pointer()), "paragraaf.unresolved", readable(pointer), reference);
                continue;
            }
            Optional<String> reason = context.emptinessReason(section.get());
            if (reason.isEmpty()) {
                real = true;
            } else if (firstThin == null) {
                firstThin = section.get();
                firstReason = reason.get();
            }
        }
        if (!real && firstThin != null) {
            context.report(firstThin.position(), "paragraaf.thin", readable(pointer), firstThin.title(), firstReason);
        }
        return real;
    }

    /** {@code /tlv/paragraaf} → {@code tlv.paragraaf}. */
    static String readable(String pointer) {
        return pointer.replaceFirst("^/", "").replace('/', '.');
    }
}
