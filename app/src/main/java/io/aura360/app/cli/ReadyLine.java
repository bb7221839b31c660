package io.aura360.app.cli;

import io.aura360.agents.LlmProperties;
import org.springframework.context.ApplicationContext;

/** The end of the ready line: which model answers advice in this process, so a person sees what they configured. */
final class ReadyLine {

    private ReadyLine() {}

    /** Empty for a process without the agents (the gateway or vector service alone). */
    static String answeringModel(ApplicationContext context) {
        return context.getBeanProvider(LlmProperties.class).stream()
                .findFirst()
                .map(ReadyLine::describe)
                .orElse("");
    }

    static String describe(LlmProperties llm) {
        if ("offline".equals(llm.provider())) {
            return " (answers with the offline composer; set AURA_LLM_PROVIDER for a hosted model)";
        }
        String where = (llm.baseUrl() == null || llm.baseUrl().isBlank()) ? "" : " at " + llm.baseUrl();
        return " (answers with " + llm.provider() + " model " + llm.model() + where + ")";
    }
}
