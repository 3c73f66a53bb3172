package nl.opmaat.core.rules.requirements;

import java.util.regex.Pattern;

/** A way of writing that sends the reader elsewhere instead of describing: "staat op de website", "volgt later". */
record Deferral(Pattern pattern, String to) {
}
