package nl.opmaat.core.report;

import java.util.stream.Collectors;
import nl.opmaat.core.internal.Messages;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleDefinition;

/**
 * Generates {@code docs/rules.md}: an index, then one section per rule (id, title, severity, sectors, in-force window
 * with its law source, legal basis, explanation). The page is committed; {@code RuleCatalogueTest} fails when it is
 * stale, so the catalogue people read is always the one the checker runs.
 */
public final class RuleCataloguePage {

    private static final Messages MESSAGES = Messages.forPackageOf(RuleCataloguePage.class);

    public String markdown(RuleCatalogue catalogue) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(MESSAGES.format("page.title")).append("\n\n");
        md.append(MESSAGES.format("page.intro")).append("\n\n");
        md.append("| Regel | ").append(MESSAGES.format("page.severity")).append(" | Titel |\n|---|---|---|\n");
        for (RuleDefinition rule : catalogue.rules()) {
            md.append("| [`").append(rule.id()).append("`](#").append(anchor(rule.id())).append(") | ")
                    .append(rule.severity().label()).append(" | ").append(cell(rule.title())).append(" |\n");
        }
        for (RuleDefinition rule : catalogue.rules()) {
            md.append("\n## ").append(rule.id()).append("\n\n");
            md.append("**").append(rule.title()).append("**\n\n");
            item(md, "page.severity", rule.severity().label());
            item(md, "page.sectors", rule.sectors().stream().map(s -> s.label().toUpperCase(java.util.Locale.ROOT))
                    .collect(Collectors.joining(", ")));
            item(md, "page.in-force", RuleListing.inForce(rule)
                    + (rule.lawSource().isEmpty() ? "" : " (" + MESSAGES.format("page.law-source").toLowerCase(
                            java.util.Locale.ROOT) + ": " + rule.lawSource() + ")"));
            item(md, "page.legal-basis", String.join("; ", rule.legalBasis()));
            if (!"opmaat".equals(rule.origin())) {
                item(md, "page.origin", rule.origin());
            }
            if (!rule.explanation().isEmpty()) {
                md.append("\n").append(rule.explanation()).append("\n");
            }
            if (!rule.subElements().isEmpty()) {
                md.append("\n").append(MESSAGES.format("page.elements")).append("\n\n");
                for (var element : rule.subElements()) {
                    String sectors = element.sectors().size() == 2 ? ""
                            : " (" + String.join(", ", element.sectors()).toUpperCase(java.util.Locale.ROOT) + ")";
                    md.append("- ").append(element.description()).append(sectors).append(". ")
                            .append(MESSAGES.format("page.example", element.example())).append(' ')
                            .append(MESSAGES.format("page.evidence", String.join(", ", element.evidence()))).append("\n");
                }
            }
        }
        return md.toString();
    }

    private static void item(StringBuilder md, String labelKey, String value) {
        md.append("- ").append(MESSAGES.format(labelKey)).append(": ").append(value).append("\n");
    }

    /** GitHub's heading anchor for a rule id: lower case, dots dropped. */
    static String anchor(String id) {
        return id.toLowerCase(java.util.Locale.ROOT).replace(".", "");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
