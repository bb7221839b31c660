package io.aura360.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Records every API response the full-stack tests receive and checks it against the served {@code /v3/api-docs}
 * (read once, from the server that answered). Violations are kept until {@link #drain()}, so a test class fails
 * as a whole when any of its calls got an answer the document does not describe.
 */
final class ContractCheck {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final List<String> violations = new ArrayList<>();

    private OpenApiContract contract;

    /**
     * Checks one exchange; only the public API ({@code /api/...}) paths the document lists are checked, and not
     * CORS preflights.
     */
    void record(HttpRequest request, int status, String contentType, String body) {
        String path = request.uri().getPath();
        // CORS preflights (OPTIONS) are answered by the CORS filter, not by an API operation: out of scope.
        if (!path.startsWith("/api/") || request.method().equals("OPTIONS")) {
            return;
        }
        OpenApiContract document = contract(request.uri());
        if (!document.documents(path)) {
            return;
        }
        List<String> found = document.violations(request.method(), path, status, contentType, body);
        if (!found.isEmpty()) {
            synchronized (violations) {
                found.forEach(v -> violations.add(v + " (body: " + abbreviate(body) + ")"));
            }
        }
    }

    /** The violations recorded since the last call, forgotten by this call. */
    List<String> drain() {
        synchronized (violations) {
            List<String> drained = List.copyOf(violations);
            violations.clear();
            return drained;
        }
    }

    OpenApiContract contract(URI server) {
        synchronized (this) {
            if (contract == null) {
                contract = new OpenApiContract(fetch(server.resolve("/v3/api-docs")));
            }
            return contract;
        }
    }

    private static String fetch(URI uri) {
        try {
            HttpResponse<String> response =
                    HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static String abbreviate(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }
}
