package nl.opmaat.plugin.deeem;

import java.util.List;
import nl.opmaat.api.theme.GlossaryProvider;
import nl.opmaat.api.theme.GlossaryTerm;
import org.pf4j.Extension;

/** Terms the plan of SWV De Eem uses, each explained in one sentence at language level B1. */
@Extension
public final class DeEemGlossary implements GlossaryProvider {

    @Override
    public List<GlossaryTerm> terms() {
        return List.of(
                term("ALV", "De algemene ledenvergadering is het hoogste bestuur van het samenwerkingsverband, waarin alle schoolbesturen zitten.",
                        "algemene ledenvergadering"),
                term("Basisondersteuning", "Basisondersteuning is de hulp die elke school in de regio aan elk kind kan geven."),
                term("Dekkend netwerk", "Een dekkend netwerk betekent dat er voor elk kind in de regio een passende plek op school is."),
                term("Extra ondersteuning", "Extra ondersteuning is hulp die meer is dan de basisondersteuning, zoals een aangepast programma of een specialist."),
                term("Handelingsgericht werken", "Handelingsgericht werken betekent dat de school kijkt wat een kind nodig heeft en daar samen met ouders een plan voor maakt.",
                        "handelingsgericht"),
                term("Inclusiever onderwijs", "Inclusiever onderwijs betekent dat kinderen met en zonder extra hulp vaker samen naar een school dicht bij huis gaan."),
                term("Jonge kind", "Met het Jonge kind bedoelt het plan kinderen tot ongeveer zeven jaar, ook voordat ze naar school gaan."),
                term("JOSEE", "JOSEE is het Jeugd- en Oudersteunpunt Eemland, waar ouders en jongeren gratis informatie en steun krijgen over passend onderwijs."),
                term("Normaliseren", "Normaliseren betekent dat we gewone verschillen tussen kinderen niet meteen als een probleem zien."),
                term("OOGO", "Het OOGO is het overleg tussen het samenwerkingsverband en de gemeenten over dit plan, met als doel samen tot afspraken te komen.",
                        "op overeenstemming gericht overleg"),
                term("Opstapklas", "Een opstapklas is een kleine groep voor jonge kinderen die nog niet naar een gewone klas kunnen."),
                term("OPR", "De ondersteuningsplanraad is de raad van ouders en leraren die met dit plan moet instemmen.",
                        "ondersteuningsplanraad"),
                term("SBO", "Het SBO is het speciaal basisonderwijs: een basisschool met kleinere klassen en meer hulp.",
                        "speciaal basisonderwijs"),
                term("TOM", "TOM is het Team Ontwikkelingsmogelijkheden, dat kijkt hoe een kind dat niet naar school gaat zich toch kan ontwikkelen.",
                        "Team Ontwikkelingsmogelijkheden"),
                term("Toelaatbaarheidsverklaring", "Een toelaatbaarheidsverklaring is het besluit van het samenwerkingsverband dat een kind naar het speciaal (basis)onderwijs mag.",
                        "TLV"),
                term("Uitvoeringsagenda", "De Uitvoeringsagenda is het werkplan bij dit plan, met wat het samenwerkingsverband elk jaar gaat doen."),
                term("Vangnetregeling", "De vangnetregeling zegt hoe het samenwerkingsverband extra betaalt als een speciale school in het jaar sterk groeit.",
                        "vangnetbepaling"));
    }

    private static GlossaryTerm term(String term, String explanation, String... variants) {
        return new GlossaryTerm(term, explanation, List.of(variants));
    }
}
