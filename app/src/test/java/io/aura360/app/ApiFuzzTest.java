package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.app.FuzzRequests.FuzzRequest;
import io.aura360.gateway.problem.ProblemType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 10,000 generated requests against every public operation of the running product (see {@link FuzzRequests}).
 * Whatever is sent, the server never fails (no 5xx), every client error is an RFC 9457 problem of a documented
 * type, no body shows internals (stack traces, class names, SQL), every answer matches the OpenAPI document, and
 * no log line quotes what was sent.
 */
class ApiFuzzTest extends FullStackTest {

    static final int REQUESTS = 10_000;

    /** At most this many advice requests carry a valid body: each one runs the agents, the rest stop at the edge. */
    static final int VALID_ADVICE = 100;

    static final long SEED = Long.getLong("aura.fuzz.seed", 20_260_512L);

    private static final Set<String> PROBLEM_TYPES =
            Arrays.stream(ProblemType.values()).map(t -> t.uri().toString()).collect(Collectors.toSet());

    private static final Pattern INTERNALS = Pattern.compile("(\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\))"
            + "|\\b(java|javax|jakarta|org\\.springframework|org\\.postgresql|org\\.hibernate|tools\\.jackson"
            + "|com\\.fasterxml|com\\.zaxxer|io\\.aura360)\\.[a-z]"
            + "|\\w+(Exception|Error)\\b"
            + "|SQLState|(?i:\\b(select|insert|update|delete)\\b.{0,80}\\b(from|into|set|where)\\b)");

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void survivesTenThousandGeneratedRequests() throws Exception {
        List<UUID> users = java.util.stream.IntStream.range(0, 200)
                .mapToObj(i -> new UUID(SEED, i))
                .toList();
        FuzzRequests generator = new FuzzRequests(SEED);
        AtomicInteger validAdvice = new AtomicInteger();
        List<FuzzRequest> requests = new ArrayList<>(REQUESTS);
        List<UUID> senders = new ArrayList<>(REQUESTS);
        for (int i = 0; i < REQUESTS; i++) {
            UUID user = users.get(i % users.size());
            FuzzRequest request = generator.next(user, validAdvice.get() < VALID_ADVICE);
            if (request.path().endsWith("/advice")
                    && request.body() != null
                    && request.body().contains("duermo poco")) {
                validAdvice.incrementAndGet();
            }
            requests.add(request);
            senders.add(user);
        }
        List<String> texts = requests.stream()
                .flatMap(r -> r.texts().stream())
                .filter(t -> t.strip().length() >= 12)
                .distinct()
                .toList();

        List<String> logged;
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        try (LoggedLines logs = new LoggedLines();
                ExecutorService clients = Executors.newFixedThreadPool(4)) {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                FuzzRequest request = requests.get(i);
                String token = bearer(senders.get(i), i);
                sent.add(clients.submit(() -> check(request, token, failures)));
            }
            for (Future<?> future : sent) {
                future.get();
            }
            logged = logs.lines();
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        System.out.printf(
                "fuzz: %d requests (%d valid advice) in %d s, seed %d%n", REQUESTS, validAdvice.get(), seconds, SEED);

        assertThat(failures).as("answers that break the API's promises").isEmpty();
        assertThat(CONTRACT.drain())
                .as("answers the OpenAPI document does not describe")
                .isEmpty();
        List<String> leaks = new ArrayList<>();
        for (String line : logged) {
            texts.stream().filter(line::contains).findFirst().ifPresent(t -> leaks.add(line));
        }
        assertThat(leaks).as("log lines quoting request text").isEmpty();
    }

    /** Mostly premium callers (quotas must not hide the edge), sometimes none, a broken token or an admin. */
    private static String bearer(UUID user, int i) {
        return switch (i % 20) {
            case 0 -> null;
            case 1 -> "not-a-jwt";
            case 2 -> TOKENS.sign(user, "premium", List.of("admin"), Duration.ofMinutes(30));
            default -> TOKENS.sign(user, "premium", List.of(), Duration.ofMinutes(30));
        };
    }

    private void check(FuzzRequest fuzz, String token, List<String> failures) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl() + fuzz.path()))
                .timeout(Duration.ofSeconds(30))
                .method(
                        fuzz.method(),
                        fuzz.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(fuzz.body()));
        if (fuzz.contentType() != null && fuzz.body() != null) {
            builder.header("Content-Type", fuzz.contentType());
        }
        fuzz.headers().forEach(builder::header);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (fuzz.path().endsWith("/events")) {
            builder.header("Accept", "text/event-stream");
        }
        HttpRequest request = builder.build();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception ex) {
            failures.add(describe(fuzz) + " → no answer: " + ex);
            return;
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String body = response.body();
        CONTRACT.record(request, response.statusCode(), contentType, body);
        int status = response.statusCode();
        if (status >= 500) {
            failures.add(describe(fuzz) + " → " + status + " " + body);
        }
        if (status >= 400 && status < 500) {
            problemOf(fuzz, status, contentType, body).ifPresent(failures::add);
        }
        if (INTERNALS.matcher(body).find()) {
            failures.add(describe(fuzz) + " → internals in " + status + " " + body);
        }
    }

    private static java.util.Optional<String> problemOf(FuzzRequest fuzz, int status, String contentType, String body) {
        if (!contentType.startsWith("application/problem+json")) {
            return java.util.Optional.of(describe(fuzz) + " → " + status + " as " + contentType + ": " + body);
        }
        JsonNode problem = JSON.readTree(body);
        if (!PROBLEM_TYPES.contains(problem.path("type").asString())
                || problem.path("status").asInt() != status) {
            return java.util.Optional.of(describe(fuzz) + " → " + status + " of unknown type: " + body);
        }
        return java.util.Optional.empty();
    }

    private static String describe(FuzzRequest fuzz) {
        String body = fuzz.body() == null ? "" : fuzz.body();
        return fuzz.method() + " " + fuzz.path() + " " + fuzz.headers() + " [" + fuzz.contentType() + "] "
                + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
    }
}
