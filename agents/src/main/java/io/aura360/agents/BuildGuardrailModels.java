package io.aura360.agents;

import io.aura360.agents.guardrail.BuiltGuardrails;
import io.aura360.agents.model.LocalEmbeddings;
import java.nio.file.Path;

/**
 * Run by the build after compiling (exec-maven-plugin, {@code process-classes}): stores the crisis exemplar bank's
 * vectors, the n-gram layer's weights and the phrase automata under the classes directory ({@code BuiltGuardrails}),
 * so the agents read them at start instead of embedding thousands of lines, training on them and determinising
 * the rule files.
 */
public final class BuildGuardrailModels {

    private BuildGuardrailModels() {}

    public static void main(String[] args) {
        BuiltGuardrails.store(LocalEmbeddings.bgeSmall(), Path.of(args[0]));
    }
}
