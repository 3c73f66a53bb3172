package nl.opmaat.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A copy of a shipped plan in a temporary folder, served by a real {@link PreviewServer} on a free port. */
final class ServedPlan implements AutoCloseable {

    static final Path PLAN_SOURCES = Path.of("../../plan-sources").toAbsolutePath().normalize();

    final Path directory;
    final PreviewServer server;
    final HttpClient client = HttpClient.newHttpClient();

    private ServedPlan(Path directory, PreviewServer server) {
        this.directory = directory;
        this.server = server;
    }

    /** Copies {@code plan-sources/<name>} into {@code temp} and serves the copy on a free port. */
    static ServedPlan of(String name, Path temp) throws IOException {
        Path copy = temp.resolve(name);
        copyTree(PLAN_SOURCES.resolve(name), copy);
        return new ServedPlan(copy, PreviewServer.start(copy, 0, PreviewSetup.builtIn("test")));
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends {@code GET <rawPath>} with the given Host header over a plain socket: {@link HttpClient} refuses to set
     * {@code Host} and normalises some paths, so attacks are sent byte for byte. Returns the whole answer.
     */
    String raw(String rawPath, String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), server.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    String rawLocal(String rawPath) throws IOException {
        return raw(rawPath, "127.0.0.1:" + server.port());
    }

    static int status(String rawAnswer) {
        String[] first = rawAnswer.split("\r\n", 2)[0].split(" ");
        return Integer.parseInt(first[1]);
    }

    @Override
    public void close() {
        server.close();
    }
}
