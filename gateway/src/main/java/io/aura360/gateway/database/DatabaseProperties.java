package io.aura360.gateway.database;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many monthly partitions of {@code holistic_requests} are kept ready after the current month, and how long one
 * statement of an advice request's write transactions may take ({@link AdviceTransactions}).
 */
@ConfigurationProperties("aura.database")
public record DatabaseProperties(
        @DefaultValue("3") int partitionsAhead,
        @DefaultValue("5s") Duration adviceStatementTimeout) {

    public DatabaseProperties {
        if (partitionsAhead < 0) {
            throw new IllegalArgumentException("aura.database.partitions-ahead must not be negative");
        }
        if (adviceStatementTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("aura.database.advice-statement-timeout must be at least 1ms");
        }
    }
}
