package io.aura360.vector.reembed;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;

/**
 * Runs the {@link Reembedder} in the background, on one thread of its own: at once when asked, and at every
 * time of a cron expression. The served collection keeps answering while a run builds the next one.
 */
public final class ReembedSchedule implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReembedSchedule.class);

    private final Reembedder reembedder;

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
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

    /** Runs at every time of {@code cron} from now on (a run is skipped when the collection is up to date). */
    public void scheduleCron(String cron) {
        CronExpression expression = CronExpression.parse(cron);
        ZonedDateTime next = expression.next(ZonedDateTime.now());
        if (next == null) {
            return;
        }
        long delay = Math.max(0, Duration.between(ZonedDateTime.now(), next).toMillis());
        executor.schedule(
                () -> {
                    runLogged(false);
                    scheduleCron(cron);
                },
                delay,
                TimeUnit.MILLISECONDS);
        log.info("next re-embedding check at {}", next);
    }

    private ReembedOutcome runLogged(boolean force) {
        try {
            return reembedder.run(force);
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
