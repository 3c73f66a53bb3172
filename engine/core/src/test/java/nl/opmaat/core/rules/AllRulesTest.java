package nl.opmaat.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.opmaat.api.rule.Rule;
import nl.opmaat.api.rule.RuleInfo;
import nl.opmaat.core.rules.builtin.BuiltInRules;
import org.junit.jupiter.api.Test;

/**
 * Guards the catalogue as a whole (STYLE.md §3): ids, registration, bundle keys and tests of every built-in rule.
 * Classes are found by scanning {@code target/classes}, so a rule that is written but not registered is caught.
 */
class AllRulesTest {

    private static final Pattern ID = Pattern.compile("^[a-z0-9]+(\\.[a-z0-9-]+)+$");
    private static final String RULES_PACKAGE = "nl.opmaat.core.rules";
    private static final Path CLASSES = Path.of("target/classes");
    private static final Path TEST_CLASSES = Path.of("target/test-classes");
    private static final List<Rule> REGISTERED = new BuiltInRules().rules();

    @Test
    void idsAreUniqueAndWellFormed() {
        Set<String> seen = new HashSet<>();
        for (Rule rule : REGISTERED) {
            String id = info(rule).id();
            assertTrue(ID.matcher(id).matches(), id + " does not match " + ID);
            assertTrue(seen.add(id), "duplicate rule id " + id);
        }
    }

    @Test
    void everyRuleClassIsRegistered() throws IOException {
        Set<String> registered = new TreeSet<>();
        REGISTERED.forEach(r -> registered.add(r.getClass().getName()));
        Set<String> found = new TreeSet<>();
        for (Class<?> type : ruleClasses()) {
            found.add(type.getName());
        }
        Set<String> missing = new TreeSet<>(found);
        missing.removeAll(registered);
        assertEquals(Set.of(), missing, "rule classes not listed in BuiltInRules");
        assertTrue(found.size() >= registered.size(), "the scan found fewer rule classes than are registered");
    }

    @Test
    void everyRuleHasTitleExplanationAndItsMessagesWithHints() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Rule rule : REGISTERED) {
            Class<?> type = rule.getClass();
            String id = info(rule).id();
            if (rule instanceof DataRule data) {
                // Texts of a data rule: title and explanation from requirements.yaml, messages shared by all of them.
                // The requirement evaluator reports "missing" for every entry; the b1 rules word their own messages.
                List<String> required = data.subElements().isEmpty() ? List.of(id + ".title", id + ".uitleg")
                        : List.of(id + ".title", id + ".uitleg", id + ".missing", id + ".missing.hint");
                for (String key : required) {
                    if (!data.messages().has(key)) {
                        problems.add(id + ": missing " + key);
                    }
                }
                for (String message : messageKeys(type)) {
                    if (!data.messages().has(message) && !data.messages().has(id + "." + message)) {
                        problems.add(id + ": missing " + message);
                    }
                }
                continue;
            }
            Properties bundle = bundle(type.getPackageName());
            for (String key : List.of(id + ".title", id + ".uitleg")) {
                if (!bundle.containsKey(key)) {
                    problems.add(type.getSimpleName() + ": missing " + key);
                }
            }
            for (String message : messageKeys(type)) {
                for (String key : List.of(id + "." + message, id + "." + message + ".hint")) {
                    if (!bundle.containsKey(key)) {
                        problems.add(type.getSimpleName() + ": missing " + key);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void noBundleKeyIsUnused() throws IOException {
        Map<String, Set<String>> usedByPackage = new HashMap<>();
        for (Rule rule : REGISTERED) {
            Class<?> type = rule.getClass();
            if (rule instanceof DataRule) {
                continue; // RequirementCatalogueTest checks the keys of the requirements' bundle
            }
            String id = info(rule).id();
            Set<String> used = usedByPackage.computeIfAbsent(type.getPackageName(), p -> new HashSet<>());
            used.add(id + ".title");
            used.add(id + ".uitleg");
            for (String message : messageKeys(type)) {
                used.add(id + "." + message);
                used.add(id + "." + message + ".hint");
            }
        }
        List<String> unused = new ArrayList<>();
        for (Map.Entry<String, Set<String>> p : usedByPackage.entrySet()) {
            if (p.getKey().equals(RULES_PACKAGE)) {
                continue; // the shared keys (content.*, paragraaf.*) every presence rule uses
            }
            for (String key : bundle(p.getKey()).stringPropertyNames()) {
                if (!p.getValue().contains(key)) {
                    unused.add(p.getKey() + ": " + key);
                }
            }
        }
        unused.sort(null);
        assertEquals(List.of(), unused, "bundle keys no rule uses");
    }

    @Test
    void everyRuleHasATest() throws IOException {
        List<String> untested = new ArrayList<>();
        for (Class<?> type : ruleClasses()) {
            Path test = TEST_CLASSES.resolve(type.getName().replace('.', '/') + "Test.class");
            if (!Files.isRegularFile(test)) {
                untested.add(type.getName() + "Test");
            }
        }
        assertEquals(List.of(), untested, "rule classes without a test");
    }

    private static RuleInfo info(Rule rule) {
        RuleInfo info = rule instanceof DataRule data ? data.info() : rule.getClass().getAnnotation(RuleInfo.class);
        assertTrue(info != null, rule.getClass().getName() + " lacks @RuleInfo");
        return info;
    }

    /** Concrete classes implementing Rule under nl.opmaat.core.rules, from the compiled classes. */
    private static List<Class<?>> ruleClasses() throws IOException {
        Path root = CLASSES.resolve(RULES_PACKAGE.replace('.', '/'));
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = CLASSES.relativize(file).toString().replace('\\', '/').replace('/', '.');
                name = name.substring(0, name.length() - ".class".length());
                Class<?> type;
                try {
                    type = Class.forName(name, false, AllRulesTest.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    throw new AssertionError("compiled class not loadable: " + name, e);
                }
                if (Rule.class.isAssignableFrom(type) && !type.isInterface()
                        && !Modifier.isAbstract(type.getModifiers())) {
                    out.add(type);
                }
            }
        }
        assertTrue(!out.isEmpty(), "no rule classes under " + root.toAbsolutePath());
        return out;
    }

    /** The values of the class's {@code static final String MSG_*} constants. */
    private static List<String> messageKeys(Class<?> type) {
        List<String> keys = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            int m = field.getModifiers();
            if (field.getName().startsWith("MSG_") && Modifier.isStatic(m) && Modifier.isFinal(m)
                    && field.getType() == String.class) {
                try {
                    field.setAccessible(true);
                    keys.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return keys;
    }

    /** The package's own messages.properties (not the shared parent), read as UTF-8 like ResourceBundle does. */
    private static Properties bundle(String packageName) throws IOException {
        Properties p = new Properties();
        String resource = "/" + packageName.replace('.', '/') + "/messages.properties";
        try (InputStream in = AllRulesTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, "no bundle " + resource);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
