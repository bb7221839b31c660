package io.aura360.app.doctor;

import io.aura360.app.service.Env;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The configured embedding model against the served collection: opening it is what refuses a collection built with
 * another model or dimension at start, so the check opens it the same way. With {@code AURA_VECTOR_URL} set the
 * vector service runs elsewhere and checks its own collection when it starts.
 */
final class EmbeddingCheck implements Check {

    private final Env env;

    private final Supplier<CollectionReport> vector;

    EmbeddingCheck(Map<String, String> env, Supplier<CollectionReport> vector) {
        this.env = new Env(env);
        this.vector = vector;
    }

    @Override
    public String name() {
        return "embeddings";
    }

    @Override
    public Finding run() {
        if (env.isSet("AURA_VECTOR_URL")) {
            return Finding.pass("the vector service at AURA_VECTOR_URL checks its collection when it starts");
        }
        CollectionReport report;
        try {
            report = vector.get();
        } catch (RuntimeException ex) {
            String reason = RootCause.message(ex);
            if (reason.contains("Lock held") || reason.contains("LockObtainFailed")) {
                return Finding.warn("the index is open in a running AURA360: stop it to check the collection");
            }
            return Finding.fail(reason);
        }
        if (report.chunks() == 0) {
            return Finding.warn("collection " + report.collection() + " is empty (serve loads the starter knowledge "
                    + "on first start); model " + report.modelId());
        }
        return Finding.pass("collection " + report.collection() + " matches model " + report.modelId() + " ("
                + report.dimension() + " dimensions, " + report.chunks() + " chunks)");
    }
}
