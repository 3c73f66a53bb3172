package nl.opmaat.core.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.opmaat.api.Sector;
import nl.opmaat.api.SourcePosition;
import nl.opmaat.api.model.Bestuur;
import nl.opmaat.api.model.Bezwaar;
import nl.opmaat.api.model.Contact;
import nl.opmaat.api.model.Geschillen;
import nl.opmaat.api.model.Ouders;
import nl.opmaat.api.model.Periode;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.model.Swv;
import nl.opmaat.api.model.Tlv;
import nl.opmaat.api.model.Topic;
import nl.opmaat.api.text.DutchFormat;
import nl.opmaat.api.theme.GlossaryTerm;
import nl.opmaat.api.theme.Theme;
import nl.opmaat.core.document.CoverText;
import nl.opmaat.core.document.Document;
import nl.opmaat.core.document.DocumentMeta;
import nl.opmaat.core.internal.Messages;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.load.PlanProblem;
import nl.opmaat.core.readability.DocumentTextExtractor;
import nl.opmaat.core.readability.JargonDetector;
import nl.opmaat.core.readability.Words;

/**
 * Builds the summary of a plan for parents (2–4 pages): the plan's facts (SWV, gemeenten, schools, the three support
 * steps, the TLV route, objection and complaints, the ouder- en jeugdsteunpunt, contacts) in fixed B1 sentences from
 * this package's message bundle, plus the SWV's own parent texts from {@code ouders/*.md}. Every jargon term is
 * explained where it first appears ({@link SummaryComposer}). A fact the plan does not give is said to be missing, with
 * whom to ask; nothing is made up.
 *
 * <p>Same input, same tree: the document date is the adoption date (00:00 UTC), else {@code SOURCE_DATE_EPOCH}, else
 * 2000-01-01.
 */
public final class ParentSummaryBuilder {

    /** The date of a summary of a plan that is not adopted when no {@code SOURCE_DATE_EPOCH} is set. */
    public static final Instant FALLBACK_TIMESTAMP = Instant.parse("2000-01-01T00:00:00Z");
    /** Over this many gemeenten, they are listed rather than named in one sentence. */
    static final int MAX_INLINE_GEMEENTEN = 4;
    /**
     * Sections are level-2 headings and steps level 3: the writers start every level-1 heading (a chapter of the full
     * plan) on a new page, which would spread a 2–4 page summary over ten. A tree that starts at level 2 is laid out
     * as one running text (the HTML writer tags the first level-2 heading h1 without a page break).
     */
    static final int SECTION = 2;
    static final int STEP = 3;
    /** Plan commitments shown as examples of basisondersteuning: short ones only, at most this many. */
    static final int MAX_AFSPRAKEN = 5;
    static final int MAX_AFSPRAAK_WORDS = 12;
    static final int MAX_PLACES = 6;
    static final int MAX_PLACE_WORDS = 8;
    private static final Messages MESSAGES = Messages.forPackageOf(ParentSummaryBuilder.class);

    private final Theme theme;
    private final JargonDetector jargon;
    private final Optional<Instant> sourceDateEpoch;
    private final ParentTextReader parentTexts = new ParentTextReader();

    /**
     * @param theme           gives the fixed words of the cover (Vastgesteld op, …)
     * @param glossary        the plugin's terms with their B1 explanations, added to the built-in jargon list
     * @param sourceDateEpoch the document date for a plan without an adoption date
     */
    public ParentSummaryBuilder(Theme theme, List<GlossaryTerm> glossary, Optional<Instant> sourceDateEpoch) {
        this.theme = theme;
        this.jargon = JargonDetector.withBuiltIn(glossary);
        this.sourceDateEpoch = sourceDateEpoch;
    }

    /** The summary of an adopted plan; see {@link #build(LoadedPlan, boolean)}. */
    public ParentSummary build(LoadedPlan loaded) throws PlanInputException {
        return build(loaded, false);
    }

