package io.aura360.agents;

import io.aura360.agents.guardrail.CrisisDetector;
import io.aura360.agents.model.LocalEmbeddings;
import java.nio.file.Path;

/**
 * Run by the build after compiling (exec-maven-plugin, {@code process-classes}): stores the crisis exemplar bank's
 * vectors and the n-gram layer's weights under the classes directory, so the agents read them at start instead of
 * embedding thousands of lines and training on them.
 */
public final class BuildGuardrailModels {

    private BuildGuardrailModels() {}

    public static void main(String[] args) {
        CrisisDetector.storeBuiltModels(LocalEmbeddings.bgeSmall(), Path.of(args[0]));
    }
}
