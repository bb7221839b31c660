package io.aura360.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follows an answer that came back {@code 202}: reads its Server-Sent Events ({@code status}, one per change,
 * the stream closing at {@code COMPLETED} or {@code FAILED}) while a spinner turns, then reads the request once
 * more so the final envelope is the stored one, not a stream event.
 */
public final class StatusFollower {

    /** Longer than the server's own completion budget (60 s) and stream lifetime (90 s). */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(100);

    private final HttpClient http;

    private final JsonMapper json;

    private final Spinner spinner;

    public StatusFollower(HttpClient http, JsonMapper json, Spinner spinner) {
        this.http = http;
        this.json = json;
        this.spinner = spinner;
    }

    /** The request's envelope once it is no longer {@code PROCESSING} (or when the stream ended without that). */
    public JsonNode follow(URI request, String token) throws IOException, InterruptedException {
        HttpRequest events = HttpRequest.newBuilder(URI.create(request + "/events"))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream")
                .timeout(LONGEST_WAIT)
                .GET()
                .build();
        spinner.start();
        try (Stream<String> lines =
                http.send(events, HttpResponse.BodyHandlers.ofLines()).body()) {
            Iterator<String> iterator = lines.iterator();
            while (iterator.hasNext()) {
                String line = iterator.next();
                if (line.startsWith("data:")) {
                    String status = json.readTree(line.substring(5).strip())
                            .path("status")
                            .asString("");
                    spinner.show("waiting for the answer (" + status + ")");
                    if (status.equals("COMPLETED") || status.equals("FAILED")) {
                        break;
                    }
                }
            }
        } finally {
            spinner.stop();
        }
        HttpResponse<String> last = http.send(
                HttpRequest.newBuilder(request)
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return json.readTree(last.body());
    }

    /** A one-line spinner on a terminal, turning until stopped; silent when the output is a file or a pipe. */
    public static final class Spinner {

        private static final String FRAMES = "|/-\\";

        private static final long FRAME_MILLIS = 120;

        private final PrintStream out;

        private final boolean terminal;

        private volatile String text = "waiting for the answer";

        private Thread ticker;

        public Spinner(PrintStream out, boolean terminal) {
            this.out = out;
            this.terminal = terminal;
        }

        synchronized void start() {
            if (terminal && ticker == null) {
                ticker = Thread.ofVirtual().name("spinner").start(this::turn);
            }
        }

        void show(String text) {
            this.text = text;
        }

        synchronized void stop() {
            if (ticker != null) {
                ticker.interrupt();
                try {
                    ticker.join();
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
                ticker = null;
                out.print("\r\u001b[K");
                out.flush();
            }
        }

        private void turn() {
            for (int frame = 0; !Thread.currentThread().isInterrupted(); frame++) {
                out.print("\r" + FRAMES.charAt(frame % FRAMES.length()) + " " + text + "\u001b[K");
                out.flush();
                try {
                    Thread.sleep(FRAME_MILLIS);
                } catch (InterruptedException ex) {
                    return;
                }
            }
        }
    }
}
