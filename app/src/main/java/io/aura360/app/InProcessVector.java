package io.aura360.app;

import io.aura360.vector.VectorConfiguration;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The vector service inside the all-in-one process, unless {@code AURA_VECTOR_URL} names a separately deployed one:
 * then the gateway and agents run here and search there (the agents' {@code HttpEvidenceSearch}), and this process
 * neither loads the embedding model nor opens a collection.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(InProcessVector.NoRemoteVector.class)
@Import(VectorConfiguration.class)
class InProcessVector {

    /** The property the agents' remote vector client is configured by. */
    static final String REMOTE_URL = "aura.vector.url";

    static final class NoRemoteVector implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            // The same test as the agents' @ConditionalOnProperty, so exactly one of the two searches exists.
            String url = context.getEnvironment().getProperty(REMOTE_URL);
            return url == null || "false".equalsIgnoreCase(url);
        }
    }
}
