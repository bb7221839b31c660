package io.aura360.agents;

import io.aura360.agents.guardrail.CrisisDetector;
import io.aura360.agents.guardrail.ModelTextGuard;
import io.aura360.agents.model.LocalEmbeddings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds what the agents' guardrails compile at start-up (the crisis and medical phrase automata, the n-gram layer
 * and the exemplar bank read from what the build stored) on a second thread while the application context starts on
 * the first ({@code ServeCommand}): that context is built on one core, and these take seconds of CPU of their own.
 * The beans that need them later find them built, or wait for the build in progress (a class's static initialisation
 * and a {@code computeIfAbsent} are each run once); a failure here is only logged, and happens again, with its cause,
 * where the bean is created.
 */
public final class AgentsWarmUp {

    private static final Logger log = LoggerFactory.getLogger(AgentsWarmUp.class);

    private AgentsWarmUp() {}

    public static void run() {
        try {
            new ModelTextGuard();
            CrisisDetector.offline(LocalEmbeddings.bgeSmall());
        } catch (RuntimeException | LinkageError ex) {
            log.warn("guardrail warm-up failed; the agents build them when first needed", ex);
        }
    }
}
