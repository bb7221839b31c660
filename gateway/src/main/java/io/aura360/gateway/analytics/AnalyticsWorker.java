package io.aura360.gateway.analytics;

import io.lettuce.core.api.StatefulRedisConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the consumer's passes on one virtual thread from start to shutdown. A failed pass (Redis unreachable) is
 * logged and tried again after the poll interval; the entries it left pending are claimed on a later pass. The
 * consumer's connection is closed with the worker, after its thread stopped.
 */
final class AnalyticsWorker implements SmartLifecycle, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsWorker.class);

    private final StatefulRedisConnection<String, String> connection;

    private final AnalyticsStreamConsumer consumer;

    private volatile boolean running;

    private Thread thread;

    AnalyticsWorker(StatefulRedisConnection<String, String> connection, AnalyticsStreamConsumer consumer) {
        this.connection = connection;
        this.consumer = consumer;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = Thread.ofVirtual().name("aura-analytics").start(this::work);
    }

    private void work() {
        boolean groupReady = false;
        while (running) {
            try {
                if (!groupReady) {
                    consumer.createGroup();
                    groupReady = true;
                }
                consumer.pass();
            } catch (RuntimeException ex) {
                if (running) {
                    log.warn("analytics: reading the event stream failed, trying again: {}", ex.toString());
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(consumer.poll().toMillis() + 1);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(consumer.poll().toMillis() + 1_000);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void close() {
        stop();
        connection.close();
    }
}
