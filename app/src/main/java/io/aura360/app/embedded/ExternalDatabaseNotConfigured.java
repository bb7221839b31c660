package io.aura360.app.embedded;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when no external PostgreSQL is configured ({@code AURA_DB_URL} unset or blank). */
class ExternalDatabaseNotConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String url = context.getEnvironment().getProperty("aura.db.url");
        return url == null || url.isBlank();
    }
}
