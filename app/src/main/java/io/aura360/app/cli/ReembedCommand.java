package io.aura360.app.cli;

import io.aura360.vector.reembed.ReembedOutcome;
import io.aura360.vector.reembed.Reembedder;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./aura360 reembed}: rebuilds the served collection with the configured embedding model when it was built
 * with another one (or always, with {@code --force}), verifies it with the smoke queries and moves the alias.
 * Exits 1 when the rebuilt collection failed verification (the old one is still served).
 */
@Command(
        name = "reembed",
        description = "Re-embed the knowledge collection with the configured model, verify it, swap the alias.")
public final class ReembedCommand implements Callable<Integer> {

    @Option(names = "--force", description = "rebuild even when the collection already uses the configured model")
    boolean force;

    @Override
    public Integer call() {
        // The served collection may hold another model's vectors: that is what this command is for.
        Map<String, Object> properties =
                Map.of("aura.vector.reembed.on-model-change", "true", "aura.vector.load-starter-knowledge", "false");
        try (ConfigurableApplicationContext context = VectorContext.start(properties);
                ChunkProgressBar bar = new ChunkProgressBar("Re-embedding", "chunks", System.err)) {
            ReembedOutcome outcome = context.getBean(Reembedder.class).run(force, bar);
            boolean rejected = outcome instanceof ReembedOutcome.Rejected;
            (rejected ? System.err : System.out).println(outcome.summary());
            return rejected ? 1 : 0;
        } catch (RuntimeException ex) {
            System.err.println("reembed FAILED: " + Failures.rootMessage(ex));
            return 1;
        }
    }
}
