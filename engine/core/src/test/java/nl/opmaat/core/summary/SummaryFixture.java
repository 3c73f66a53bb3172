package nl.opmaat.core.summary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.load.PlanReader;

/** Writes a small synthetic plan (plan.yaml and optional ouders/*.md) and reads it with the real PlanReader. */
final class SummaryFixture {

    /** Only what the schema needs: an SWV without any of the facts the summary uses. */
    static final String MINIMAL = "swv: { naam: SWV Proefregio, sector: po, gemeenten: [] }\nperiode: {}\n";

    /** A plan with every fact the summary uses. */
    static final String COMPLETE = """
            swv:
              naam: SWV Proefregio
              sector: po
              gemeenten: [Almere, Lelystad, Dronten, Zeewolde, Urk]
              besturen: [{ naam: Stichting Een, scholen: 10 }, { naam: Stichting Twee, scholen: 31 }]
              kengetallen: { leerlingen: 9850 }
              contact: { adres: "Stationsplein 1, Almere", telefoon: "036 000 00 00", email: info@proef.example, website: https://proef.example }
            periode: { van: 2026-08-01, tot: 2030-07-31 }
            vaststelling: { bestuur: 2026-04-17 }
            basisondersteuning:
              afspraken:
                - Elke school heeft een intern begeleider.
                - Elke school maakt met ouders en leerling, als dat kan, een plan dat past bij wat het kind in de klas nodig heeft.
            schoolondersteuningsprofielen: {}
            dekkend-netwerk:
              voorzieningen:
                - { naam: SBO De Brug, soort: sbo }
                - { naam: Expertiseteam, soort: expertise }
            tlv:
              deskundigen: [orthopedagoog, jeugdarts]
              beslistermijn-weken: 6
              looptijd: Minstens een schooljaar.
            terugplaatsing: {}
            bezwaar: { adviescommissie: Landelijke Bezwaaradviescommissie, termijn-weken: 6 }
            geschillen: { commissie: Landelijke Geschillencommissie passend onderwijs }
            ouders:
              steunpunt: { naam: Steunpunt Proefregio, telefoon: "036 000 00 01" }
            """;

    private SummaryFixture() {
    }

    static LoadedPlan plan(Path directory, String yaml) throws IOException, PlanInputException {
        Files.writeString(directory.resolve("plan.yaml"), yaml, StandardCharsets.UTF_8);
        return new PlanReader().read(directory);
    }

    static void parentText(Path directory, String name, String markdown) throws IOException {
        Path folder = Files.createDirectories(directory.resolve("ouders"));
        Files.writeString(folder.resolve(name), markdown, StandardCharsets.UTF_8);
    }
}
