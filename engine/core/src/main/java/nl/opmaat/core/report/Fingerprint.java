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
 * A stable identity of a finding for CI tools that track findings between runs (SARIF {@code partialFingerprints},
 * GitLab {@code fingerprint}): rule, repository-relative file, {@link SemanticKey} (what in the file it is about) and
 * message, never the line, so a finding keeps its fingerprint when lines are added above it. Findings that agree on
 * all of that get an occurrence number, in report order.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    /** The fingerprints of {@code entries} (files as the reader opens them), in order. */
    static List<String> all(List<ReportEntry> entries, List<String> repositoryPaths) {
        SemanticKey keys = new SemanticKey();
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            ReportEntry e = entries.get(i);
            String identity = e.rule() + '\u0000' + repositoryPaths.get(i) + '\u0000' + keys.of(e) + '\u0000' + e.message();
            int occurrence = seen.merge(identity, 1, Integer::sum) - 1;
            out.add(sha256(identity + '\u0000' + occurrence));
        }
        return out;
    }

    private static String sha256(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
