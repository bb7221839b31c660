package io.aura360.gateway.review;

import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The review queue's gauges. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReviewProperties.class)
class ReviewConfiguration {

    @Bean
    ReviewBacklog reviewBacklog(JdbcClient jdbc, ReviewProperties properties) {
        return new ReviewBacklog(jdbc, properties.metricsTtl(), properties.highWaitLimit(), Ticker.systemTicker());
    }
}
