package nl.opmaat.api.model;

import java.time.LocalDate;

/** Key figures on a count date; every field may be null. Percentages are 0–100. */
public record Kengetallen(LocalDate teldatum, Integer leerlingen, Integer scholen, Double deelnamepercentageSbo,
                          Double deelnamepercentageSo, Double deelnamepercentageVso) {
}
