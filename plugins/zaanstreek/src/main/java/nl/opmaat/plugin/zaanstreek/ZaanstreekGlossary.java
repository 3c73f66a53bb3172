package nl.opmaat.plugin.zaanstreek;

import java.util.List;
import nl.opmaat.api.theme.GlossaryProvider;
import nl.opmaat.api.theme.GlossaryTerm;
import org.pf4j.Extension;

/** Terms the plan of SWV PO Zaanstreek uses, each explained in one sentence at language level B1. */
@Extension
public final class ZaanstreekGlossary implements GlossaryProvider {

    @Override
    public List<GlossaryTerm> terms() {
        return List.of(
                term("Basisondersteuning", "Basisondersteuning is de hulp die elke school in de regio aan elk kind kan geven."),
                term("Dekkend netwerk", "Een dekkend netwerk betekent dat er voor elk kind in de regio een passende plek op school is."),
                term("Inclusiever onderwijs", "Inclusiever onderwijs betekent dat kinderen met en zonder extra hulp vaker samen naar een school dicht bij huis gaan.",
                        "inclusie"),
                term("Jeugdteam", "Het jeugdteam van de gemeente helpt kinderen en gezinnen met vragen over opgroeien en opvoeden."),
                term("Kernschool", "De Kernschool is een school waar kinderen die net in Nederland zijn eerst Nederlands leren."),
                term("Leerplichtontheffing", "Een leerplichtontheffing betekent dat een kind niet naar school hoeft, bijvoorbeeld omdat het te ziek is.",
                        "ontheffing"),
                term("Onderwijszorgarrangement", "Een onderwijszorgarrangement is een plan waarin school en zorg samen een kind helpen, soms buiten de school."),
                term("OPP", "Het ontwikkelingsperspectiefplan beschrijft welke extra hulp een kind krijgt en wat het kind kan bereiken.",
                        "ontwikkelingsperspectief"),
                term("OPR", "De ondersteuningsplanraad is de raad van ouders en leraren die met dit plan moet instemmen.",
                        "ondersteuningsplanraad"),
                term("Schoolmaatschappelijk werk", "Het schoolmaatschappelijk werk helpt kinderen en ouders met zorgen thuis en vormt de brug naar het jeugdteam."),
                term("Sla", "Een sla is een contract waarin staat welke diensten een organisatie levert en wat die kosten.",
                        "service level agreement", "dienstverleningsovereenkomst"),
                term("SOP", "Het schoolondersteuningsprofiel beschrijft welke hulp een school aan kinderen kan geven.",
                        "schoolondersteuningsprofiel"),
                term("Thuiszitter", "Een thuiszitter is een kind dat moet leren maar niet naar school gaat.", "thuiszitters"),
                term("TLV", "Een toelaatbaarheidsverklaring is het besluit van het samenwerkingsverband dat een kind naar het speciaal (basis)onderwijs mag.",
                        "toelaatbaarheidsverklaring"),
                term("Waarderingskader", "Het waarderingskader is een lijst waarmee het samenwerkingsverband beoordeelt of de hulp op scholen goed genoeg is."),
                term("Weerstandsvermogen", "Het weerstandsvermogen is het geld dat het samenwerkingsverband achter de hand houdt voor tegenvallers."));
    }

    private static GlossaryTerm term(String term, String explanation, String... variants) {
        return new GlossaryTerm(term, explanation, List.of(variants));
    }
}
