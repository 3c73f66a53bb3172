package nl.opmaat.core.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A stable identity of a finding (rule, file, line, message) for CI tools that track findings between runs: the
 * same finding in the next pipeline gets the same fingerprint, so it is not shown as new.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    /** The fingerprints of {@code entries}, in order; a repeat of an identical finding gets its own. */
    static List<String> all(List<ReportEntry> entries) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (ReportEntry e : entries) {
            String base = of(e, 0);
            int occurrence = seen.merge(base, 1, Integer::sum) - 1;
            out.add(occurrence == 0 ? base : of(e, occurrence));
        }
        return out;
    }

    /** SHA-256 (hex) of rule, file, line and message; {@code occurrence} separates otherwise identical findings. */
    static String of(ReportEntry e, int occurrence) {
        String key = e.rule() + '\u0000' + e.file() + '\u0000' + e.line() + '\u0000' + e.message()
                + (occurrence == 0 ? "" : "\u0000" + occurrence);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("Every Java platform has SHA-256", e1);
        }
    }
}
