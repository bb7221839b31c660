package io.aura360.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.agents.LlmProperties;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReadyLineTest {

    @Test
    void namesTheHostedModelAndWhereItRuns() {
        LlmProperties ollama =
                new LlmProperties("openai", "http://localhost:11434/v1", "llama3.2", null, Duration.ofSeconds(10));

        assertThat(ReadyLine.describe(ollama))
                .isEqualTo(" (answers with openai model llama3.2 at http://localhost:11434/v1)");
    }

    @Test
    void saysTheOfflineComposerAnswersAndHowToChangeIt() {
        LlmProperties offline = new LlmProperties(null, null, null, null, null);

        assertThat(ReadyLine.describe(offline)).contains("offline composer").contains("AURA_LLM_PROVIDER");
    }

    @Test
    void neverPrintsTheApiKey() {
        LlmProperties gemini = new LlmProperties("gemini", null, "gemini-2.5-flash", "AIza-secret", null);

        assertThat(ReadyLine.describe(gemini))
                .isEqualTo(" (answers with gemini model gemini-2.5-flash)")
                .doesNotContain("AIza");
    }
}
