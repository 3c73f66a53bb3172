package nl.opmaat.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Numbers and dates handed to a plain placeholder are written the Dutch way, not MessageFormat's. */
class MessagesTest {

    private final Messages messages = Messages.forPackageOf(nl.opmaat.core.rules.PlanReport.class);

    @Test
    void writesAYearPassedAsANumberWithoutGrouping() {
        // content.too-short=er staan maar {0} woorden onder de kop
        assertEquals("er staan maar 2028 woorden onder de kop", messages.format("content.too-short", 2028));
        assertEquals("er staan maar 12.500 woorden onder de kop",
                messages.format("content.too-short", new BigDecimal("12500")));
    }

    @Test
    void writesADateOut() {
        assertEquals("er staan maar 9 februari 2026 woorden onder de kop",
                messages.format("content.too-short", LocalDate.of(2026, 2, 9)));
    }

    @Test
    void leavesChoicePlaceholdersTheirNumber() {
        Messages report = Messages.forPackageOf(nl.opmaat.core.report.Reporter.class);
        assertEquals("2 bevindingen vanaf ernst fout", report.format("junit.failure", 2, "fout"));
    }
}
