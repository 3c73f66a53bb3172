package nl.opmaat.core.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.stream.Collectors;
import nl.opmaat.core.internal.Messages;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.RuleCatalogue;
import nl.opmaat.core.rules.RuleDefinition;

/**
 * {@code opmaat rules}: the catalogue as text for people (one line per rule: id, severity, sectors, in-force window,
 * title; the legal basis below) or as JSON for tools.
 */
public final class RuleListing {

    private static final Messages MESSAGES = Messages.forPackageOf(RuleListing.class);
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void text(RuleCatalogue catalogue, Writer out) throws IOException {
        int width = catalogue.rules().stream().mapToInt(r -> r.id().length()).max().orElse(0);
        for (RuleDefinition rule : catalogue.rules()) {
            out.write(String.format("%-" + width + "s  %-12s  %-5s  %s%n", rule.id(), rule.severity().label(),
                    sectors(rule), inForce(rule)));
            out.write("    " + rule.title() + "\n");
            out.write("    " + MESSAGES.format("rules.text.legal-basis", String.join("; ", rule.legalBasis())) + "\n");
            for (var element : rule.subElements()) {
                out.write("    - " + element.description() + "\n");
            }
        }
        out.write(MESSAGES.format("rules.text.count", catalogue.rules().size()) + "\n");
    }

    /** An array of {@code {id, title, severity, sectors, inForceFrom, inForceUntil, lawSource, legalBasis, origin, explanation}}. */
    public void json(RuleCatalogue catalogue, Writer out) throws IOException {
        ArrayNode all = mapper.createArrayNode();
        for (RuleDefinition rule : catalogue.rules()) {
            ObjectNode node = all.addObject();
            node.put("id", rule.id());
            node.put("title", rule.title());
            node.put("severity", rule.severity().label());
            ArrayNode sectors = node.putArray("sectors");
            rule.sectors().forEach(s -> sectors.add(s.label()));
            node.put("inForceFrom", rule.inForceFrom().map(Object::toString).orElse(null));
            node.put("inForceUntil", rule.inForceUntil().map(Object::toString).orElse(null));
            node.put("lawSource", rule.lawSource());
            ArrayNode legal = node.putArray("legalBasis");
            rule.legalBasis().forEach(legal::add);
            node.put("origin", rule.origin());
            if (!rule.subElements().isEmpty()) {
                ArrayNode elements = node.putArray("elements");
                for (var element : rule.subElements()) {
                    ObjectNode e = elements.addObject();
                    e.put("id", element.id());
                    e.put("description", element.description());
                    e.put("example", element.example());
                    element.evidence().forEach(e.putArray("evidence")::add);
                    element.sectors().forEach(e.putArray("sectors")::add);
                }
            }
            node.put("explanation", rule.explanation());
        }
        mapper.writeValue(new NonClosingWriter(out), all);
        out.write('\n');
    }

    static String sectors(RuleDefinition rule) {
        return rule.sectors().stream().map(s -> s.label()).collect(Collectors.joining(","));
    }

    /** The in-force window in Dutch: always, pending, from a date, or from–until. */
    static String inForce(RuleDefinition rule) {
        if (Law.ALWAYS.equals(rule.info().inForce())) {
            return MESSAGES.format("rules.in-force.always");
        }
        if (rule.inForceFrom().isEmpty()) {
            return MESSAGES.format("rules.in-force.pending");
        }
        String from = rule.inForceFrom().get().toString();
        return rule.inForceUntil().map(u -> MESSAGES.format("rules.in-force.window", from, u.toString()))
                .orElse(MESSAGES.format("rules.in-force.from", from));
    }
}
