package io.aura360.app.cli;

import io.aura360.app.AuraApplication;
import io.aura360.app.AuraHome;
import io.aura360.contracts.Category;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./aura360 ask}: asks a running AURA360 for advice over HTTP, exactly as a client would. When none is
 * running at {@code --url}, starts one in this process for the question and stops it afterwards.
 */
@Command(name = "ask", description = "Ask AURA360 for advice and print the answer readably.")
public final class AskCommand implements Callable<Integer> {

    @Option(names = "--user", required = true, description = "The user's UUID.")
    UUID user;

    @Option(
            names = "--category",
            required = true,
            completionCandidates = CategoryNames.class,
            converter = CategoryNames.class,
            description = "${COMPLETION-CANDIDATES} (or mente, cuerpo, alma).")
    Category category;

    @Option(names = "--locale", description = "Answer language, e.g. es or en.")
    String locale;

    @Option(
            names = "--tier",
            defaultValue = "free",
            completionCandidates = Tiers.class,
            description = "Tier of the dev token: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String tier;

    @Option(
            names = "--url",
            defaultValue = "http://localhost:8080",
            description = "A running AURA360 (default: ${DEFAULT-VALUE}).")
    URI url;

    @Parameters(arity = "0..1", paramLabel = "MESSAGE", description = "What you want advice about.")
    String message;

    private final JsonMapper json = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Override
    public Integer call() throws IOException, InterruptedException {
        var env = System.getenv();
        AuraHome home = AuraHome.fromEnvironment(env);
        if (!home.usesDevSecret(env)) {
            System.err.println("AURA_JWT_SECRET or AURA_JWKS_URL is set: 'ask' signs with the dev secret only.");
            return 2;
        }
        String token = new DevTokens(home.jwtSecret(env)).sign(user, tier, List.of(), Duration.ofMinutes(5));
        try {
            return ask(url, token);
        } catch (ConnectException ex) {
            System.err.println("No AURA360 at " + url + "; starting one in this process (this takes a few seconds)…");
            try (ConfigurableApplicationContext context = AuraApplication.create(env)
                    .run("--server.port=0", "--logging.level.root=warn", "--logging.structured.format.console=")) {
                return ask(
                        URI.create(
                                "http://localhost:" + context.getEnvironment().getProperty("local.server.port")),
                        token);
            }
        }
    }

    private int ask(URI base, String token) throws IOException, InterruptedException {
        Map<String, Object> metadata = new LinkedHashMap<>();
        if (locale != null) {
            metadata.put("locale", locale);
        }
        if (message != null) {
            metadata.put("message", message);
        }
        String body = json.writeValueAsString(
                Map.of("user_id", user.toString(), "category", category.wireName(), "metadata", metadata));
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/holistic/advice"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode answer = json.readTree(response.body());
        if (response.statusCode() == 202) {
            // The answer is late: follow its status over SSE until it is final, as a client would.
            URI location = base.resolve(response.headers()
                    .firstValue("Location")
                    .orElse("/api/v1/holistic/requests/"
                            + answer.path("request_id").asString()));
            StatusFollower.Spinner spinner = new StatusFollower.Spinner(System.err, Ansi.AUTO.enabled());
            answer = new StatusFollower(http, json, spinner).follow(location, token);
            if (!"COMPLETED".equals(answer.path("status").asString())) {
                System.err.printf(
                        "AURA360 could not answer (%s): %s%n",
                        answer.path("status").asString(),
                        answer.path("error_type").asString("no error type"));
                return 1;
            }
        } else if (response.statusCode() != 200) {
            System.err.printf(
                    "AURA360 answered %d: %s%n",
                    response.statusCode(), answer.path("detail").asString(response.body()));
            return 1;
        }
        new AnswerPrinter(System.out).print(answer);
        return 0;
    }
}
