package io.aura360.app.embedded;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when no external PostgreSQL is configured ({@code AURA_DB_URL} unset or blank). */
class ExternalDatabaseNotConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return in(context.getEnvironment());
    }

    /** Whether {@code environment} names no external PostgreSQL: the embedded one is then the data source. */
    static boolean in(Environment environment) {
        String url = environment.getProperty("aura.db.url");
        return url == null || url.isBlank();
    }
}
