package io.aura360.app.embedded;

import com.zaxxer.hikari.HikariDataSource;
import io.aura360.gateway.database.embedded.EmbeddedPostgresServer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Without {@code AURA_DB_URL}, the data source is an embedded PostgreSQL in {@code AURA_HOME}. */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseNotConfigured.class)
@EnableConfigurationProperties(AuraHomeProperties.class)
public class EmbeddedDatabaseConfiguration {

    /** The server {@code serve} began starting beside the context ({@link EarlyPostgres}), else one started now. */
    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(AuraHomeProperties properties) {
        return EarlyPostgres.take(properties.home());
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgresServer postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.jdbcUrl());
        dataSource.setUsername(postgres.user());
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("aura360-embedded");
        return dataSource;
    }
}
