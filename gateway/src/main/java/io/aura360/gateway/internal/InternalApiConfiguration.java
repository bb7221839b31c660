package io.aura360.gateway.internal;

import io.aura360.platform.ServiceKeyFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The gateway's internal endpoints answer only callers presenting {@code AURA_SERVICE_KEY}. */
@Configuration(proxyBeanMethods = false)
class InternalApiConfiguration {

    @Bean
    FilterRegistrationBean<ServiceKeyFilter> internalServiceKeyFilter(
            @Value("${aura.service-key:}") String serviceKey) {
        FilterRegistrationBean<ServiceKeyFilter> registration =
                new FilterRegistrationBean<>(new ServiceKeyFilter(serviceKey));
        registration.addUrlPatterns("/internal/v1/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
