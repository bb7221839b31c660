package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scans everything the full-stack tests wrote to the console (their logs, kept by Surefire in
 * {@code target/surefire-reports/*-output.txt}; this runs after them, in {@code verify}) for what must never be
 * logged: bearer tokens, the JWT secret and service keys the tests configured, and what people wrote or keep in
 * their profile (the tests' messages, the evaluation scenarios' messages, health data). A finding names the file
 * and line. It also checks that the logs are the structured JSON lines with trace ids that operators rely on.
 */
class LogLeakIT {

    private static final Path REPORTS = Path.of("target", "surefire-reports");

    /** Secrets the tests configure and words people wrote in them; none may reach a log line. */
    private static final List<String> FIXED = List.of(
            FullStackTest.JWT_SECRET,
            FullStackTest.SERVICE_KEY,
            SplitModeTraceTest.JWT_SECRET,
            SplitModeTraceTest.SERVICE_KEY,
            "I feel stressed at work and cannot relax",
            "duermo poco y mal",
            "how much salt is too much",
            "how can I sleep better",
            "Type 2 diabetes",
            "goes to bed after 1am",
            "Ana Example",
            "ana@example.com",
            "+34600000000",
            "1990-05-17",
            "1988-03-02",
            "Embarazo",
            "se acuesta tarde");

    @Test
    void fullStackTestLogsHoldNoTokenSecretMessageOrHealthData() throws IOException {
        List<Path> outputs = outputs();
        assertThat(outputs)
                .as("the full-stack tests' output in %s (run the tests first)", REPORTS.toAbsolutePath())
                .isNotEmpty();
        LogScan scan = new LogScan(forbidden());
        List<String> findings = new ArrayList<>();
        for (Path output : outputs) {
            findings.addAll(scan.findings(output.getFileName().toString(), Files.readAllLines(output)));
        }
        assertThat(findings).as("log lines that leak").isEmpty();
    }

    @Test
    void logLinesAreJsonAndThoseWrittenDuringARequestCarryItsTraceAndSpanIds() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> adviceLines = new ArrayList<>();
        for (Path output : outputs()) {
            for (String line : Files.readAllLines(output)) {
                if (line.startsWith("{\"@timestamp\"")) {
                    JsonNode entry = json.readTree(line);
                    if (entry.path("message").asString().startsWith("advice request ")) {
                        adviceLines.add(entry);
                    }
                }
            }
        }
        assertThat(adviceLines).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.path("trace_id").asString()).matches("[0-9a-f]{32}");
            assertThat(entry.path("span_id").asString()).matches("[0-9a-f]{16}");
            assertThat(entry.path("level").asString()).isNotBlank();
        });
    }

    private static List<Path> outputs() throws IOException {
        if (!Files.isDirectory(REPORTS)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(REPORTS)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-output.txt"))
                    .sorted()
                    .toList();
        }
    }

    /** The fixed values and the message of every evaluation scenario long enough not to match by chance. */
    private static List<String> forbidden() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<String> values = new ArrayList<>(FIXED);
        for (String line : Files.readAllLines(AgentsEvaluationTest.SCENARIOS)) {
            if (!line.isBlank()) {
                String message = json.readTree(line).path("message").asString();
                if (message.length() >= 16) {
                    values.add(message);
                }
            }
        }
        return values;
    }
}
