package nl.opmaat.core.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import nl.opmaat.api.Sector;
import nl.opmaat.api.model.Afwijking;
import nl.opmaat.api.model.Bestuur;
import nl.opmaat.api.model.Bezwaar;
import nl.opmaat.api.model.Bijlage;
import nl.opmaat.api.model.Chapter;
import nl.opmaat.api.model.Contact;
import nl.opmaat.api.model.Doel;
import nl.opmaat.api.model.Financien;
import nl.opmaat.api.model.Geschillen;
import nl.opmaat.api.model.Kengetallen;
import nl.opmaat.api.model.Ouders;
import nl.opmaat.api.model.Periode;
import nl.opmaat.api.model.Plan;
import nl.opmaat.api.model.SectionRef;
import nl.opmaat.api.model.Swv;
import nl.opmaat.api.model.Tlv;
import nl.opmaat.api.model.Topic;
import nl.opmaat.api.model.Vangnet;
import nl.opmaat.api.model.Vaststelling;
import nl.opmaat.core.internal.Messages;

/**
 * Binds a schema-valid {@code plan.yaml} tree into the immutable {@link Plan}. The schema has already checked shapes, so
 * this only converts; the one thing it still refuses is a date that has the right form but does not exist (2026-02-30).
 */
final class PlanBinder {

    private static final Messages MESSAGES = Messages.forPackageOf(PlanBinder.class);
    private final YamlTree tree;
    private final PlanFileGate gate;
    private final List<PlanProblem> problems = new ArrayList<>();

    PlanBinder(YamlTree tree, PlanFileGate gate) {
        this.tree = tree;
        this.gate = gate;
    }

    Plan bind(String directoryLabel, List<Chapter> chapters, List<Chapter> annexChapters) throws PlanInputException {
        JsonNode r = tree.root();
        Plan plan = new Plan(
                directoryLabel,
                swv(r.path("swv")),
                periode(r.path("periode")),
                vaststelling(r.path("vaststelling")),
                topic(r, "basisondersteuning"),
                topic(r, "schoolondersteuningsprofielen"),
                topic(r, "dekkend-netwerk"),
                topic(r, "middelen"),
                financien(r.path("financien")),
                tlv(r.path("tlv")),
                topic(r, "terugplaatsing"),
                bezwaar(r.path("bezwaar")),
                geschillen(r.path("geschillen")),
                ouders(r.path("ouders")),
                vangnet(r.path("vangnet")),
                topic(r, "resultaten"),
                list(r.path("doelen"), "/doelen", this::doel),
                topic(r, "lwoo-pro"),
                chapters,
                list(r.path("bijlagen"), "/bijlagen", this::bijlage),
                list(r.path("afwijkingen"), "/afwijkingen", this::afwijking),
                ernst(r.path("ernst")),
                annexChapters);
        if (!problems.isEmpty()) {
            throw new PlanInputException(problems);
        }
        return plan;
    }

    private Swv swv(JsonNode n) {
        JsonNode k = n.path("kengetallen");
        Kengetallen kengetallen = k.isMissingNode() ? null : new Kengetallen(date(k, "/swv/kengetallen/teldatum"),
                integer(k.path("leerlingen")), integer(k.path("scholen")), decimal(k.path("deelnamepercentage-sbo")),
                decimal(k.path("deelnamepercentage-so")), decimal(k.path("deelnamepercentage-vso")));
        JsonNode c = n.path("contact");
        Contact contact = c.isMissingNode() ? null : new Contact(text(c.path("adres")), text(c.path("telefoon")),
                text(c.path("email")), text(c.path("website")));
        return new Swv(text(n.path("naam")), text(n.path("code")),
                Sector.valueOf(n.path("sector").asText("po").toUpperCase(java.util.Locale.ROOT)),
                text(n.path("plugin")), strings(n.path("gemeenten")),
                list(n.path("besturen"), "/swv/besturen", (b, p) -> new Bestuur(text(b.path("naam")), integer(b.path("scholen")))),
                kengetallen, contact);
    }

