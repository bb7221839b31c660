package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.app.cli.DevTokens;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LogScanTest {

    private final LogScan scan = new LogScan(List.of("a-configured-secret-value", "me siento muy estresado"));

    @Test
    void findsATokenAConfiguredSecretAndAMessageNamingTheirLines() {
        String token = new DevTokens("log-scan-test-secret-of-at-least-32-bytes")
                .sign(UUID.randomUUID(), "free", List.of(), Duration.ofMinutes(1));
        List<String> lines = List.of(
                "{\"message\":\"started\"}",
                "{\"message\":\"Authorization: Bearer " + token + "\"}",
                "{\"message\":\"key a-configured-secret-value\"}",
                "{\"message\":\"user wrote: me siento muy estresado\"}");

        assertThat(scan.findings("out.txt", lines))
                .satisfiesExactly(
                        finding -> assertThat(finding).startsWith("out.txt:2 holds a JWT"),
                        finding -> assertThat(finding).startsWith("out.txt:3 holds \"a-configured-secret-value\""),
                        finding -> assertThat(finding).startsWith("out.txt:4 holds \"me siento muy estresado\""));
    }

    @Test
    void findsNothingInLinesOfIdsAndOutcomes() {
        assertThat(
                        scan.findings(
                                "out.txt",
                                List.of(
                                        "{\"message\":\"advice request 4347799c-7e00-4e37-aac0-7557b766aace COMPLETED (category mind, degraded false)\","
                                                + "\"trace_id\":\"00f730af530f17328b4b9bc5c58a358d\",\"span_id\":\"6b798bd27208831e\"}")))
                .isEmpty();
    }
}
