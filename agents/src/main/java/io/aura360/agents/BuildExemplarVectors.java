package io.aura360.agents;

import io.aura360.agents.guardrail.CrisisDetector;
import io.aura360.agents.model.LocalEmbeddings;
import java.nio.file.Path;

/**
 * Run by the build after compiling (exec-maven-plugin, {@code process-classes}): stores the crisis exemplar bank's
 * vectors under the classes directory, so the agents read them at start instead of embedding thousands of lines.
 */
public final class BuildExemplarVectors {

    private BuildExemplarVectors() {}

    public static void main(String[] args) {
        CrisisDetector.storeExemplarVectors(LocalEmbeddings.bgeSmall(), Path.of(args[0]));
    }
}