    /**
     * @param draft true when the plan still has errors ({@code PlanDocumentBuilder.isDraft}): the summary then says
     *              "Concept – nog niet vastgesteld" on its first page and carries the concept watermark, as the plan does
     * @throws PlanInputException when an {@code ouders/*.md} file cannot be used, with every problem named
     */
    public ParentSummary build(LoadedPlan loaded, boolean draft) throws PlanInputException {
        List<PlanProblem> problems = new ArrayList<>();
        List<ParentTextReader.ParentText> own = parentTexts.read(loaded.directory(), problems);
        if (!problems.isEmpty()) {
            throw new PlanInputException(problems);
        }
        Plan plan = loaded.plan();
        Facts facts = new Facts(loaded);
        SummaryComposer out = new SummaryComposer(jargon);
        intro(plan, facts, out);
        who(plan.swv(), facts, out);
        steps(plan, facts, out);
        tlv(plan, facts, out);
        objection(plan, facts, out);
        support(plan.ouders(), facts, out);
        if (!own.isEmpty()) {
            out.heading(SECTION, m("own.heading"), facts.at(""));
            for (ParentTextReader.ParentText text : own) {
                out.authored(text.blocks(), text.origins(), SourcePosition.ofFile(text.file()));
            }
        }
        contact(plan.swv().contact(), facts, out);

        Document document = new Document(meta(plan, draft), out.blocks(), List.of());
        var text = new DocumentTextExtractor(out.origins(), SourcePosition.ofFile("plan.yaml"))
                .extract(document, m("text.name"));
        return new ParentSummary(document, text);
    }

    private void intro(Plan plan, Facts facts, SummaryComposer out) {
        out.heading(SECTION, m("intro.heading"), facts.at("/swv/naam"));
        out.paragraph(List.of(m("intro.plan", plan.swv().naam())), facts.at("/swv/naam"));
        Periode periode = plan.periode();
        String period;
        if (periode != null && periode.van() != null && periode.tot() != null) {
            period = m("intro.period", date(periode.van()), date(periode.tot()));
        } else if (periode != null && periode.van() != null) {
            period = m("intro.period.from", date(periode.van()));
        } else {
            period = m("intro.period.none");
        }
        out.paragraph(List.of(period), facts.at("/periode"));
        out.paragraph(List.of(m("intro.readers"), m("intro.help"), m("intro.questions")), facts.at(""));
    }

    private void who(Swv swv, Facts facts, SummaryComposer out) {
        out.heading(SECTION, m("who.heading"), facts.at("/swv"));
        List<String> gemeenten = swv.gemeenten();
        SourcePosition at = facts.at("/swv/gemeenten");
        if (gemeenten.isEmpty()) {
            out.paragraph(List.of(m("who.gemeenten.none")), at);
        } else if (gemeenten.size() == 1) {
            out.paragraph(List.of(m("who.gemeente", gemeenten.get(0))), at);
        } else if (gemeenten.size() <= MAX_INLINE_GEMEENTEN) {
            out.paragraph(List.of(m("who.gemeenten", enumerate(gemeenten))), at);
        } else {
            out.paragraph(List.of(m("who.gemeenten.list", gemeenten.size())), at);
            out.list(gemeenten, at);
        }
        List<String> sentences = new ArrayList<>();
        sentences.add(m(swv.sector() == Sector.VO ? "who.vo" : "who.po"));
        Integer schools = schools(swv);
        sentences.add(schools == null ? m("who.schools.none") : m("who.schools", schools));
        if (swv.besturen().size() == 1) {
            sentences.add(m("who.board"));
        } else if (swv.besturen().size() > 1) {
            sentences.add(m("who.boards", swv.besturen().size()));
        }
        if (swv.kengetallen() != null && swv.kengetallen().leerlingen() != null) {
            sentences.add(m("who.pupils", swv.kengetallen().leerlingen()));
        }
        out.paragraph(sentences, facts.at("/swv/kengetallen"));
    }

