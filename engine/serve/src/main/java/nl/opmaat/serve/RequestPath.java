package nl.opmaat.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the raw path of a request for a plan file into the plan-relative name the file gate is asked for, or refuses
 * it. Refused before any file is looked at: a backslash (plain or {@code %5C}), an encoded dot, slash or percent sign
 * ({@code %2E}, {@code %2F}, {@code %25}: the only use of encoding those in a plan file's name is to slip {@code ..}
 * past a check, once or twice encoded), an invalid escape, a NUL, and after decoding any segment that is empty,
 * {@code .}, {@code ..} or hidden ({@code .git}). What passes still goes through {@code PlanFileGate}, which resolves
 * symbolic links and refuses whatever lands outside the plan folder.
 */
final class RequestPath {

    private RequestPath() {
    }

    /** The plan-relative file name in {@code raw} (the part of the request path after the prefix), if acceptable. */
    static Optional<String> planRelative(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        if (raw.indexOf('\\') >= 0 || lower.contains("%5c") || lower.contains("%2e") || lower.contains("%2f")
                || lower.contains("%25") || lower.contains("%00")) {
            return Optional.empty();
        }
        Optional<String> decoded = decode(raw);
        if (decoded.isEmpty() || decoded.get().indexOf('\\') >= 0 || decoded.get().indexOf('\0') >= 0) {
            return Optional.empty();
        }
        for (String segment : decoded.get().split("/", -1)) {
            if (segment.isEmpty() || segment.startsWith(".") || segment.indexOf(':') >= 0) {
                return Optional.empty();
            }
        }
        return decoded;
    }

    /** Strict percent-decoding as UTF-8; an invalid escape or byte sequence refuses the whole path. */
    private static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
