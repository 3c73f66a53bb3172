package nl.opmaat.plugin.zuidoostutrecht;

import java.util.List;
import nl.opmaat.api.theme.GlossaryProvider;
import nl.opmaat.api.theme.GlossaryTerm;
import org.pf4j.Extension;

/** Terms the plan of SWV VO Zuidoost Utrecht uses, each explained in one sentence at language level B1. */
@Extension
public final class ZuidoostUtrechtGlossary implements GlossaryProvider {

    @Override
    public List<GlossaryTerm> terms() {
        return List.of(
                term("ALV", "De algemene ledenvergadering is het hoogste bestuur van het samenwerkingsverband, waarin alle schoolbesturen zitten.",
                        "ledenvergadering"),
                term("Arrangement", "Een arrangement is een afspraak over extra hulp voor één leerling, met wie het doet en hoe lang."),
                term("Basisondersteuning", "Basisondersteuning is de hulp die elke school in de regio aan elke leerling kan geven."),
                term("Bekostigingscategorie", "De bekostigingscategorie (laag, midden of hoog) bepaalt hoeveel geld een school voor voortgezet speciaal onderwijs voor een leerling krijgt."),
                term("CJG", "Het Centrum voor Jeugd en Gezin is de plek in de gemeente voor vragen over opgroeien en opvoeden.",
                        "Centrum voor Jeugd en Gezin"),
                term("Lwoo", "Lwoo is leerwegondersteunend onderwijs: extra hulp op het vmbo voor leerlingen die dat nodig hebben.",
                        "leerwegondersteunend"),
                term("Onderwijszorgarrangement", "Een onderwijszorgarrangement is een plan waarin school en zorg samen een leerling helpen."),
                term("OPP", "Het ontwikkelingsperspectiefplan beschrijft welke extra hulp een leerling krijgt en wat de leerling kan bereiken.",
                        "ontwikkelingsperspectief"),
                term("OPR", "De ondersteuningsplanraad is de raad van ouders, leerlingen en medewerkers die met dit plan moet instemmen.",
                        "ondersteuningsplanraad"),
                term("PCL", "De Permanente Commissie Leerlingenzorg beslist over lwoo, praktijkonderwijs en toelaatbaarheidsverklaringen.",
                        "Permanente Commissie Leerlingenzorg"),
                term("Pro", "Pro is praktijkonderwijs: een school die leerlingen vooral met de handen leert werken en voorbereidt op een baan.",
                        "praktijkonderwijs"),
                term("RMC", "De RMC-regio is het gebied waarin scholen en gemeenten samen voorkomen dat jongeren zonder diploma van school gaan.",
                        "Regionaal Meld- en Coördinatiepunt"),
                term("SOP", "Het schoolondersteuningsprofiel beschrijft welke hulp een school aan leerlingen kan geven.",
                        "schoolondersteuningsprofiel"),
                term("Symbiose", "Symbiose betekent dat een leerling een deel van de week op een gewone school en een deel op een speciale school les krijgt."),
                term("Thuiszitter", "Een thuiszitter is een leerling die moet leren maar niet naar school gaat.", "thuiszitters"),
                term("TLV", "Een toelaatbaarheidsverklaring is het besluit van het samenwerkingsverband dat een leerling naar het voortgezet speciaal onderwijs mag.",
                        "toelaatbaarheidsverklaring"),
                term("Vso", "Het vso is het voortgezet speciaal onderwijs: een school voor jongeren die veel extra hulp nodig hebben.",
                        "voortgezet speciaal onderwijs"),
                term("Zorgplicht", "Zorgplicht betekent dat de school binnen zes tot tien weken een passende plek voor een aangemelde leerling moet regelen."));
    }

    private static GlossaryTerm term(String term, String explanation, String... variants) {
        return new GlossaryTerm(term, explanation, List.of(variants));
    }
}