    private void steps(Plan plan, Facts facts, SummaryComposer out) {
        out.heading(SECTION, m("steps.heading"), facts.at("/basisondersteuning"));
        out.paragraph(List.of(m("steps.intro")), facts.at(""));
        out.numberedList(List.of(m("steps.route.1"), m("steps.route.2"), m("steps.route.3")), facts.at(""));

        out.heading(STEP, m("step1.heading"), facts.at("/basisondersteuning"));
        Topic basis = plan.basisondersteuning();
        out.paragraph(List.of(m(basis == null ? "step1.basis.none" : "step1.basis")), facts.at("/basisondersteuning"));
        if (basis != null) {
            List<String> afspraken = basis.afspraken().stream()
                    .filter(a -> Words.count(a) <= MAX_AFSPRAAK_WORDS)
                    .limit(MAX_AFSPRAKEN).map(ParentSummaryBuilder::sentence).toList();
            if (!afspraken.isEmpty()) {
                String lead = afspraken.size() < basis.afspraken().size() ? "step1.afspraken.some" : "step1.afspraken";
                out.paragraph(List.of(m(lead, afspraken.size())), facts.at("/basisondersteuning/afspraken"));
                out.list(afspraken, facts.at("/basisondersteuning/afspraken"));
            }
        } else {
            out.paragraph(List.of(m("ask.school")), facts.at(""));
        }
        if (plan.schoolondersteuningsprofielen() != null) {
            out.paragraph(List.of(m("step1.sop"), m("step1.sop.ask")), facts.at("/schoolondersteuningsprofielen"));
        }

        out.heading(STEP, m("step2.heading"), facts.at(""));
        out.paragraph(List.of(m("step2.need"), m("step2.extra"), m("step2.arrangement")), facts.at(""));
        out.paragraph(List.of(m("step2.plan"), m("step2.opp"), m("step2.talk")), facts.at(""));

        out.heading(STEP, m("step3.heading"), facts.at("/dekkend-netwerk"));
        List<String> sentences = new ArrayList<>();
        sentences.add(m("step3.fit"));
        sentences.add(m(plan.swv().sector() == Sector.VO ? "step3.vo" : "step3.po"));
        if (plan.swv().sector() == Sector.VO && plan.lwooPro() != null) {
            sentences.add(m("step3.pro"));
        }
        sentences.add(m("step3.tlv"));
        out.paragraph(sentences, facts.at("/tlv"));
        Topic network = plan.dekkendNetwerk();
        if (network != null) {
            List<String> schools = network.voorzieningen().stream()
                    .filter(v -> v.soort() != null && List.of("sbo", "so", "vso", "klas").contains(v.soort()))
                    .map(Topic.Voorziening::naam).toList();
            List<String> places = schools.stream()
                    .filter(n -> Words.count(n) <= MAX_PLACE_WORDS)
                    .limit(MAX_PLACES).toList();
            if (!places.isEmpty()) {
                String lead = places.size() < schools.size() ? "step3.places.some" : "step3.places";
                out.paragraph(List.of(m(lead, places.size())), facts.at("/dekkend-netwerk/voorzieningen"));
                out.list(places, facts.at("/dekkend-netwerk/voorzieningen"));
            }
            out.paragraph(List.of(m("step3.network")), facts.at("/dekkend-netwerk"));
        }
    }

