package nl.opmaat.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Server-sent events ({@code text/event-stream}) to every open page: on connecting, and after each new reading of
 * the plan, an event {@code versie} with the number of the reading. A page that shows another number reloads. A
 * comment every few seconds finds connections the browser has dropped.
 */
final class EventStream {

    private static final long KEEP_ALIVE_SECONDS = 10;

    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private static final class Client {
        private final OutputStream out;
        private final CountDownLatch gone = new CountDownLatch(1);

        Client(OutputStream out) {
            this.out = out;
        }

        synchronized boolean send(String text) {
            try {
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
                return true;
            } catch (IOException e) {
                gone.countDown();
                return false;
            }
        }
    }

    /** Holds the exchange open (on its own server thread) until the browser leaves or the preview stops. */
    void serve(HttpExchange exchange, long version) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=UTF-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        Client client = new Client(exchange.getResponseBody());
        clients.add(client);
        try {
            // A page that missed a reading between its load and this connection reloads at once.
            if (!client.send("retry: 500\n\n") || !client.send(event(version))) {
                return;
            }
            while (!closed && !client.gone.await(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS)) {
                if (!client.send(": wacht\n\n")) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(client);
            exchange.close();
        }
    }

    void publish(long version) {
        String event = event(version);
        for (Client client : clients) {
            if (!client.send(event)) {
                clients.remove(client);
            }
        }
    }

    int clientCount() {
        return clients.size();
    }

    void close() {
        closed = true;
        clients.forEach(client -> client.gone.countDown());
    }

    private static String event(long version) {
        return "event: versie\ndata: " + version + "\n\n";
    }
}