    private Periode periode(JsonNode n) {
        LocalDate van = date(n, "/periode/van");
        LocalDate tot = date(n, "/periode/tot");
        return van == null && tot == null ? null : new Periode(van, tot);
    }

    private Vaststelling vaststelling(JsonNode n) {
        return new Vaststelling(
                date(n, "/vaststelling/bestuur"),
                date(n, "/vaststelling/opr-instemming"),
                list(n.path("oogo"), "/vaststelling/oogo",
                        (o, p) -> new Vaststelling.Oogo(text(o.path("gemeente")), date(o, p + "/datum"))),
                list(n.path("overleg-samenwerkingsverbanden"), "/vaststelling/overleg-samenwerkingsverbanden",
                        (o, p) -> new Vaststelling.Overleg(text(o.path("naam")), date(o, p + "/datum"))),
                list(n.path("overig"), "/vaststelling/overig",
                        (o, p) -> new Vaststelling.Stap(text(o.path("orgaan")), text(o.path("handeling")), date(o, p + "/datum"))),
                date(n, "/vaststelling/toezending-inspectie"),
                refs(n.path("paragraaf"), "/vaststelling/paragraaf"));
    }

    private Topic topic(JsonNode root, String key) {
        JsonNode n = root.path(key);
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        String pointer = "/" + key;
        return new Topic(pointer, refs(n.path("paragraaf"), pointer + "/paragraaf"), strings(n.path("afspraken")),
                list(n.path("voorzieningen"), pointer + "/voorzieningen", (v, p) -> new Topic.Voorziening(
                        text(v.path("naam")), text(v.path("soort")), text(v.path("beschrijving")), integer(v.path("plaatsen")))));
    }

    private Financien financien(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        JsonNode r = n.path("reserves");
        Financien.Reserves reserves = r.isMissingNode() ? null : new Financien.Reserves(
                date(r, "/financien/reserves/peildatum"), amount(r.path("bedrag")), amount(r.path("totale-baten")),
                refs(r.path("bestedingsplan"), "/financien/reserves/bestedingsplan"));
        List<Financien.Begroting> begroting = new ArrayList<>();
        JsonNode years = n.path("begroting");
        for (int i = 0; i < years.size(); i++) {
            JsonNode y = years.get(i);
            begroting.add(new Financien.Begroting(i, y.path("jaar").asInt(), posten(y.path("baten")), posten(y.path("lasten")),
                    amount(y.path("totaal-baten")), amount(y.path("totaal-lasten"))));
        }
        return new Financien(refs(n.path("paragraaf"), "/financien/paragraaf"), begroting, reserves);
    }

    private List<Financien.Post> posten(JsonNode n) {
        List<Financien.Post> out = new ArrayList<>();
        n.forEach(p -> out.add(new Financien.Post(text(p.path("post")), amount(p.path("bedrag")))));
        return out;
    }

    private Tlv tlv(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        return new Tlv(refs(n.path("paragraaf"), "/tlv/paragraaf"), strings(n.path("criteria")), strings(n.path("deskundigen")),
                text(n.path("looptijd")), text(n.path("categorie")), integer(n.path("beslistermijn-weken")),
                refs(n.path("sbo"), "/tlv/sbo"));
    }

    private Bezwaar bezwaar(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        return new Bezwaar(refs(n.path("paragraaf"), "/bezwaar/paragraaf"), text(n.path("adviescommissie")),
                integer(n.path("termijn-weken")));
    }

    private Geschillen geschillen(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        return new Geschillen(refs(n.path("paragraaf"), "/geschillen/paragraaf"), text(n.path("commissie")));
    }

