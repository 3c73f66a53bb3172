package nl.opmaat.api.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DutchFormatTest {

    @Test
    void writesYearsAndSchoolYearsWithoutGrouping() {
        assertEquals("2028", DutchFormat.year(2028));
        assertEquals("2026-2027", DutchFormat.schoolYear(2026));
    }

    @Test
    void writesAmountsInEurosGroupedByThousands() {
        assertEquals("€ 13.905.000", DutchFormat.euro(new BigDecimal("13905000")));
        assertEquals("€ 1.250,50", DutchFormat.euro(new BigDecimal("1250.5")));
        assertEquals("€ 950", DutchFormat.euro(new BigDecimal("950.00")));
        assertEquals("€ -25.000", DutchFormat.euro(new BigDecimal("-25000")));
        assertEquals("3.200.000", DutchFormat.amount(new BigDecimal("3200000")));
    }

    @Test
    void groupsCountsOnlyFromTenThousand() {
        assertEquals("9500", DutchFormat.number(9500));
        assertEquals("10.000", DutchFormat.number(10_000));
        assertEquals("24.310", DutchFormat.number(Integer.valueOf(24_310)));
        assertEquals("15,5", DutchFormat.number(15.5));
        assertEquals("-12.400", DutchFormat.number(-12_400L));
    }

    @Test
    void writesPercentagesWithACommaAndASpacedSign() {
        assertEquals("3,5 %", DutchFormat.percentage(new BigDecimal("3.5")));
        assertEquals("5 %", DutchFormat.percentage(new BigDecimal("5.0")));
    }

    @Test
    void writesDatesOut() {
        assertEquals("1 augustus 2026", DutchFormat.date(LocalDate.of(2026, 8, 1)));
    }
}
