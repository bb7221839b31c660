package io.aura360.agents;

import io.aura360.agents.prompt.ContextBudget;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code aura.agents.prompt.context-chars} ({@code AURA_AGENTS_PROMPT_CONTEXT_CHARS}): the most characters a
 * step's prompt data block may take before the oldest conversation turns, recent responses and habits are
 * dropped ({@link ContextBudget}).
 */
@ConfigurationProperties("aura.agents.prompt")
public record PromptProperties(Integer contextChars) {

    public PromptProperties {
        contextChars = (contextChars == null) ? ContextBudget.DEFAULT_CHARS : contextChars;
    }

    ContextBudget budget() {
        return new ContextBudget(contextChars);
    }
}
