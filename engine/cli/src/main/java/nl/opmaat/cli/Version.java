package nl.opmaat.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * opmaat's version, from the pom: the jar manifest's {@code Implementation-Version}, or, when opmaat runs from classes
 * (tests, an IDE) and there is no manifest, the {@code version.properties} the build filled from the same pom. Used by
 * {@code --version}, the SARIF driver, the DOCX {@code opmaat-versie} property and the plugins' {@code Plugin-Requires}.
 */
final class Version implements CommandLine.IVersionProvider {

    private static final Pattern RELEASE_PART = Pattern.compile("^(\\d+\\.\\d+\\.\\d+)");

    static String current() {
        String fromManifest = Main.class.getPackage().getImplementationVersion();
        return fromManifest != null ? fromManifest : fromBuild();
    }

    /**
     * The version plugins are checked against: a development build ({@code 0.1.0-SNAPSHOT}) counts as the release it
     * leads to, since semver ranks a pre-release below that release and {@code >=0.1.0} would refuse every plugin.
     */
    static String forPluginRequires() {
        Matcher release = RELEASE_PART.matcher(current());
        return release.find() ? release.group(1) : current();
    }

    private static String fromBuild() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"opmaat " + current()};
    }
}
