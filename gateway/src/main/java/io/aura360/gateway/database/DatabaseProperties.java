package io.aura360.gateway.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How many monthly partitions of {@code holistic_requests} are kept ready after the current month. */
@ConfigurationProperties("aura.database")
public record DatabaseProperties(@DefaultValue("3") int partitionsAhead) {

    public DatabaseProperties {
        if (partitionsAhead < 0) {
            throw new IllegalArgumentException("aura.database.partitions-ahead must not be negative");
        }
    }
}
