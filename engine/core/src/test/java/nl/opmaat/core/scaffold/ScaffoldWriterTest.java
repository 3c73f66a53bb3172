package nl.opmaat.core.scaffold;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaffoldWriterTest {

    private static final Map<String, String> FILES = files();

    @TempDir
    Path temp;

    private static Map<String, String> files() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("plan.yaml", "swv: {}\n");
        out.put("hoofdstukken/01-een.md", "# Een\n");
        return out;
    }

    @Test
    void createsANewDirectoryWithEveryFileAndNoLeftovers() throws Exception {
        Path target = temp.resolve("nieuw/plan");
        new ScaffoldWriter().write(target, FILES);
        assertEquals("swv: {}\n", Files.readString(target.resolve("plan.yaml")));
        assertEquals("# Een\n", Files.readString(target.resolve("hoofdstukken/01-een.md")));
        assertEquals(List.of("plan"), names(temp.resolve("nieuw")), "no staging directory is left beside the plan");
        assertEquals(List.of("hoofdstukken", "plan.yaml"), names(target), "no temporary files are left in the plan");
    }

    @Test
    void fillsAnExistingEmptyDirectory() throws Exception {
        Path target = Files.createDirectory(temp.resolve("leeg"));
        new ScaffoldWriter().write(target, FILES);
        assertEquals(List.of("hoofdstukken", "plan.yaml"), names(target));
    }

    @Test
    void refusesANonEmptyDirectoryAndLeavesItAsItWas() throws Exception {
        Path target = Files.createDirectory(temp.resolve("vol"));
        byte[] mine = "mijn eigen plan\n".getBytes(StandardCharsets.UTF_8);
        Files.write(target.resolve("plan.yaml"), mine);
        ScaffoldWriter.RefusedException e = assertThrows(ScaffoldWriter.RefusedException.class,
                () -> new ScaffoldWriter().write(target, FILES));
        assertFalse(e.targetIsFile());
        assertArrayEquals(mine, Files.readAllBytes(target.resolve("plan.yaml")));
        assertEquals(List.of("plan.yaml"), names(target));
        assertEquals(List.of("vol"), names(temp));
    }

    @Test
    void refusesADirectoryHoldingOnlyAHiddenFile() throws Exception {
        Path target = Files.createDirectory(temp.resolve("verborgen"));
        Files.writeString(target.resolve(".git"), "gitdir: elders\n");
        assertThrows(ScaffoldWriter.RefusedException.class, () -> new ScaffoldWriter().write(target, FILES));
        assertEquals(List.of(".git"), names(target));
    }

    @Test
    void refusesAnExistingFile() throws Exception {
        Path target = temp.resolve("plan");
        Files.writeString(target, "geen map");
        ScaffoldWriter.RefusedException e = assertThrows(ScaffoldWriter.RefusedException.class,
                () -> new ScaffoldWriter().write(target, FILES));
        assertTrue(e.targetIsFile());
        assertEquals("geen map", Files.readString(target));
        assertEquals(List.of("plan"), names(temp));
    }

    @Test
    void writtenFilesFollowTheUmaskNotOwnerOnly() throws Exception {
        Path target = temp.resolve("plan");
        new ScaffoldWriter().write(target, FILES);
        if (!target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        // Files.createTempFile/-Directory would give rw------- / rwx------; a plan the user shares must not be that.
        Path probe = Files.createFile(temp.resolve("probe"));
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(probe);
        assertEquals(expected, Files.getPosixFilePermissions(target.resolve("plan.yaml")));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
