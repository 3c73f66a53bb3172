package nl.opmaat.core.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanFileGateTest {

    @TempDir
    Path dir;

    @Test
    void readsFilesInsideThePlanAndRefusesEveryWayOut() throws Exception {
        Path plan = Files.createDirectories(dir.resolve("plan/hoofdstukken"));
        Files.writeString(plan.resolve("01.md"), "tekst");
        Path secret = Files.writeString(dir.resolve("geheim.md"), "geheim");
        Files.createSymbolicLink(plan.resolve("link.md"), secret);
        Files.createSymbolicLink(plan.resolve("binnen.md"), plan.resolve("01.md"));
        Files.createSymbolicLink(plan.resolve("dood.md"), dir.resolve("bestaat-niet.md"));
        Files.createSymbolicLink(dir.resolve("plan/map"), dir);
        PlanFileGate gate = new PlanFileGate(dir.resolve("plan"));

        assertEquals("tekst", gate.readText("hoofdstukken/01.md", 100));
        assertEquals("tekst", gate.readText("hoofdstukken/binnen.md", 100), "a link that stays inside is fine");
        for (String out : List.of("hoofdstukken/link.md", "../geheim.md", "hoofdstukken/../../geheim.md",
                secret.toString(), "map/geheim.md", "hoofdstukken/dood.md")) {
            assertEquals(PlanFileGate.Reason.OUTSIDE, reason(gate, out), out);
        }
        assertEquals(PlanFileGate.Reason.MISSING, reason(gate, "hoofdstukken/02.md"));
        assertEquals(PlanFileGate.Reason.MISSING, reason(gate, "hoofdstukken"));
        assertEquals(PlanFileGate.Reason.TOO_LARGE, reason(gate, "hoofdstukken/01.md", 4));
        Files.write(plan.resolve("latin1.md"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        assertEquals(PlanFileGate.Reason.NOT_UTF8,
                assertThrows(PlanFileGate.Refusal.class, () -> gate.readText("hoofdstukken/latin1.md", 100)).reason());
        Files.writeString(plan.resolve("vervangen.md"), "teken \uFFFD zoals geschreven", java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("teken \uFFFD zoals geschreven", gate.readText("hoofdstukken/vervangen.md", 100),
                "a replacement character the author wrote is text, not a decoding error");
        assertArrayEquals("tekst".getBytes(), gate.readBytes("hoofdstukken/01.md", 5));
        assertEquals(List.of("hoofdstukken/01.md", "hoofdstukken/binnen.md", "hoofdstukken/dood.md",
                "hoofdstukken/latin1.md", "hoofdstukken/link.md", "hoofdstukken/vervangen.md"),
                gate.markdownFilesIn("hoofdstukken"));
        assertEquals(List.of(), gate.markdownFilesIn("map"), "a folder that links out is not listed");
    }

    private static PlanFileGate.Reason reason(PlanFileGate gate, String file) {
        return reason(gate, file, 100);
    }

    private static PlanFileGate.Reason reason(PlanFileGate gate, String file, long max) {
        return assertThrows(PlanFileGate.Refusal.class, () -> gate.readBytes(file, max)).reason();
    }
}
