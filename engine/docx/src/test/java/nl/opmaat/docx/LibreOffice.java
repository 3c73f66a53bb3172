package nl.opmaat.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Headless LibreOffice ({@code soffice}, package libreoffice-writer-nogui, installed by .ci/run) as a second reader of
 * the DOCX files opmaat writes: a conversion that fails or does not finish fails the test. Tests that use it carry
 * {@code @Tag("libreoffice")}: without LibreOffice, leave them out with {@code mvn verify -DexcludedGroups=libreoffice}.
 */
final class LibreOffice {

    private LibreOffice() {
    }

    /**
     * Converts {@code docx} to {@code format} ({@code pdf}, {@code txt:Text (encoded):UTF8}) in its own folder, with a
     * profile there too (LibreOffice writes none under the home folder); returns the converted file.
     */
    static Path convert(Path docx, String format) throws IOException, InterruptedException {
        Path dir = docx.getParent();
        Path profile = dir.resolve("lo-profile");
        ProcessBuilder pb = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", format, "--outdir", dir.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile());
        pb.environment().put("HOME", profile.toString());
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new AssertionError("LibreOffice (soffice) is needed for this @Tag(\"libreoffice\") test: apt-get install "
                    + "libreoffice-writer-nogui, or leave these tests out with -DexcludedGroups=libreoffice", e);
        }
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "soffice did not finish");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("soffice.log")));
        String name = docx.getFileName().toString().replaceFirst("\\.docx$", "");
        String extension = format.contains(":") ? format.substring(0, format.indexOf(':')) : format;
        return dir.resolve(name + "." + extension);
    }
}
