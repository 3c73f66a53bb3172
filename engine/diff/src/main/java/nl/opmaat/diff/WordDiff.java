package nl.opmaat.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opmaat.core.document.Inline;

/**
 * The word-level difference of two texts as inline content: unchanged words as text, the rest as
 * {@link Inline.Deleted} followed by {@link Inline.Inserted}. Words and the white space between them are separate
 * tokens, so accepting every change gives exactly the new text and rejecting every change exactly the old.
 */
final class WordDiff {

    /** A word, a run of white space, or one punctuation mark: "plan," changes as "plan" and ",". */
    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}\\p{M}'’_-]+|.", Pattern.DOTALL);

    private WordDiff() {
    }

    static List<Inline> of(String oldText, String newText) {
        List<String> from = tokens(oldText);
        List<String> to = tokens(newText);
        Patch<String> patch = DiffUtils.diff(from, to);
        Builder out = new Builder();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            out.text(String.join("", from.subList(position, start)));
            out.deleted(String.join("", delta.getSource().getLines()));
            out.inserted(String.join("", delta.getTarget().getLines()));
            position = start + delta.getSource().size();
        }
        out.text(String.join("", from.subList(position, from.size())));
        return out.content;
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Joins neighbours of the same kind, so Word shows one change per phrase, not per word. */
    private static final class Builder {
        final List<Inline> content = new ArrayList<>();

        void text(String text) {
            if (text.isEmpty()) {
                return;
            }
            if (last() instanceof Inline.Text t) {
                content.set(content.size() - 1, new Inline.Text(t.text() + text));
            } else {
                content.add(new Inline.Text(text));
            }
        }

        void deleted(String text) {
            if (!text.isEmpty()) {
                content.add(new Inline.Deleted(text));
            }
        }

        void inserted(String text) {
            if (!text.isEmpty()) {
                content.add(new Inline.Inserted(text));
            }
        }

        private Inline last() {
            return content.isEmpty() ? null : content.get(content.size() - 1);
        }
    }
}
