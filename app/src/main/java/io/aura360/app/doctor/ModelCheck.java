package io.aura360.app.doctor;

import dev.langchain4j.model.chat.ChatModel;
import io.aura360.agents.LlmProperties;
import io.aura360.agents.model.ChatModels;
import io.aura360.agents.model.ModelEndpoint;
import io.aura360.app.service.Env;
import java.time.Duration;
import java.util.Map;

/**
 * {@code AURA_LLM_*}: the hosted model answers a tiny call (a few tokens), so a wrong key, model name or base URL
 * shows here instead of in the first user's degraded answer.
 */
final class ModelCheck implements Check {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    static final String PROMPT = "Reply with the single word OK.";

    private final Env env;

    ModelCheck(Map<String, String> env) {
        this.env = new Env(env);
    }

    @Override
    public String name() {
        return "model";
    }

    @Override
    public Finding run() {
        LlmProperties llm;
        try {
            llm = new LlmProperties(
                    env.get("AURA_LLM_PROVIDER").orElse(null),
                    env.get("AURA_LLM_BASE_URL").orElse(null),
                    env.get("AURA_LLM_MODEL").orElse(null),
                    env.get("AURA_LLM_API_KEY").orElse(null),
                    TIMEOUT);
        } catch (IllegalArgumentException ex) {
            return Finding.fail(ex.getMessage());
        }
        if ("offline".equals(llm.provider())) {
            return Finding.pass("offline composer answers (set AURA_LLM_PROVIDER for a hosted model)");
        }
        ModelEndpoint endpoint = new ModelEndpoint(llm.baseUrl(), llm.apiKey(), llm.model(), TIMEOUT);
        ChatModel model =
                "gemini".equals(llm.provider()) ? ChatModels.gemini(endpoint) : ChatModels.openAiCompatible(endpoint);
        String name = llm.provider() + " model " + llm.model();
        try {
            String answer = model.chat(PROMPT);
            if (answer == null || answer.isBlank()) {
                return Finding.fail(name + " answered with no text");
            }
            return Finding.pass(name + " answers");
        } catch (RuntimeException ex) {
            return Finding.fail(name + " did not answer: " + RootCause.message(ex));
        }
    }
}
