package io.aura360.gateway.analytics;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The consumer runs when Redis is configured ({@code aura.redis.url} set, as for the Redis client itself) and
 * {@code aura.analytics.consumer.enabled} is not false. Without Redis the events stay in process and nothing is
 * counted.
 */
final class AnalyticsConsumerEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return StringUtils.hasText(context.getEnvironment().getProperty("aura.redis.url"))
                && context.getEnvironment().getProperty("aura.analytics.consumer.enabled", Boolean.class, true);
    }
}
