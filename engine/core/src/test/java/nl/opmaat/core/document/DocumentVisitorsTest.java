package nl.opmaat.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The visitors cannot fall behind the sealed tree. A new record permitted by {@link Block} or {@link Inline} must get
 * its own visitor method (this test), and then every walk that implements the visitor stops compiling until it says
 * what the new kind means: no writer, redline or text extractor can drop it silently.
 */
class DocumentVisitorsTest {

    @Test
    void blockVisitorHasOneMethodPerKindOfBlock() {
        assertOneMethodPerKind(Block.class, Block.Visitor.class);
    }

    @Test
    void inlineVisitorHasOneMethodPerKindOfInline() {
        assertOneMethodPerKind(Inline.class, Inline.Visitor.class);
    }

    @Test
    void everyBlockCallsItsOwnVisitorMethod() {
        Block.Visitor<?> visitor = recordingVisitor(Block.Visitor.class);
        for (Class<?> kind : Block.class.getPermittedSubclasses()) {
            Block block = (Block) sample(kind);
            assertEquals(kind, block.accept(visitor), kind.getSimpleName() + ".accept calls the wrong visitor method");
        }
    }

    @Test
    void everyInlineCallsItsOwnVisitorMethod() {
        Inline.Visitor<?> visitor = recordingVisitor(Inline.Visitor.class);
        for (Class<?> kind : Inline.class.getPermittedSubclasses()) {
            Inline inline = (Inline) sample(kind);
            assertEquals(kind, inline.accept(visitor), kind.getSimpleName() + ".accept calls the wrong visitor method");
        }
    }

    @Test
    void headingsAreFoundInsideQuotesAsidesAndListItemsInReadingOrder() {
        Block.Heading first = heading("eerste");
        Block.Heading inQuote = heading("in citaat");
        Block.Heading inItem = heading("in opsomming");
        Block.Heading ofAside = heading("kader");
        Block.Heading inAside = heading("in kader");
        Block.Heading last = heading("laatste");
        List<Block> blocks = List.of(first, new Block.Paragraph(List.of(new Inline.Text("tekst"))),
                new Block.Quote(List.of(inQuote)),
                new Block.ListBlock(false, List.of(List.of(new Block.Paragraph(List.of())), List.of(inItem))),
                new Block.Aside(ofAside, List.of(new Block.Paragraph(List.of()), inAside)),
                new Block.TableOfContents(), last);
        assertEquals(List.of(first, inQuote, inItem, ofAside, inAside, last), Blocks.headings(blocks));
        assertEquals(13, Blocks.flatten(blocks).count(), "every block once, nested ones after their container");
    }

    private static Block.Heading heading(String title) {
        return new Block.Heading(2, List.of(new Inline.Text(title)), title, Block.Numbering.NUMBERED);
    }

    private static void assertOneMethodPerKind(Class<?> sealed, Class<?> visitor) {
        List<String> kinds = Arrays.stream(sealed.getPermittedSubclasses()).map(Class::getName).sorted().toList();
        List<String> visited = Arrays.stream(visitor.getDeclaredMethods()).filter(m -> !m.isSynthetic())
                .map(m -> {
                    assertFalse(m.isDefault(), m + " has a default, so a walk could skip that kind");
                    assertEquals(1, m.getParameterCount(), m + " takes one node");
                    return m.getParameterTypes()[0].getName();
                }).sorted().toList();
        assertEquals(kinds, visited, visitor.getName() + " must have exactly one method per permitted "
                + sealed.getSimpleName());
    }

    /** A visitor whose every method returns the kind it was called for. */
    @SuppressWarnings("unchecked")
    private static <V> V recordingVisitor(Class<V> type) {
        return (V) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> visitedKind(method));
    }

    private static Class<?> visitedKind(Method method) {
        return method.getParameterCount() == 1 ? method.getParameterTypes()[0] : null;
    }

    /** A node of {@code kind} made with its canonical constructor and empty values. */
    private static Object sample(Class<?> kind) {
        RecordComponent[] components = kind.getRecordComponents();
        if (components == null) {
            fail(kind + " is not a record");
        }
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = Arrays.stream(types).map(DocumentVisitorsTest::emptyValue).toArray();
        try {
            return kind.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot make a " + kind.getSimpleName(), e);
        }
    }

    private static Object emptyValue(Class<?> type) {
        if (type == int.class) {
            return 0;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == String.class) {
            return "";
        }
        if (type == List.class) {
            return List.of();
        }
        if (type == byte[].class) {
            return new byte[0];
        }
        if (type == Block.Heading.class) {
            return sample(Block.Heading.class);
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        throw new AssertionError("no empty value for " + type + ": add one here");
    }
}