    private void tlv(Plan plan, Facts facts, SummaryComposer out) {
        Tlv tlv = plan.tlv();
        out.heading(SECTION, m("tlv.heading"), facts.at("/tlv"));
        if (tlv == null) {
            out.paragraph(List.of(m("tlv.none"), m("ask.school")), facts.at("/tlv"));
            return;
        }
        out.paragraph(List.of(m("tlv.apply")), facts.at("/tlv"));
        if (tlv.deskundigen().isEmpty()) {
            out.paragraph(List.of(m("tlv.experts.none")), facts.at("/tlv"));
        } else {
            out.paragraph(List.of(m("tlv.experts")), facts.at("/tlv/deskundigen"));
            out.list(tlv.deskundigen().stream().map(ParentSummaryBuilder::capitalised).toList(),
                    facts.at("/tlv/deskundigen"));
        }
        List<String> sentences = new ArrayList<>();
        sentences.add(tlv.beslistermijnWeken() == null ? m("tlv.term.none") : m("tlv.term", tlv.beslistermijnWeken()));
        if (tlv.looptijd() == null) {
            sentences.add(m("tlv.duration.none"));
        } else {
            sentences.add(m("tlv.duration"));
            sentences.add(m("tlv.duration.ask"));
        }
        out.paragraph(sentences, facts.at("/tlv/beslistermijn-weken"));
        out.paragraph(List.of(m(plan.terugplaatsing() == null ? "tlv.back.none" : "tlv.back")),
                facts.at("/terugplaatsing"));
        if (tlv.beslistermijnWeken() == null || tlv.looptijd() == null || plan.terugplaatsing() == null) {
            out.paragraph(List.of(m("ask.school")), facts.at("/tlv"));
        }
    }

    private void objection(Plan plan, Facts facts, SummaryComposer out) {
        out.heading(SECTION, m("objection.heading"), facts.at("/bezwaar"));
        Bezwaar bezwaar = plan.bezwaar();
        if (bezwaar == null) {
            out.paragraph(List.of(m("objection.none"), m("ask.swv")), facts.at("/bezwaar"));
        } else {
            List<String> sentences = new ArrayList<>();
            sentences.add(m("objection.can"));
            sentences.add(m("objection.where"));
            sentences.add(bezwaar.termijnWeken() == null ? m("objection.term.none")
                    : m("objection.term", bezwaar.termijnWeken()));
            sentences.add(bezwaar.adviescommissie() == null ? m("objection.committee.none")
                    : m("objection.committee", bezwaar.adviescommissie()));
            out.paragraph(sentences, facts.at("/bezwaar"));
        }
        Geschillen geschillen = plan.geschillen();
        if (geschillen == null || geschillen.commissie() == null) {
            out.paragraph(List.of(m("disputes.none"), m("disputes.ask")), facts.at("/geschillen"));
        } else {
            out.paragraph(List.of(m("disputes.other"), m("disputes.example"), m("disputes.where", geschillen.commissie())),
                    facts.at("/geschillen/commissie"));
        }
    }

    private void support(Ouders ouders, Facts facts, SummaryComposer out) {
        out.heading(SECTION, m("support.heading"), facts.at("/ouders"));
        Ouders.Steunpunt steunpunt = ouders == null ? null : ouders.steunpunt();
        if (steunpunt == null) {
            out.paragraph(List.of(m("support.none"), m("support.none.ask")), facts.at("/ouders"));
            return;
        }
        if (steunpunt.isPlanned()) {
            // A steunpunt still being set up must not be presented to parents as a place they can go to today.
            String planned = steunpunt.naam() == null ? m("support.planned.unnamed") : m("support.planned", steunpunt.naam());
            out.paragraph(List.of(planned, m("support.none.ask")),
                    facts.at("/ouders/steunpunt"));
            return;
        }
        out.paragraph(List.of(m("support.outside"), m("support.go"), m("support.name", steunpunt.naam())),
                facts.at("/ouders/steunpunt/naam"));
        List<String> reach = new ArrayList<>();
        if (steunpunt.telefoon() != null) {
            reach.add(m("contact.phone", steunpunt.telefoon()));
        }
        if (steunpunt.email() != null) {
            reach.add(m("contact.email", steunpunt.email()));
        }
        if (steunpunt.website() != null) {
            reach.add(m("contact.website", steunpunt.website()));
        }
        if (reach.isEmpty()) {
            out.paragraph(List.of(m("support.reach.none"), m("support.none.ask")), facts.at("/ouders/steunpunt"));
        } else {
            out.paragraph(List.of(m("support.reach")), facts.at("/ouders/steunpunt"));
            out.list(reach, facts.at("/ouders/steunpunt"));
        }
    }

