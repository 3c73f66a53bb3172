package nl.opmaat.plugin.onderwijsdatpast;

import java.util.List;
import nl.opmaat.api.theme.GlossaryProvider;
import nl.opmaat.api.theme.GlossaryTerm;
import org.pf4j.Extension;

/** Terms the plan of SWV Onderwijs dat Past uses, each explained in one sentence at language level B1. */
@Extension
public final class OnderwijsDatPastGlossary implements GlossaryProvider {

    @Override
    public List<GlossaryTerm> terms() {
        return List.of(
                term("Ambulante begeleiding", "Bij ambulante begeleiding komt een deskundige van een speciale school op een gewone school helpen.",
                        "AB"),
                term("Basisondersteuning", "Basisondersteuning is de hulp die elke school in de regio aan elk kind kan geven."),
                term("Deelnemersraad", "In de Deelnemersraad zitten de schoolbesturen die samen het samenwerkingsverband vormen."),
                term("HGW", "Handelingsgericht werken betekent dat de school kijkt wat een kind nodig heeft en daar met ouders een plan voor maakt.",
                        "handelingsgericht"),
                term("JOS", "De jeugdprofessional op school is een hulpverlener van de jeugdhulp die op school werkt.",
                        "jeugdprofessional op school"),
                term("MDO", "Een multidisciplinaire onderwijsplek is een school waar onderwijs en jeugdhulp samen een kind helpen.",
                        "multidisciplinaire onderwijsplek"),
                term("Mevis", "Mevis is de organisatie die de jeugdhulp in Maassluis, Vlaardingen en Schiedam regelt."),
                term("MVS", "MVS staat voor de drie gemeenten Maassluis, Vlaardingen en Schiedam."),
                term("Nieuwkomersschool", "Een nieuwkomersschool is een school waar kinderen die net in Nederland zijn eerst Nederlands leren.",
                        "nieuwkomers"),
                term("OPP", "Het ontwikkelingsperspectiefplan beschrijft welke extra hulp een kind krijgt en wat het kind kan bereiken.",
                        "ontwikkelingsperspectief"),
                term("SBO", "Het SBO is het speciaal basisonderwijs: een basisschool met kleinere groepen en meer hulp.",
                        "speciaal basisonderwijs"),
                term("SLB", "Specialistische leesbegeleiding is extra hulp bij lezen voor kinderen met ernstige leesproblemen.",
                        "specialistische leesbegeleiding"),
                term("SWV-er", "Een SWV-er is een medewerker van het samenwerkingsverband die scholen in de wijk helpt en advies geeft."),
                term("Thuiszitter", "Een thuiszitter is een kind dat moet leren maar niet naar school gaat.", "thuiszitters"),
                term("TLV", "Een toelaatbaarheidsverklaring is het besluit van het samenwerkingsverband dat een kind naar het speciaal (basis)onderwijs mag.",
                        "toelaatbaarheidsverklaring"),
                term("VVE", "Voor- en vroegschoolse educatie is extra aandacht voor jonge kinderen, zodat ze goed voorbereid naar de basisschool gaan.",
                        "voor- en vroegschoolse educatie"),
                term("Wijk", "In dit plan is de wijk de buurt waarin scholen, zorg en gemeente samen passend onderwijs regelen."));
    }

    private static GlossaryTerm term(String term, String explanation, String... variants) {
        return new GlossaryTerm(term, explanation, List.of(variants));
    }
}
