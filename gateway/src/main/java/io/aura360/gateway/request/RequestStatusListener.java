package io.aura360.gateway.request;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens on PostgreSQL's {@code holistic_request_status} channel (see V20__request_status_notifications.sql) and
 * hands each notification to the {@link RequestStatusBus}. Holds one dedicated connection, opened beside the pool
 * so the pool keeps all its connections for requests. A lost connection is reopened with backoff; since
 * notifications sent meanwhile are gone, every followed request is then re-read.
 */
@Component
class RequestStatusListener implements SmartLifecycle {

    static final String CHANNEL = "holistic_request_status";

    private static final Logger log = LoggerFactory.getLogger(RequestStatusListener.class);

    private static final int WAIT_MS = 1_000;

    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final DataSource dataSource;

    private final RequestStatusBus bus;

    private volatile boolean running;

    private volatile Thread thread;

    RequestStatusListener(DataSource dataSource, RequestStatusBus bus) {
        this.dataSource = dataSource;
        this.bus = bus;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("request-status-listener").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        Thread listener = thread;
        if (listener != null) {
            listener.interrupt();
            try {
                listener.join(Duration.ofSeconds(5));
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        Duration backoff = Duration.ofSeconds(1);
        boolean reconnecting = false;
        while (running) {
            try (Connection connection = open()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                if (reconnecting) {
                    bus.changedAll();
                }
                backoff = Duration.ofSeconds(1);
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(WAIT_MS);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            bus.changed(UUID.fromString(notification.getParameter()));
                        }
                    }
                }
            } catch (SQLException | RuntimeException ex) {
                if (!running) {
                    return;
                }
                log.warn(
                        "status notifications interrupted ({}); reconnecting in {}",
                        ex.getClass().getSimpleName(),
                        backoff);
                reconnecting = true;
                if (!pause(backoff)) {
                    return;
                }
                backoff = min(backoff.multipliedBy(2), MAX_BACKOFF);
            }
        }
    }

    /** A connection beside the pool, with its URL and credentials when it is Hikari; else one held from the pool. */
    private Connection open() throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
            Properties properties = new Properties();
            properties.putAll(hikari.getDataSourceProperties());
            if (hikari.getUsername() != null) {
                properties.setProperty("user", hikari.getUsername());
            }
            if (hikari.getPassword() != null) {
                properties.setProperty("password", hikari.getPassword());
            }
            properties.setProperty("ApplicationName", "aura360 status listener");
            return DriverManager.getConnection(hikari.getJdbcUrl(), properties);
        }
        return dataSource.getConnection();
    }

    private boolean pause(Duration backoff) {
        try {
            Thread.sleep(backoff);
            return true;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return (a.compareTo(b) <= 0) ? a : b;
    }
}
