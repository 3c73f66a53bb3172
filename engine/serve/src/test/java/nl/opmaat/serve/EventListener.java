package nl.opmaat.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Reads the preview's server-sent events on a thread of its own, as a browser's EventSource does. */
final class EventListener implements AutoCloseable {

    /** An event as it arrived, with the time it was read. */
    record Event(String name, String data, long nanoTime) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final InputStream body;
    final String contentType;

    EventListener(ServedPlan plan) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = plan.client.send(
                HttpRequest.newBuilder(plan.uri(PreviewChrome.EVENTS)).build(), HttpResponse.BodyHandlers.ofInputStream());
        this.contentType = response.headers().firstValue("Content-Type").orElse("");
        this.body = response.body();
        Thread reader = new Thread(this::read, "test-sse");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String name = "message";
            String data = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("event: ")) {
                    name = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data = line.substring(6);
                } else if (line.isEmpty()) {
                    if (data != null) {
                        events.add(new Event(name, data, System.nanoTime()));
                    }
                    name = "message";
                    data = null;
                }
            }
        } catch (IOException e) {
            // Closed by the test or the server.
        }
    }

    /** The next event; fails the test when none comes within a minute (a hang, not a timing assertion). */
    Event next() throws InterruptedException {
        Event event = events.poll(60, TimeUnit.SECONDS);
        if (event == null) {
            throw new AssertionError("no server-sent event arrived");
        }
        return event;
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
