package nl.opmaat.expect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opmaat.api.Finding;

/**
 * The expected findings of a fixture plan, written beside the line they belong to, as Checkstyle writes
 * {@code // violation 'message'} in its inputs: {@code # expect: <rule-id>} in YAML ({@code <!-- expect: ... -->} in
 * Markdown; {@code expect-next:} for the line below). Each item may say which message the finding has:
 * <ul>
 *   <li>{@code <rule-id>:<key>}: the message key the rule reports with ({@code de-eem.sbo-streefwaarde:weaker} for the
 *       bundle entry {@code de-eem.sbo-streefwaarde.weaker});</li>
 *   <li>{@code <rule-id> 'fragment'} (or {@code "fragment"}): a piece of the Dutch message.</li>
 * </ul>
 * Items are separated by commas; an item listed twice expects two findings on that line. The comparison is a
 * multiset: a rule that reports twice, on another line, or with another message fails the fixture.
 */
public final class ExpectComments {

    private static final Pattern COMMENT = Pattern.compile("(?:#|<!--)\\s*expect(-next)?:\\s*(.*?)\\s*(?:-->)?\\s*$");
    private static final Pattern ITEM = Pattern.compile(
            "\\s*([a-z0-9.-]+)(?::([a-z0-9.-]+))?(?:\\s+(?:'([^']*)'|\"([^\"]*)\"))?\\s*(,|$)");

    /**
     * One expected finding.
     *
     * @param key      the message key after the rule id, or null
     * @param fragment a piece of the message, or null
     */
    public record Expectation(String file, int line, String ruleId, String key, String fragment) {

        String place() {
            return file + ":" + line + " " + ruleId;
        }

        @Override
        public String toString() {
            return place() + (key == null ? "" : ":" + key) + (fragment == null ? "" : " '" + fragment + "'");
        }
    }

    /** Expected and actual findings as sorted lines, for one {@code assertEquals} that shows the difference. */
    public record Comparison(List<String> expected, List<String> actual) {
    }

    /**
     * Says whether a finding's message is the one of a message key: ({@code ruleId}, {@code key}) to the bundle's
     * pattern, or empty when the rule has no such key.
     */
    @FunctionalInterface
    public interface MessagePatterns extends BiFunction<String, String, Optional<String>> {
        MessagePatterns NONE = (rule, key) -> Optional.empty();
    }

    private ExpectComments() {
    }

    /** Every expectation in the files under {@code planDirectory}, in file and line order. */
    public static List<Expectation> read(Path planDirectory) {
        List<Expectation> out = new ArrayList<>();
        try (var files = Files.walk(planDirectory)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = planDirectory.relativize(file).toString().replace('\\', '/');
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = COMMENT.matcher(lines.get(i));
                    if (m.find()) {
                        int line = m.group(1) == null ? i + 1 : i + 2;
                        items(relative, line, m.group(2), out);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void items(String file, int line, String text, List<Expectation> out) {
        Matcher item = ITEM.matcher(text);
        int at = 0;
        while (at < text.length() && item.find(at) && item.start() == at) {
            String fragment = item.group(3) != null ? item.group(3) : item.group(4);
            out.add(new Expectation(file, line, item.group(1), item.group(2), fragment));
            at = item.end();
        }
        if (at < text.length()) {
            throw new IllegalArgumentException(file + ":" + line + ": cannot read the expectation '" + text.substring(at)
                    + "'; write <rule-id>, <rule-id>:<message-key> or <rule-id> 'part of the message', separated by commas");
        }
    }

    /**
     * The expectations of the plan against the findings. A finding that meets an expectation is shown as that
     * expectation; one that meets none is shown with its whole message, so the failing assertion says what the rule
     * reported instead.
     */
    public static Comparison compare(Path planDirectory, List<Finding> findings, MessagePatterns patterns) {
        List<Expectation> expectations = read(planDirectory);
        List<String> expected = new ArrayList<>(expectations.stream().map(Expectation::toString).toList());
        Map<String, List<Expectation>> open = new LinkedHashMap<>();
        // Expectations with a message first, so a plain one does not take the finding a specific one needs.
        expectations.stream().sorted((a, b) -> Boolean.compare(plain(a), plain(b)))
                .forEach(e -> open.computeIfAbsent(e.place(), k -> new ArrayList<>()).add(e));
        List<String> actual = new ArrayList<>();
        for (Finding finding : findings) {
            String place = finding.position().file() + ":" + finding.position().line() + " " + finding.ruleId();
            List<Expectation> candidates = open.getOrDefault(place, new ArrayList<>());
            Optional<Expectation> met = candidates.stream().filter(e -> meets(finding, e, patterns)).findFirst();
            if (met.isPresent()) {
                candidates.remove(met.get());
                actual.add(met.get().toString());
            } else {
                actual.add(place + " '" + finding.message() + "'");
            }
        }
        expected.sort(null);
        actual.sort(null);
        return new Comparison(expected, actual);
    }

    private static boolean plain(Expectation e) {
        return e.key() == null && e.fragment() == null;
    }

    static boolean meets(Finding finding, Expectation e, MessagePatterns patterns) {
        if (e.fragment() != null && !finding.message().contains(e.fragment())) {
            return false;
        }
        if (e.key() != null) {
            Optional<String> pattern = patterns.apply(finding.ruleId(), e.key());
            return pattern.isPresent() && MessagePattern.matches(pattern.get(), finding.message());
        }
        return true;
    }

    /** {@code file:line rule-id} per finding, sorted: the multiset without messages. */
    public static List<String> actual(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        findings.forEach(f -> out.add(f.position().file() + ":" + f.position().line() + " " + f.ruleId()));
        out.sort(null);
        return out;
    }

    /** {@code file:line rule-id} per expectation, sorted, ignoring any message it names. */
    public static List<String> expected(Path planDirectory) {
        List<String> out = new ArrayList<>(read(planDirectory).stream().map(Expectation::place).toList());
        out.sort(null);
        return out;
    }
}
