package nl.opmaat.pdf;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF in-process: the failed rules of one profile, as "clause-test message (n×)". */
public final class VeraPdf {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /** @param flavour {@code ua1} (PDF/UA-1) or {@code 3a} (PDF/A-3a) */
    public static List<String> failures(byte[] pdf, String flavour) throws Exception {
        PDFAFlavour profile = PDFAFlavour.fromString(flavour);
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), profile);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(profile, false)) {
            ValidationResult result = validator.validate(parser);
            TreeMap<String, Integer> failed = new TreeMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.merge(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + " "
                            + assertion.getMessage(), 1, Integer::sum);
                }
            }
            if (!result.isCompliant() && failed.isEmpty()) {
                failed.put("not compliant without a failed assertion", 1);
            }
            return failed.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + "x)").toList();
        }
    }
}
