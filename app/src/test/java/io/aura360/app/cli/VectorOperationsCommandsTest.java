package io.aura360.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import picocli.CommandLine;

/**
 * {@code ./aura360 smoke} and {@code ./aura360 reembed} on the real starter knowledge base and ONNX model, and
 * the smoke check failing a start with {@code AURA_SMOKE_ON_START=true}.
 */
class VectorOperationsCommandsTest {

    @TempDir
    static Path home;

    @BeforeAll
    static void useATemporaryIndex() {
        System.setProperty("aura.vector.index-dir", home.resolve("index").toString());
    }

    @AfterAll
    static void restore() {
        System.clearProperty("aura.vector.index-dir");
    }

    @Test
    void smokePassesOnTheStarterKnowledgeBaseAndFailsOnAQueryThatMissesItsDocument() throws Exception {
        Run passing = run("smoke");
        assertThat(passing.exit()).as(passing.err()).isZero();
        assertThat(passing.out()).contains("smoke passed").contains("holistic_memory");

        Path file = home.resolve("bad-smoke.json");
        Files.writeString(file, """
				[{"query": "how many hours of sleep", "top_k": 3, "expect": ["body-en-no-such-document"]}]""");
        Run failing = run("smoke", "--file", file.toString());
        assertThat(failing.exit()).isEqualTo(1);
        assertThat(failing.err()).contains("smoke FAILED").contains("body-en-no-such-document");
    }

    @Test
    void reembedSaysUpToDateAndForcedRebuildsAndMovesTheAlias() {
        run("smoke");

        Run upToDate = run("reembed");
        assertThat(upToDate.exit()).as(upToDate.err()).isZero();
        assertThat(upToDate.out()).contains("up to date");

        Run forced = run("reembed", "--force");
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(forced.out()).contains("alias holistic_memory moved from holistic_memory_g");
        assertThat(run("smoke").exit()).as("the new generation serves").isZero();
    }

    @Test
    void failsTheStartWhenTheSmokeChecksFailAndSmokeOnStartIsSet() throws Exception {
        Path file = home.resolve("start-smoke.json");
        Files.writeString(file, """
				[{"query": "salt", "top_k": 1, "expect": ["soul-en-not-there"]}]""");
        SpringApplication application = new SpringApplication(VectorOperationsApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        String[] args = {"--aura.vector.smoke-on-start=true", "--aura.vector.smoke-file=" + file};

        assertThatThrownBy(() -> application.run(args))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("retrieval smoke checks failed at start")
                .hasMessageContaining("soul-en-not-there");
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = new CommandLine(new Aura360()).execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    private record Run(int exit, String out, String err) {}
}
