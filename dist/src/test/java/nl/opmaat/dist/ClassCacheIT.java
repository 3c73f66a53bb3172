package nl.opmaat.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The release zip's class-data cache (bin/opmaat-class-cache.sh), run as a user runs it: the first run makes a cache in
 * the user's cache folder, the next run loads opmaat's classes from it, a changed jar gets a cache of its own, a
 * damaged cache is ignored without a word, and each command that renders keeps a cache of its own. Runs on this JVM (AppCDS before Java 25) and on every Java 25 or later
 * installed beside it (AOT cache).
 */
class ClassCacheIT {

    private static final Path ROOT = Path.of(System.getProperty("opmaat.root")).toAbsolutePath().normalize();

    /** This JVM, and each JDK of version 25 or later installed next to it (as /usr/lib/jvm holds several). */
    static List<Path> javaHomes() throws IOException {
        List<Path> homes = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"))));
        Path parent = homes.get(0).toRealPath().getParent();
        if (parent != null) {
            try (Stream<Path> siblings = Files.list(parent)) {
                siblings.filter(home -> Files.isExecutable(home.resolve("bin/java")))
                        .filter(home -> featureVersion(home) >= 25)
                        .sorted().forEach(homes::add);
            }
        }
        return homes;
    }

    @ParameterizedTest
    @MethodSource("javaHomes")
    void theSecondRunUsesTheCacheAChangedJarGetsANewOneAndADamagedOneIsIgnored(Path javaHome, @TempDir Path temp)
            throws Exception {
        Path home = ReleaseZipIT.unpacked(Files.createDirectories(temp.resolve("zip")));
        Path plan = temp.resolve("plan");
        ReleaseZipIT.copy(ROOT.resolve("plan-sources/voorbeeld"), plan);
        Path cache = temp.resolve("cache");
        Map<String, String> env = Map.of("JAVA_HOME", javaHome.toString(), "XDG_CACHE_HOME", cache.toString());

        ReleaseZipIT.Run first = run(home, temp, env, "check", "--quiet", plan.toString());
        assertEquals(0, first.code(), first.err());
        assertEquals("", first.err(), "the first run, which makes the cache, prints nothing extra");
        Path made = awaitOneCacheFile(cache.resolve("opmaat"), List.of());
        try (Stream<Path> planFiles = Files.walk(plan)) {
            assertTrue(planFiles.noneMatch(p -> p.getFileName().toString().matches(".*\\.(jsa|aot|aotconf|classlist|tmp)")),
                    "nothing is written into the plan folder");
        }

        Path log = temp.resolve("class-load.log");
        Map<String, String> logged = new java.util.HashMap<>(env);
        logged.put("OPMAAT_JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
        ReleaseZipIT.Run second = run(home, temp, logged, "check", "--quiet", plan.toString());
        assertEquals(0, second.code(), second.err());
        assertEquals("", second.err());
        assertEquals(first.out(), second.out(), "the cache changes nothing in the output");
        String loaded = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(loaded.lines().anyMatch(l -> l.contains("nl.opmaat.cli.Main source: shared objects file")),
                "opmaat's own classes come from the cache " + made.getFileName());
        if (featureVersion(javaHome) < 25) {
            // picocli is compiled for Java 5: Java 17's dynamic archive left its classes out, a static one keeps them.
            // (Java 25's AOT cache leaves them out as well; nothing the launcher can change.)
            assertTrue(loaded.lines().anyMatch(l -> l.contains("picocli.CommandLine source: shared objects file")),
                    "picocli's classes come from the cache too");
        }

        // A rebuilt jar: other content, so another key and a second cache beside the first.
        Path cli = home.resolve("lib").resolve("opmaat-cli-" + System.getProperty("opmaat.version") + ".jar");
        try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + cli.toUri()), Map.of())) {
            Files.writeString(jar.getPath("rebuilt.txt"), "another build");
        }
        ReleaseZipIT.Run rebuilt = run(home, temp, env, "check", "--quiet", plan.toString());
        assertEquals(0, rebuilt.code(), rebuilt.err());
        assertEquals("", rebuilt.err());
        Path remade = awaitOneCacheFile(cache.resolve("opmaat"), List.of(made));
        assertNotEquals(made.getFileName(), remade.getFileName(), "a changed jar makes a new key");

        // A damaged cache: Java runs without it, with exit 0 and nothing on stderr.
        Files.writeString(remade, "geen cache");
        ReleaseZipIT.Run damaged = run(home, temp, env, "check", "--quiet", plan.toString());
        assertEquals(0, damaged.code(), damaged.err());
        assertEquals("", damaged.err());
        assertEquals(first.out(), damaged.out());

        // Each command that renders gets a cache of its own: neither a first check nor a first summary may leave every
        // build loading the PDF and DOCX classes from the jars.
        Path out = temp.resolve("uit");
        ReleaseZipIT.Run build = run(home, temp, env, "build", "--format", "html", "--out", out.toString(),
                plan.toString());
        assertTrue(Files.isRegularFile(out.resolve("ondersteuningsplan.html")), build.err());
        Path building = awaitOneCacheFile(cache.resolve("opmaat"), List.of(made, remade));
        assertTrue(building.getFileName().toString().contains("-build."), building.getFileName().toString());
        assertTrue(made.getFileName().toString().contains("-check."), made.getFileName().toString());
        ReleaseZipIT.Run summary = run(home, temp, env, "summary", "--format", "html", "--out",
                temp.resolve("samenvatting").toString(), plan.toString());
        assertEquals(0, summary.code(), summary.err());
        Path summarising = awaitOneCacheFile(cache.resolve("opmaat"), List.of(made, remade, building));
        assertTrue(summarising.getFileName().toString().contains("-summary."), summarising.getFileName().toString());
    }

    private static ReleaseZipIT.Run run(Path home, Path workDir, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/opmaat").toString()));
        command.addAll(List.of(args));
        return ReleaseZipIT.run(workDir, env, command.toArray(String[]::new));
    }

    /**
     * The one finished cache file that is not among {@code known}. On Java 25 the cache is assembled in the background
     * after the run, so this waits for it (a bounded wait for a file, not a timing assertion).
     */
    private static Path awaitOneCacheFile(Path folder, List<Path> known) throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 600; attempt++) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    List<Path> fresh = files.filter(f -> f.toString().endsWith(".jsa") || f.toString().endsWith(".aot"))
                            .filter(f -> !known.contains(f)).toList();
                    if (fresh.size() == 1 && !hasPendingWork(folder)) {
                        return fresh.get(0);
                    }
                    assertTrue(fresh.size() <= 1, fresh.toString());
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no cache file was made in " + folder);
    }

    private static boolean hasPendingWork(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.toString().endsWith(".tmp") || f.toString().endsWith(".aotconf")
                    || f.toString().endsWith(".classlist"));
        }
    }

    private static int featureVersion(Path javaHome) {
        try {
            for (String line : Files.readAllLines(javaHome.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=\"")) {
                    String version = line.substring("JAVA_VERSION=\"".length());
                    return Integer.parseInt(version.replaceAll("[^0-9].*", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
