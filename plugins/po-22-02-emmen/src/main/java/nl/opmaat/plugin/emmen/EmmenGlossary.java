package nl.opmaat.plugin.emmen;

import java.util.List;
import nl.opmaat.api.theme.GlossaryProvider;
import nl.opmaat.api.theme.GlossaryTerm;
import org.pf4j.Extension;

/** Terms the plan of SWV PO 22-02 uses, each explained in one sentence at language level B1. */
@Extension
public final class EmmenGlossary implements GlossaryProvider {

    @Override
    public List<GlossaryTerm> terms() {
        return List.of(
                term("Arrangement", "Een arrangement is een afspraak over extra hulp voor één kind, met wie het doet en hoe lang."),
                term("Basisschool plus", "Een basisschool plus is een gewone basisschool met een extra aanbod voor kinderen die meer hulp nodig hebben."),
                term("Commissie van Advies", "De Commissie van Advies bekijkt een aanvraag voor een toelaatbaarheidsverklaring en geeft het samenwerkingsverband advies.",
                        "CvA"),
                term("CT", "Het Coördinatie Team is een klein team van het samenwerkingsverband dat plannen en werkwijzen voorbereidt.",
                        "Coördinatie Team"),
                term("DOA", "Het Domein Overstijgend Analyseteam is een team van onderwijs en zorg dat samen kijkt wat een kind met een ingewikkelde vraag nodig heeft.",
                        "Domein Overstijgend Analyseteam"),
                term("Gespecialiseerd onderwijs", "Gespecialiseerd onderwijs is het speciaal basisonderwijs en het speciaal onderwijs samen."),
                term("MOC", "Het medisch orthopedagogisch centrum helpt jonge kinderen en hun gezin bij grote zorgen over de ontwikkeling.",
                        "medisch orthopedagogisch centrum"),
                term("Normbekostiging", "Normbekostiging is het bedrag dat het samenwerkingsverband vooraf reserveert voor een vast deel van de kinderen in het sbo."),
                term("OPR", "De ondersteuningsplanraad is de raad van ouders en leraren die met dit plan moet instemmen.",
                        "ondersteuningsplanraad"),
                term("OST", "Het Onderwijs Supportteam bestaat uit ervaren leraren die een paar weken in de klas meehelpen.",
                        "Onderwijs Supportteam"),
                term("Ouder- en Jeugdsteunpunt", "Bij het Ouder- en Jeugdsteunpunt krijgen ouders en kinderen gratis informatie en hulp over passend onderwijs."),
                term("Raad van Toezicht", "De Raad van Toezicht controleert of het bestuur van het samenwerkingsverband goed werk doet."),
                term("Sbo", "Het sbo is het speciaal basisonderwijs: een basisschool met kleinere groepen en meer hulp.",
                        "speciaal basisonderwijs"),
                term("Schakelbeleid", "Schakelbeleid zijn de afspraken over hoe een kind van het speciaal onderwijs weer naar een gewone school gaat.",
                        "terugschakelen"),
                term("TLV", "Een toelaatbaarheidsverklaring is het besluit van het samenwerkingsverband dat een kind naar het speciaal (basis)onderwijs mag.",
                        "toelaatbaarheidsverklaring"),
                term("Thuiszitter", "Een thuiszitter is een kind dat moet leren maar niet naar school gaat.", "thuiszitten"),
                term("Vrijstelling", "Een vrijstelling betekent dat een kind (een deel van de tijd) niet naar school hoeft, bijvoorbeeld omdat het te ziek is."),
                term("Wel in Ontwikkeling", "Wel in Ontwikkeling is een traject voor kinderen met een vrijstelling, zodat ze toch blijven leren."),
                term("Zorgplicht", "Zorgplicht betekent dat de school binnen tien weken een passende plek voor een aangemeld kind moet regelen."));
    }

    private static GlossaryTerm term(String term, String explanation, String... variants) {
        return new GlossaryTerm(term, explanation, List.of(variants));
    }
}
