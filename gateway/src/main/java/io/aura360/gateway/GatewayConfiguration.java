package io.aura360.gateway;

import io.aura360.gateway.request.AdviceJobProperties;
import io.aura360.gateway.request.GatewayProperties;
import io.aura360.gateway.request.StatusStreamProperties;
import io.aura360.gateway.retention.RetentionProperties;
import io.aura360.platform.breaker.CircuitBreakerConfiguration;
import io.aura360.platform.redis.RedisConfiguration;
import io.micrometer.context.ContextExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The gateway's beans: the public API, security, profile and request persistence, and the process's Redis client. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@Import({RedisConfiguration.class, CircuitBreakerConfiguration.class})
@EnableConfigurationProperties({
    GatewayProperties.class,
    AdviceJobProperties.class,
    StatusStreamProperties.class,
    RetentionProperties.class
})
public class GatewayConfiguration {

    /**
     * Advice work runs on virtual threads; shutdown waits for runs in progress so none is left half done. Each task
     * carries the submitting request's trace context, so the calls it makes belong to the request's trace.
     */
    @Bean(destroyMethod = "close")
    ExecutorService adviceExecutor() {
        return ContextExecutorService.wrap(Executors.newVirtualThreadPerTaskExecutor());
    }
}
