package nl.opmaat.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.opmaat.api.text.DutchFormat;
import nl.opmaat.core.internal.Messages;

/**
 * The facts of {@code plan.yaml} that differ between two versions, each as one plain Dutch sentence: a date moved (with
 * the number of days), a gemeente added, an amount changed (with its delta), a value added or removed. List items are
 * matched by what names them ({@code gemeente}, {@code post}, {@code jaar} …), not by their place, so reordering a list
 * is no change and a new OOGO is "toegevoegd", not a shifted list.
 */
final class FactChanges {

    /**
     * Fields that name a list item, most telling first. Wider than the fingerprints' list in {@code SemanticKey}
     * ({@code post} for a budget line, {@code orgaan} for a step): that one must stay as it is or fingerprints change.
     */
    private static final List<String> IDENTITY_FIELDS = List.of("gemeente", "jaar", "post", "titel", "naam", "regel",
            "orgaan", "bestand", "school", "code", "id", "datum");
    /** Free text longer than this is summarised as "changed"; the chapters show text changes word by word. */
    private static final int LONG_TEXT = 80;
    private static final Messages MESSAGES = Messages.forPackageOf(FactChanges.class);

    private final List<String> sentences = new ArrayList<>();

    private FactChanges() {
    }

    static List<String> between(JsonNode oldRoot, JsonNode newRoot) {
        FactChanges changes = new FactChanges();
        changes.compare(List.of(), oldRoot, newRoot);
        return List.copyOf(changes.sentences);
    }

    private void compare(List<String> path, JsonNode before, JsonNode after) {
        boolean hadBefore = present(before);
        boolean hasAfter = present(after);
        if (!hadBefore && !hasAfter) {
            return;
        }
        if (!hadBefore) {
            sentences.add(MESSAGES.format("fact.added", label(path), describe(after)));
        } else if (!hasAfter) {
            sentences.add(MESSAGES.format("fact.removed", label(path), describe(before)));
        } else if (before.isObject() && after.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(names::add);
            after.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                compare(append(path, name), before.get(name), after.get(name));
            }
        } else if (before.isArray() && after.isArray()) {
            compareLists(path, before, after);
        } else if (before.isValueNode() && after.isValueNode()) {
            compareValues(path, before, after);
        } else if (!before.equals(after)) {
            sentences.add(MESSAGES.format("fact.changed", label(path), describe(before), describe(after)));
        }
    }

    private void compareLists(List<String> path, JsonNode before, JsonNode after) {
        Map<String, JsonNode> oldItems = items(before);
        Map<String, JsonNode> newItems = items(after);
        for (Map.Entry<String, JsonNode> item : newItems.entrySet()) {
            JsonNode old = oldItems.get(item.getKey());
            if (old == null) {
                sentences.add(MESSAGES.format("item.added", label(path), item.getKey(), details(item.getValue())));
            } else if (!item.getValue().isValueNode()) {
                compare(append(path, item.getKey()), old, item.getValue());
            }
        }
        for (Map.Entry<String, JsonNode> item : oldItems.entrySet()) {
            if (!newItems.containsKey(item.getKey())) {
                sentences.add(MESSAGES.format("item.removed", label(path), item.getKey()));
            }
        }
    }

    private void compareValues(List<String> path, JsonNode before, JsonNode after) {
        if (before.equals(after) || before.asText().equals(after.asText())) {
            return;
        }
        Optional<LocalDate> oldDate = date(before);
        Optional<LocalDate> newDate = date(after);
        if (oldDate.isPresent() && newDate.isPresent()) {
            long days = ChronoUnit.DAYS.between(oldDate.get(), newDate.get());
            sentences.add(MESSAGES.format(days > 0 ? "date.later" : "date.earlier", label(path),
                    DutchFormat.date(oldDate.get()), DutchFormat.date(newDate.get()), Math.abs(days)));
        } else if (before.isNumber() && after.isNumber()) {
            BigDecimal delta = after.decimalValue().subtract(before.decimalValue());
            String sign = delta.signum() > 0 ? "+" : "\u2212";
            sentences.add(MESSAGES.format("number.changed", label(path), DutchFormat.amount(before.decimalValue()),
                    DutchFormat.amount(after.decimalValue()), sign + DutchFormat.amount(delta.abs())));
        } else if (before.asText().length() > LONG_TEXT || after.asText().length() > LONG_TEXT) {
            sentences.add(MESSAGES.format("text.changed", label(path)));
        } else {
            sentences.add(MESSAGES.format("fact.changed", label(path), describe(before), describe(after)));
        }
    }

    /** List items by identity; an item without one is named by its place (1-based), a scalar by itself. */
    private static Map<String, JsonNode> items(JsonNode list) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        int index = 0;
        for (JsonNode item : list) {
            index++;
            String key = identity(item).orElse("#" + index);
            out.putIfAbsent(key, item);
        }
        return out;
    }

    private static Optional<String> identity(JsonNode item) {
        if (item.isValueNode()) {
            return Optional.of(item.asText());
        }
        for (String field : IDENTITY_FIELDS) {
            JsonNode value = item.get(field);
            if (value != null && value.isValueNode() && !value.asText().isBlank()) {
                return Optional.of(value.asText());
            }
        }
        return Optional.empty();
    }

    /** The other fields of a new list item, briefly: "(datum: 2 maart 2026)". */
    private static String details(JsonNode item) {
        if (!item.isObject()) {
            return "";
        }
        String name = identity(item).orElse(null);
        List<String> parts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isValueNode() && !field.getValue().asText().equals(name)) {
                parts.add(field.getKey() + ": " + describe(field.getValue()));
            }
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static String describe(JsonNode value) {
        if (value.isValueNode()) {
            Optional<LocalDate> date = date(value);
            if (date.isPresent()) {
                return DutchFormat.date(date.get());
            }
            if (value.isNumber()) {
                return DutchFormat.amount(value.decimalValue());
            }
            String text = value.asText();
            return text.length() > LONG_TEXT ? text.substring(0, LONG_TEXT - 1) + "\u2026" : text;
        }
        if (value.isArray()) {
            List<String> names = new ArrayList<>(items(value).keySet());
            return names.stream().allMatch(n -> n.startsWith("#")) ? MESSAGES.format("items", value.size())
                    : String.join(", ", names);
        }
        return identity(value).orElse(MESSAGES.format("section"));
    }

    private static Optional<LocalDate> date(JsonNode value) {
        String text = value.asText();
        if (!value.isTextual() || !text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean present(JsonNode node) {
        return node != null && !node.isNull() && !node.isMissingNode();
    }

    private static List<String> append(List<String> path, String segment) {
        List<String> out = new ArrayList<>(path);
        out.add(segment);
        return out;
    }

    /** {@code vaststelling › oogo › Emmen › datum}: the keys as the author typed them, list items by name. */
    private static String label(List<String> path) {
        return path.isEmpty() ? "plan.yaml" : String.join(" \u203a ", path);
    }
}
