package io.aura360.app.cli;

import io.aura360.vector.embedding.EmbeddingProvider;
import io.aura360.vector.smoke.SmokeCheck;
import io.aura360.vector.smoke.SmokeQueries;
import io.aura360.vector.smoke.SmokeReport;
import io.aura360.vector.store.ServingCollection;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./aura360 smoke}: checks the embedding model against the served collection (dimension and model) and
 * runs the known queries of the smoke file; exits 0 only when every check passed.
 */
@Command(
        name = "smoke",
        description = "Check that retrieval works: model vs collection, and known queries find their documents.")
public final class SmokeCommand implements Callable<Integer> {

    @Option(names = "--file", description = "smoke file (default: the bundled knowledge/smoke-queries.json)")
    Path file;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = VectorContext.start(Map.of())) {
            SmokeCheck check =
                    (file == null) ? context.getBean(SmokeCheck.class) : new SmokeCheck(() -> SmokeQueries.load(file));
            SmokeReport report =
                    check.run(context.getBean(ServingCollection.class), context.getBean(EmbeddingProvider.class));
            (report.passed() ? System.out : System.err).println(report.summary());
            return report.passed() ? 0 : 1;
        } catch (RuntimeException ex) {
            System.err.println("smoke FAILED: " + Failures.rootMessage(ex));
            return 1;
        }
    }
}
