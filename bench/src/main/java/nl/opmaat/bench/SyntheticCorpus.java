package nl.opmaat.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A corpus of many plans made from the shipped plan-sources: copy {@code i} is plan-source {@code i mod n} with one
 * sentence added to its first chapter, so no two plans share a text (and no cache of one plan's text serves another).
 * Also a command, for timing whole processes: {@code java -cp ... nl.opmaat.bench.SyntheticCorpus <map> <aantal>}.
 */
public final class SyntheticCorpus {

    private SyntheticCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        List<Path> plans = write(planSources(Path.of(args.length > 2 ? args[2] : "plan-sources")), target, count);
        System.out.println(plans.size() + " plannen in " + target);
    }

    /** The shipped plan folders under {@code planSources}, in name order. */
    public static List<Path> planSources(Path planSources) throws IOException {
        try (Stream<Path> folders = Files.list(planSources)) {
            return folders.filter(dir -> Files.isRegularFile(dir.resolve("plan.yaml"))).sorted().toList();
        }
    }

    /** Writes {@code count} plans under {@code target} (plan-000, plan-001, …) and returns their folders in order. */
    public static List<Path> write(List<Path> sources, Path target, int count) throws IOException {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path source = sources.get(i % sources.size());
            Path plan = target.resolve(String.format("plan-%03d", i));
            copy(source, plan);
            Path chapter = firstChapter(plan);
            if (chapter != null) {
                Files.writeString(chapter, Files.readString(chapter, StandardCharsets.UTF_8)
                        + "\nDeze versie van het plan is kopie " + (i + 1) + " voor de meting.\n", StandardCharsets.UTF_8);
            }
            out.add(plan);
        }
        return out;
    }

    private static Path firstChapter(Path plan) throws IOException {
        Path chapters = plan.resolve("hoofdstukken");
        if (!Files.isDirectory(chapters)) {
            return null;
        }
        try (Stream<Path> files = Files.list(chapters)) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().findFirst().orElse(null);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
    }
}
