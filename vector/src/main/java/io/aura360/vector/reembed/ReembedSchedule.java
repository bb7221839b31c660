package io.aura360.vector.reembed;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the {@link Reembedder} in the background: at once when asked, and at every time of
 * {@code aura.vector.reembed.cron} through Spring's scheduler (needs {@code @EnableScheduling}). Every run executes
 * on one thread of its own, so runs never overlap and a long rebuild does not hold the shared scheduler thread. The
 * served collection keeps answering while a run builds the next one.
 */
public final class ReembedSchedule implements AutoCloseable {

    /**
     * The cron of {@link ReembedProperties} (the bean {@code @EnableConfigurationProperties} registers), so a blank
     * value means "never" as it does there; Spring skips the method for {@code -}.
     */
    static final String CRON = "#{@'aura.vector.reembed-io.aura360.vector.reembed.ReembedProperties'.cron()}";

    private static final Logger log = LoggerFactory.getLogger(ReembedSchedule.class);

    private final Reembedder reembedder;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "aura-reembed");
        thread.setDaemon(true);
        return thread;
    });

    public ReembedSchedule(Reembedder reembedder) {
        this.reembedder = reembedder;
    }

    /** Starts a run in the background now; the future completes with its outcome. */
    public Future<ReembedOutcome> runNow(boolean force) {
        return executor.submit(() -> runLogged(force));
    }

    /** A run at a time of the cron (it is skipped when the collection is up to date). */
    @Scheduled(cron = CRON)
    public void runOnCron() {
        runNow(false);
    }

    private ReembedOutcome runLogged(boolean force) {
        try {
            ReembedOutcome outcome = reembedder.run(force);
            log.info(outcome.summary());
            return outcome;
        } catch (RuntimeException ex) {
            log.error("re-embedding failed; the served collection is unchanged", ex);
            throw ex;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
