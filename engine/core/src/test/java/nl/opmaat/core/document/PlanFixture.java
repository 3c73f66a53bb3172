package nl.opmaat.core.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opmaat.core.load.LoadedPlan;
import nl.opmaat.core.load.PlanInputException;
import nl.opmaat.core.load.PlanReader;

/** Writes a small synthetic plan directory for one test and reads it with the real PlanReader. */
final class PlanFixture {

    private final Path directory;
    private final StringBuilder yaml = new StringBuilder();
    private final Map<String, String> chapters = new LinkedHashMap<>();
    private final List<String> extraFiles = new ArrayList<>();

    PlanFixture(Path directory) {
        this.directory = directory;
        yaml.append("swv: { naam: SWV Proefregio, sector: po, gemeenten: [Almere, Lelystad] }\n");
        yaml.append("periode: { van: 2026-08-01, tot: 2030-07-31 }\n");
    }

    /** Appends raw plan.yaml lines (top-level keys). */
    PlanFixture yaml(String lines) {
        yaml.append(lines.endsWith("\n") ? lines : lines + "\n");
        return this;
    }

    PlanFixture chapter(String file, String markdown) {
        chapters.put(file, markdown);
        return this;
    }

    PlanFixture file(String relative, byte[] content) throws IOException {
        Path path = directory.resolve(relative);
        Files.createDirectories(path.getParent());
        Files.write(path, content);
        extraFiles.add(relative);
        return this;
    }

    Path directory() {
        return directory;
    }

    LoadedPlan load() throws IOException, PlanInputException {
        StringBuilder out = new StringBuilder(yaml);
        if (!chapters.isEmpty()) {
            out.append("hoofdstukken:\n");
            for (Map.Entry<String, String> chapter : chapters.entrySet()) {
                out.append("  - ").append(chapter.getKey()).append('\n');
                Path path = directory.resolve(chapter.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, chapter.getValue(), StandardCharsets.UTF_8);
            }
        }
        Files.writeString(directory.resolve("plan.yaml"), out, StandardCharsets.UTF_8);
        return new PlanReader().read(directory);
    }
}