    private Ouders ouders(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        JsonNode s = n.path("steunpunt");
        Ouders.Steunpunt steunpunt = s.isMissingNode() ? null : new Ouders.Steunpunt(text(s.path("naam")),
                refs(s.path("paragraaf"), "/ouders/steunpunt/paragraaf"), text(s.path("website")),
                text(s.path("telefoon")), text(s.path("email")), steunpuntStatus(s.path("status")));
        return new Ouders(refs(n.path("paragraaf"), "/ouders/paragraaf"), steunpunt);
    }

    /** The schema allows only {@code gepland} and {@code actief}; absent stays null, so rules can tell "not said". */
    private static Ouders.Steunpunt.Status steunpuntStatus(JsonNode n) {
        return n.isTextual() ? Ouders.Steunpunt.Status.valueOf(n.asText().toUpperCase(java.util.Locale.ROOT)) : null;
    }

    private Vangnet vangnet(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        return new Vangnet(refs(n.path("paragraaf"), "/vangnet/paragraaf"), text(n.path("peildatum")),
                text(n.path("regeling")));
    }

    private Doel doel(JsonNode n, String pointer) {
        int index = Integer.parseInt(pointer.substring(pointer.lastIndexOf('/') + 1));
        return new Doel(index, text(n.path("doel")), text(n.path("indicator")), scalar(n.path("nulmeting")),
                scalar(n.path("streefwaarde")), integer(n.path("jaar")), refs(n.path("paragraaf"), pointer + "/paragraaf"));
    }

    private Bijlage bijlage(JsonNode n, String pointer) {
        int index = Integer.parseInt(pointer.substring(pointer.lastIndexOf('/') + 1));
        String bestand = text(n.path("bestand"));
        boolean present = bestand != null && gate.isPresent(bestand);
        return new Bijlage(index, text(n.path("titel")), bestand, present);
    }

    private Afwijking afwijking(JsonNode n, String pointer) {
        int index = Integer.parseInt(pointer.substring(pointer.lastIndexOf('/') + 1));
        return new Afwijking(index, text(n.path("regel")), text(n.path("reden")), text(n.path("door")),
                date(n, pointer + "/tot"));
    }

    private Map<String, String> ernst(JsonNode n) {
        Map<String, String> out = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    private List<SectionRef> refs(JsonNode n, String pointer) {
        List<SectionRef> out = new ArrayList<>();
        if (n.isTextual()) {
            out.add(ref(n.asText(), pointer));
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                out.add(ref(n.get(i).asText(), pointer + "/" + i));
            }
        }
        return out;
    }

    private static SectionRef ref(String raw, String pointer) {
        int hash = raw.indexOf('#');
        return hash < 0 ? new SectionRef(raw, "", pointer) : new SectionRef(raw.substring(0, hash), raw.substring(hash + 1), pointer);
    }

    private <T> List<T> list(JsonNode n, String pointer, BiFunction<JsonNode, String, T> item) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            out.add(item.apply(n.get(i), pointer + "/" + i));
        }
        return out;
    }

    /** A date at a pointer below {@code parent}'s own pointer; the last segment is the key. */
    private LocalDate date(JsonNode parent, String pointer) {
        JsonNode n = parent.path(pointer.substring(pointer.lastIndexOf('/') + 1));
        if (!n.isTextual()) {
            return null;
        }
        try {
            return LocalDate.parse(n.asText());
        } catch (DateTimeParseException e) {
            problems.add(new PlanProblem(tree.valuePositionOf(pointer), MESSAGES.format("date.invalid", n.asText()),
                    MESSAGES.format("date.invalid.hint")));
            return null;
        }
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(s -> out.add(s.asText()));
        return out;
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }

    private static String scalar(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : n.isNumber() ? n.decimalValue().stripTrailingZeros().toPlainString() : n.asText();
    }

    private static Integer integer(JsonNode n) {
        return n.isIntegralNumber() ? n.intValue() : null;
    }

    private static Double decimal(JsonNode n) {
        return n.isNumber() ? n.doubleValue() : null;
    }

    private static BigDecimal amount(JsonNode n) {
        return n.isNumber() ? n.decimalValue() : null;
    }
}
