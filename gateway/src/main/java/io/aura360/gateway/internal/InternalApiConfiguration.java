package io.aura360.gateway.internal;

import io.aura360.platform.ServiceKeyFilter;
import io.aura360.platform.ServiceKeyProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The gateway's internal endpoints answer only callers presenting {@code AURA_SERVICE_KEY}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServiceKeyProperties.class)
class InternalApiConfiguration {

    @Bean
    FilterRegistrationBean<ServiceKeyFilter> internalServiceKeyFilter(ServiceKeyProperties properties) {
        FilterRegistrationBean<ServiceKeyFilter> registration =
                new FilterRegistrationBean<>(new ServiceKeyFilter(properties.serviceKey()));
        registration.addUrlPatterns("/internal/v1/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