    /**
     * "Heeft u een vraag?" as a box (keeps the SWV's address, phone, e-mail and website with their lead-in on one page,
     * and sets them apart as the place to look them up).
     */
    private void contact(Contact contact, Facts facts, SummaryComposer out) {
        out.aside(SECTION, m("contact.heading"), facts.at("/swv/contact"), () -> contactLines(contact, facts, out));
    }

    private void contactLines(Contact contact, Facts facts, SummaryComposer out) {
        out.paragraph(List.of(m("contact.teacher"), m("contact.ib")), facts.at(""));
        List<String> items = new ArrayList<>();
        if (contact != null) {
            if (contact.adres() != null) {
                items.add(m("contact.address", contact.adres()));
            }
            if (contact.telefoon() != null) {
                items.add(m("contact.phone", contact.telefoon()));
            }
            if (contact.email() != null) {
                items.add(m("contact.email", contact.email()));
            }
            if (contact.website() != null) {
                items.add(m("contact.website", contact.website()));
            }
        }
        if (items.isEmpty()) {
            out.paragraph(List.of(m("contact.none"), m("contact.none.ask")), facts.at("/swv/contact"));
        } else {
            out.paragraph(List.of(m("contact.swv")), facts.at("/swv/contact"));
            out.list(items, facts.at("/swv/contact"));
        }
    }

    DocumentMeta meta(Plan plan, boolean draft) {
        Periode periode = plan.periode();
        LocalDate adopted = plan.vaststelling().bestuur();
        String status = CoverText.status(theme, adopted, draft);
        Instant timestamp = adopted != null ? adopted.atStartOfDay(ZoneOffset.UTC).toInstant()
                : sourceDateEpoch.orElse(FALLBACK_TIMESTAMP);
        Map<String, String> properties = new TreeMap<>();
        String period = CoverText.period(periode);
        if (period != null) {
            properties.put("periode", period);
        }
        if (adopted != null) {
            properties.put("vaststellingsdatum", adopted.toString());
        }
        properties.put("soort", DocumentMeta.PARENT_SUMMARY);
        String swv = plan.swv().naam();
        // The summary of a plan with open errors is marked like the plan: a parent must not take it for the adopted one.
        return new DocumentMeta(m("meta.title"), m("meta.subtitle", swv), swv, "nl-NL", status, draft, timestamp,
                properties);
    }

    /** The number of schools: the key figure, else the sum over the boards when every board gives one. */
    private static Integer schools(Swv swv) {
        if (swv.kengetallen() != null && swv.kengetallen().scholen() != null) {
            return swv.kengetallen().scholen();
        }
        if (!swv.besturen().isEmpty() && swv.besturen().stream().allMatch(b -> b.scholen() != null)) {
            return swv.besturen().stream().mapToInt(Bestuur::scholen).sum();
        }
        return null;
    }

    /** "a", "a en b", "a, b en c". */
    private static String enumerate(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + m("and") + " " + items.get(items.size() - 1);
    }

    /** A plan commitment as a list item: a sentence with a capital and a full stop. */
    private static String sentence(String text) {
        String s = capitalised(text.strip());
        return s.endsWith(".") || s.endsWith("!") || s.endsWith("?") ? s : s + ".";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static String date(LocalDate date) {
        return DutchFormat.date(date);
    }

    private static String m(String key, Object... arguments) {
        return MESSAGES.format(key, arguments);
    }

    /** Where a fact stands in {@code plan.yaml}; for an absent fact, the nearest part that is there. */
    private static final class Facts {
        private final LoadedPlan loaded;

        Facts(LoadedPlan loaded) {
            this.loaded = loaded;
        }

        SourcePosition at(String pointer) {
            return loaded.yaml().positionOf(pointer);
        }
    }
}
