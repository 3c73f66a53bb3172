package nl.opmaat.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import nl.opmaat.core.internal.Messages;
import nl.opmaat.core.load.PlanFileGate;

/**
 * {@code opmaat serve}: the JDK's own HTTP server on 127.0.0.1, no framework. Pages: {@code /} (the plan with its
 * findings), {@code /samenvatting} (the summary for parents with its readability figures), {@code /bron/<file>} (a
 * text file of the plan with numbered lines, or one of its images), {@code /_opmaat/…} (the preview's own stylesheet
 * and script, from a fixed list), {@code /_opmaat/huisstijl/<hash>.css} (the theme's fonts, see {@link ScreenStyles}) and {@code /_opmaat/gebeurtenissen} (server-sent events).
 *
 * <p>Safety: only GET and HEAD; a request whose {@code Host} is not {@code 127.0.0.1:<port>} or
 * {@code localhost:<port>} is refused with 421 (DNS rebinding); plan files only through {@link RequestPath} and
 * {@link PlanFileGate}; every answer says {@code nosniff} and no caching, and pages carry a Content Security Policy
 * without inline scripts. Nothing is ever written. Threads are daemons, so the JVM never waits for a browser.
 */
public final class PreviewServer implements AutoCloseable {

    /** Quiet time after the last change before the plan is read again. */
    static final Duration DEBOUNCE = Duration.ofMillis(40);
    private static final long MAX_SOURCE_BYTES = 10L << 20;
    private static final Messages MESSAGES = Messages.forPackageOf(PreviewServer.class);
    private static final String PAGE_POLICY = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src data:; script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final String FILE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";
    private static final Map<String, String> OWN_RESOURCES = Map.of(
            PreviewChrome.STYLESHEET, "text/css; charset=UTF-8",
            PreviewChrome.SCRIPT, "text/javascript; charset=UTF-8",
            PreviewChrome.ICON, "image/svg+xml");
    private static final Map<String, String> IMAGE_TYPES = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "svg", "image/svg+xml");

    /** The port is taken by another program; the message is Dutch. */
    public static final class PortInUse extends IOException {
        PortInUse(int port, Throwable cause) {
            super(MESSAGES.format("port.in-use", String.valueOf(port)), cause);
        }
    }

    private final HttpServer server;
    private final PlanPreview preview;
    private final PlanFileGate gate;
    private final ScreenStyles styles = new ScreenStyles();
    private final EventStream events = new EventStream();
    private final HostCheck hosts;
    private final AtomicLong versions = new AtomicLong();
    private final ExecutorService threads;
    private final PlanWatcher watcher;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile PlanPreview.Reading current;

    private PreviewServer(HttpServer server, ExecutorService threads, Path planDirectory, PreviewSetup setup) throws IOException {
        this.server = server;
        this.threads = threads;
        this.preview = new PlanPreview(planDirectory, setup, Clock.systemDefaultZone(), styles);
        this.gate = new PlanFileGate(planDirectory);
        this.hosts = new HostCheck(server.getAddress().getPort());
        this.current = preview.read(versions.incrementAndGet());
        this.watcher = new PlanWatcher(planDirectory, DEBOUNCE, this::reread);
    }

    /**
     * Reads the plan once, then serves it on {@code 127.0.0.1:port} ({@code 0}: any free port) and watches its files.
     *
     * @throws PortInUse when the port is taken
     */
    public static PreviewServer start(Path planDirectory, int port, PreviewSetup setup) throws IOException {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), 0);
        } catch (BindException e) {
            throw new PortInUse(port, e);
        }
        AtomicInteger count = new AtomicInteger();
        ExecutorService threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "opmaat-serve-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        PreviewServer preview;
        try {
            preview = new PreviewServer(server, threads, planDirectory, setup);
        } catch (IOException | RuntimeException e) {
            server.stop(0);
            threads.shutdownNow();
            throw e;
        }
        server.createContext("/", preview::handle);
        server.start();
        preview.watcher.start();
        return preview;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The number of the reading the pages now show (1 for the first). */
    public long version() {
        return current.version();
    }

    /** Blocks until {@link #close()} has run (from a shutdown hook, for instance). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Stops at once: the watcher, the event streams, the server (no grace period for open connections). */
    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // Closing the watch service cannot lose anything.
        }
        events.close();
        server.stop(0);
        threads.shutdownNow();
        stopped.countDown();
    }

    /** Reads the plan again and tells the open pages; runs on the watcher thread, one reading at a time. */
    private void reread() {
        current = preview.read(versions.incrementAndGet());
        events.publish(current.version());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if (!hosts.allows(exchange.getRequestHeaders().getFirst("Host"))) {
                text(exchange, 421, MESSAGES.format("refused.host", String.valueOf(port())));
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                text(exchange, 405, MESSAGES.format("refused.method"));
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            PlanPreview.Reading reading = current;
            if (path.equals(PreviewChrome.PLAN_PAGE)) {
                page(exchange, reading.planPage());
            } else if (path.equals(PreviewChrome.SUMMARY_PAGE)) {
                page(exchange, reading.summaryPage());
            } else if (path.equals(PreviewChrome.EVENTS)) {
                events.serve(exchange, reading.version());
            } else if (path.startsWith(ScreenStyles.PREFIX)) {
                themeStyles(exchange, path);
            } else if (OWN_RESOURCES.containsKey(path)) {
                ownResource(exchange, path);
            } else if (path.equals("/favicon.ico")) {
                // Browsers ask for it whatever the page names; the same icon, so no console error.
                ownResource(exchange, PreviewChrome.ICON);
            } else if (path.startsWith(PreviewChrome.SOURCE_PREFIX)) {
                planFile(exchange, path.substring(PreviewChrome.SOURCE_PREFIX.length()), reading);
            } else {
                text(exchange, 404, MESSAGES.format("missing"));
            }
        } catch (IOException e) {
            // The browser went away mid-answer; nothing to tell anyone.
        }
    }

    private void planFile(HttpExchange exchange, String raw, PlanPreview.Reading reading) throws IOException {
        Optional<String> relative = RequestPath.planRelative(raw);
        if (relative.isEmpty()) {
            text(exchange, 403, MESSAGES.format("refused.path"));
            return;
        }
        String name = relative.get();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        boolean text = extension.equals("md") || extension.equals("yaml") || extension.equals("yml");
        if (!text && !IMAGE_TYPES.containsKey(extension)) {
            text(exchange, 403, MESSAGES.format("refused.type"));
            return;
        }
        try {
            byte[] bytes = gate.readBytes(name, MAX_SOURCE_BYTES);
            if (text) {
                String source = new String(bytes, StandardCharsets.UTF_8);
                page(exchange, SourcePage.of(name, source, reading.version(), reading.time()));
            } else {
                exchange.getResponseHeaders().set("Content-Security-Policy", FILE_POLICY);
                send(exchange, 200, IMAGE_TYPES.get(extension), bytes);
            }
        } catch (PlanFileGate.Refusal refusal) {
            switch (refusal.reason()) {
                case OUTSIDE -> text(exchange, 403, MESSAGES.format("refused.outside", name));
                case MISSING -> text(exchange, 404, MESSAGES.format("missing"));
                default -> text(exchange, 403, MESSAGES.format("refused.type"));
            }
        }
    }

    /** The theme's screen stylesheet: named by its content, so the browser may keep it for good. */
    private void themeStyles(HttpExchange exchange, String path) throws IOException {
        Optional<String> css = styles.css(path);
        if (css.isEmpty()) {
            text(exchange, 404, MESSAGES.format("missing"));
            return;
        }
        exchange.getResponseHeaders().set("Cache-Control", "max-age=31536000, immutable");
        send(exchange, 200, "text/css; charset=UTF-8", css.get().getBytes(StandardCharsets.UTF_8));
    }

    private void ownResource(HttpExchange exchange, String path) throws IOException {
        String name = path.substring(path.lastIndexOf('/') + 1);
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("resource missing from the jar: " + name));
            }
            send(exchange, 200, OWN_RESOURCES.get(path), in.readAllBytes());
        }
    }

    private static void page(HttpExchange exchange, String html) throws IOException {
        exchange.getResponseHeaders().set("Content-Security-Policy", PAGE_POLICY);
        send(exchange, 200, "text/html; charset=UTF-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private static void text(HttpExchange exchange, int status, String message) throws IOException {
        exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'");
        send(exchange, status, "text/plain; charset=UTF-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
