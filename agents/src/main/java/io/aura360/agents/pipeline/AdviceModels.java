package io.aura360.agents.pipeline;

import io.aura360.agents.model.AdviceModel;
import io.aura360.contracts.ErrorType;
import io.aura360.contracts.agents.AgentRunException;
import java.util.HashMap;
import java.util.Map;

/**
 * The models an agent step may name: {@code offline} (always), the configured hosted provider under its own
 * name ({@code gemini} or {@code openai}) and {@code default}, which is whatever {@code AURA_LLM_PROVIDER}
 * chose. A step naming a provider that is not configured fails clearly instead of silently using another.
 */
public final class AdviceModels {

    public static final String OFFLINE = "offline";

    public static final String DEFAULT = "default";

    private final Map<String, AdviceModel> byName;

    public AdviceModels(AdviceModel offline, String defaultProvider, AdviceModel hosted) {
        Map<String, AdviceModel> models = new HashMap<>(Map.of(OFFLINE, offline, DEFAULT, offline));
        if (hosted != null && !OFFLINE.equals(defaultProvider)) {
            models.put(defaultProvider, hosted);
            models.put(DEFAULT, hosted);
        }
        this.byName = Map.copyOf(models);
    }

    /** Only the offline composer: no hosted provider configured. */
    public static AdviceModels offlineOnly(AdviceModel offline) {
        return new AdviceModels(offline, OFFLINE, null);
    }

    /** The offline composer, which answers when a hosted model cannot. */
    AdviceModel offline() {
        return byName.get(OFFLINE);
    }

    AdviceModel named(String name, String agent) {
        AdviceModel model = byName.get(name);
        if (model == null) {
            throw new AgentRunException(
                    ErrorType.MODEL_NOT_CONFIGURED,
                    false,
                    "agent " + agent + " asks for model '" + name + "', which is not configured",
                    null);
        }
        return model;
    }
}
