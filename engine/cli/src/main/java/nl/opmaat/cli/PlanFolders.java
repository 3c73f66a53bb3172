package nl.opmaat.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns what the user typed into plan folders: nothing means the working folder; a {@code plan.yaml} means its folder
 * (what pre-commit and editors pass); a folder without a {@code plan.yaml} means every plan below it, in name order.
 * Build output ({@code target}) and hidden folders are skipped. A path that does not exist is passed on unchanged,
 * so the plan reader reports it as it always has.
 */
final class PlanFolders {

    static final String PLAN_FILE = "plan.yaml";

    private PlanFolders() {
    }

    static List<Path> resolve(List<Path> given) {
        List<Path> inputs = given == null || given.isEmpty() ? List.of(Path.of(".")) : given;
        Set<Path> plans = new LinkedHashSet<>();
        for (Path input : inputs) {
            plans.addAll(resolveOne(input));
        }
        return List.copyOf(plans);
    }

    /** Exactly one plan, for build and summary: a folder of several plans is a mistake there. */
    static Path resolveSingle(Path given) {
        List<Path> plans = resolve(given == null ? List.of() : List.of(given));
        if (plans.size() > 1) {
            throw new InputProblem(CliMessages.format("plans.several", display(given), plans.size()),
                    CliMessages.format("plans.several.hint", plans.get(0)));
        }
        return plans.get(0);
    }

    private static List<Path> resolveOne(Path input) {
        if (Files.isRegularFile(input)) {
            if (!input.getFileName().toString().equals(PLAN_FILE)) {
                throw new InputProblem(CliMessages.format("plans.not-a-plan-file", input), CliMessages.format("plans.hint"));
            }
            Path parent = input.getParent();
            return List.of(parent == null ? Path.of(".") : parent);
        }
        if (!Files.isDirectory(input) || Files.isRegularFile(input.resolve(PLAN_FILE))) {
            return List.of(input);
        }
        List<Path> found = below(input);
        if (found.isEmpty()) {
            throw new InputProblem(CliMessages.format("plans.none-below", display(input)), CliMessages.format("plans.hint"));
        }
        return found;
    }

    private static List<Path> below(Path root) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    if (!dir.equals(root) && (name.startsWith(".") || name.equals("target"))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (Files.isRegularFile(dir.resolve(PLAN_FILE))) {
                        found.add(dir.normalize());
                        // A plan's own subfolders (hoofdstukken, bijlagen) hold no further plans.
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(null);
        return found;
    }

    private static String display(Path path) {
        return path == null || path.toString().isEmpty() ? "." : path.toString();
    }
}
