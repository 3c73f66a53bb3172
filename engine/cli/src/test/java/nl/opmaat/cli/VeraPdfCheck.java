package nl.opmaat.cli;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Validates a PDF in-process with veraPDF; returns the failed rules (empty when the PDF conforms). */
final class VeraPdfCheck {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdfCheck() {
    }

    /** @param flavour {@code ua1} or {@code 3a} */
    static List<String> failures(byte[] pdf, String flavour) throws Exception {
        PDFAFlavour profile = PDFAFlavour.fromString(flavour);
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), profile);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(profile, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                    .distinct().toList();
        }
    }
}
