package nl.opmaat.core.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.opmaat.api.Severity;
import nl.opmaat.core.internal.Messages;
import nl.opmaat.core.rules.PlanReport;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleDefinition;

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, the whole catalogue (plus {@code invoer}) in
 * {@code tool.driver.rules}, each built-in rule with a {@code helpUri} into docs/rules.md, one result per finding.
 * Every result has {@code suppressions} (SARIF wants all or none): empty, or for a waived finding one external,
 * accepted suppression with the plan's reason. GitHub code scanning does not show these as dismissed; other SARIF
 * viewers do. Paths are made relative to {@code base} (the repository root) so code scanning can link them to the file.
 */
public final class SarifReporter implements Reporter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final Messages MESSAGES = Messages.forPackageOf(SarifReporter.class);

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path base;
    private final String toolVersion;

    /**
     * @param base        the directory paths are made relative to (the CLI passes the working directory)
     * @param toolVersion opmaat's version, shown by SARIF viewers
     */
    public SarifReporter(Path base, String toolVersion) {
        this.base = base.toAbsolutePath().normalize();
        this.toolVersion = toolVersion;
    }

    @Override
    public void write(CheckResult result, Writer out) throws IOException {
        ObjectNode log = mapper.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "opmaat");
        driver.put("version", toolVersion);
        driver.put("informationUri", ProjectLinks.REPOSITORY);
        List<String> ruleIds = rules(driver.putArray("rules"), result.catalogue());
        ArrayNode results = run.putArray("results");
        for (PlanReport plan : result.plans()) {
            List<ReportEntry> entries = ReportEntry.of(plan);
            // Fingerprints from the repository-relative path: the same on every machine and checkout.
            List<String> fingerprints = Fingerprint.all(entries,
                    entries.stream().map(e -> RepoPath.relative(base, e.file())).toList());
            for (int i = 0; i < entries.size(); i++) {
                results.add(result(entries.get(i), fingerprints.get(i), ruleIds));
            }
        }
        run.put("columnKind", "unicodeCodePoints");
        mapper.writeValue(new NonClosingWriter(out), log);
        out.write('\n');
    }

    /** Writes the rule metadata and returns the ids in index order (results point at them with ruleIndex). */
    private List<String> rules(ArrayNode rules, RuleCatalogue catalogue) {
        List<String> ids = new ArrayList<>();
        ObjectNode input = rules.addObject();
        input.put("id", ReportEntry.INPUT_RULE);
        input.putObject("shortDescription").put("text", MESSAGES.format("invoer.title"));
        input.putObject("fullDescription").put("text", MESSAGES.format("invoer.uitleg"));
        input.putObject("help").put("text", MESSAGES.format("invoer.uitleg"));
        input.putObject("defaultConfiguration").put("level", level(Severity.FOUT));
        input.put("helpUri", ProjectLinks.REPOSITORY + "/blob/main/docs/plan-format.md");
        ids.add(ReportEntry.INPUT_RULE);
        for (RuleDefinition rule : catalogue.rules()) {
            ObjectNode node = rules.addObject();
            node.put("id", rule.id());
            node.putObject("shortDescription").put("text", rule.title());
            String explanation = rule.explanation().isEmpty() ? rule.title() : rule.explanation();
            node.putObject("fullDescription").put("text", explanation);
            ObjectNode help = node.putObject("help");
            help.put("text", explanation + "\n\nWettelijke basis: " + String.join("; ", rule.legalBasis()) + ".");
            help.put("markdown", explanation + "\n\n**Wettelijke basis:** " + String.join("; ", rule.legalBasis()) + ".");
            node.putObject("defaultConfiguration").put("level", level(rule.severity()));
            if ("opmaat".equals(rule.origin())) {
                // Plugin rules are documented by their plugin, not in opmaat's catalogue page.
                node.put("helpUri", ProjectLinks.ruleHelp(rule.id()));
            }
            ObjectNode properties = node.putObject("properties");
            ArrayNode legal = properties.putArray("legalBasis");
            rule.legalBasis().forEach(legal::add);
            ArrayNode sectors = properties.putArray("sectors");
            rule.sectors().forEach(s -> sectors.add(s.label()));
            rule.inForceFrom().ifPresent(d -> properties.put("inForceFrom", d.toString()));
            rule.inForceUntil().ifPresent(d -> properties.put("inForceUntil", d.toString()));
            if (!rule.lawSource().isEmpty()) {
                properties.put("lawSource", rule.lawSource());
            }
            properties.put("severity", rule.severity().label());
            properties.put("origin", rule.origin());
            ids.add(rule.id());
        }
        return ids;
    }

    private ObjectNode result(ReportEntry e, String fingerprint, List<String> ruleIds) {
        ObjectNode r = mapper.createObjectNode();
        r.put("ruleId", e.rule());
        int index = ruleIds.indexOf(e.rule());
        if (index >= 0) {
            r.put("ruleIndex", index);
        }
        r.put("level", level(e.severity()));
        r.putObject("message").put("text", e.hint().isEmpty() ? e.message() : e.message() + " " + e.hint());
        ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri(e.file()));
        if (e.line() > 0) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", e.line());
            if (e.column() > 0) {
                region.put("startColumn", e.column());
            }
        }
        r.putObject("partialFingerprints").put("opmaatFinding/v2", fingerprint);
        // On every result (SARIF: all or none): empty means "not suppressed"; a waiver is an external suppression.
        ArrayNode suppressions = r.putArray("suppressions");
        if (e.waived()) {
            ObjectNode suppression = suppressions.addObject();
            suppression.put("kind", "external");
            suppression.put("status", "accepted");
            suppression.put("justification", e.waiver());
        }
        return r;
    }

    /** fout → error, waarschuwing → warning, advies → note. */
    static String level(Severity severity) {
        return switch (severity) {
            case FOUT -> "error";
            case WAARSCHUWING -> "warning";
            case ADVIES -> "note";
        };
    }

    /** A relative URI with forward slashes when the file lies under {@code base}, else a file: URI. */
    String uri(String file) {
        if (!RepoPath.under(base, file)) {
            return Path.of(file).toAbsolutePath().normalize().toUri().toString();
        }
        return RepoPath.uriReference(RepoPath.relative(base, file));
    }
}
