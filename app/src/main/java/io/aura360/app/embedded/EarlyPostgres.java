package io.aura360.app.embedded;

import io.aura360.gateway.database.embedded.EmbeddedPostgresServer;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded PostgreSQL on a second thread as soon as the environment says it will be needed (no
 * {@code aura.db.url}), so its start — {@code initdb} on a home's first start, about 4 s here, half a second later —
 * overlaps the application context's own, which otherwise reached it only after 2–3 s on one core. The context's
 * bean ({@link EmbeddedDatabaseConfiguration}) takes the server when it is for the same home, or starts one itself as
 * before; {@code serve} closes a server nothing took ({@link #abandon()}). Registered by {@code serve} only, after
 * Spring's logging listener, so the server's log lines have the configured format.
 */
public final class EarlyPostgres implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final AtomicReference<Started> STARTED = new AtomicReference<>();

    private record Started(Path home, CompletableFuture<EmbeddedPostgresServer> server) {}

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (ExternalDatabaseNotConfigured.in(environment)) {
            Binder.get(environment).bind("aura.home", Path.class).ifBound(EarlyPostgres::begin);
        }
    }

    private static void begin(Path home) {
        Path data = home.toAbsolutePath().normalize();
        CompletableFuture<EmbeddedPostgresServer> server = new CompletableFuture<>();
        Started earlier = STARTED.getAndSet(new Started(data, server));
        if (earlier != null) {
            close(earlier); // first: it holds the home's owner lock, which the new start needs
        }
        Thread.ofPlatform().name("postgres-start").daemon().start(() -> {
            try {
                server.complete(EmbeddedPostgresServer.start(data));
            } catch (RuntimeException | Error ex) {
                server.completeExceptionally(ex);
            }
        });
    }

    /** The server started early for {@code home}, waiting for its start; else one started now. */
    static EmbeddedPostgresServer take(Path home) {
        Path data = home.toAbsolutePath().normalize();
        Started started = STARTED.getAndSet(null);
        if (started == null) {
            return EmbeddedPostgresServer.start(data);
        }
        if (!started.home().equals(data)) {
            close(started);
            return EmbeddedPostgresServer.start(data);
        }
        try {
            return started.server().join();
        } catch (CompletionException ex) {
            throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
        }
    }

    /** Stops a server started early that no context took (an external database after all, or a failed start). */
    public static void abandon() {
        Started started = STARTED.getAndSet(null);
        if (started != null) {
            close(started);
        }
    }

    private static void close(Started started) {
        try {
            started.server().join().close();
        } catch (CompletionException ex) {
            // It never started: nothing to stop.
        }
    }
}
