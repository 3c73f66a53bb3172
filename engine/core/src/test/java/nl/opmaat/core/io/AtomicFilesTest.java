package nl.opmaat.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path temp;

    @Test
    void createWritesANewFileAndItsFolders() throws Exception {
        Path target = temp.resolve("a/b/c.txt");
        AtomicFiles.create(target, "inhoud".getBytes());
        assertEquals("inhoud", Files.readString(target));
        assertEquals(List.of("c.txt"), names(target.getParent()), "no temporary file is left");
    }

    @Test
    void createNeverReplacesAnExistingFile() throws Exception {
        Path target = temp.resolve("plan.yaml");
        Files.writeString(target, "van de gebruiker");
        assertThrows(FileAlreadyExistsException.class, () -> AtomicFiles.create(target, "nieuw".getBytes()));
        assertEquals("van de gebruiker", Files.readString(target));
        assertEquals(List.of("plan.yaml"), names(temp), "no temporary file is left");
    }

    @Test
    void createRefusesADanglingSymlinkInsteadOfWritingThroughIt() throws Exception {
        Path elsewhere = temp.resolve("elders.txt");
        Path link = Files.createSymbolicLink(temp.resolve("plan.yaml"), elsewhere);
        assertThrows(FileAlreadyExistsException.class, () -> AtomicFiles.create(link, "nieuw".getBytes()));
        assertEquals(false, Files.exists(elsewhere));
    }

    @Test
    void writeStillReplaces() throws Exception {
        Path target = temp.resolve("rapport.txt");
        AtomicFiles.write(target, "een".getBytes());
        AtomicFiles.write(target, "twee".getBytes());
        assertEquals("twee", Files.readString(target));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
