package nl.opmaat.core;

import nl.opmaat.core.internal.Futures;
import nl.opmaat.core.load.ChapterReader;
import nl.opmaat.core.load.SchemaValidator;
import nl.opmaat.core.rules.Law;
import nl.opmaat.core.rules.builtin.BuiltInRules;

/**
 * Starts the one-time work of a check on a second thread, so that it overlaps with what the main thread does first
 * (parsing the command line, loading plugins, reading plan.yaml): the rule catalogue with the requirements data and
 * its stems, the compiled JSON Schema and the Markdown parser. In a short process this start-up is most of the time,
 * and the machines opmaat runs on have at least two cores. Nothing is done twice: each piece is a class initialiser
 * or a cache, and the main thread waits for the JVM to finish one it reaches first.
 */
public final class StartupWarmup {

    private StartupWarmup() {
    }

    /** Begins in the background and returns at once; the thread is a daemon and never delays the exit. */
    public static void begin() {
        Futures.onDaemonThread("opmaat-warmup", StartupWarmup::warm);
    }

    private static void warm() {
        try {
            // In the order the main thread needs them: the catalogue right after the plugins, then the schema.
            BuiltInRules.catalogue(Law.load());
            new SchemaValidator();
            ChapterReader.tree("# Warm\n\nTekst met een [verwijzing](#warm).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        } catch (RuntimeException | Error e) {
            // Left alone on purpose: the main thread meets the same problem on its own path and reports it there.
        }
    }
}
