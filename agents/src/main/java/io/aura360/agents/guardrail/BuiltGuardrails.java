package io.aura360.agents.guardrail;

import java.nio.file.Path;

/**
 * What a start would otherwise compute from the shipped guardrail data, computed by the build after compiling
 * ({@code BuildGuardrailModels}) and stored under the classes directory: the crisis bank's vectors and n-gram weights
 * ({@link CrisisDetector#storeBuiltModels}) and every phrase automaton of the crisis lexicon and the medical rules
 * ({@link PhraseAutomata}). Each file is rewritten only when what it was computed from has changed.
 */
public final class BuiltGuardrails {

    private BuiltGuardrails() {}

    public static void store(TextEmbedder embedder, Path classes) {
        CrisisDetector.storeBuiltModels(embedder, classes);
        new ModelTextGuard(); // builds the medical rules' and the crisis lexicon's phrase lists
        PhraseAutomata.store(classes);
    }
}
