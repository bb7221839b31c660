package io.aura360.app.service;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Security of the agents and vector services deployed alone: their internal APIs are guarded by the
 * service-key filter, health probes and the Prometheus scrape are open, and nothing else is served.
 */
@Configuration(proxyBeanMethods = false)
class InternalServiceSecurity {

    @Bean
    SecurityFilterChain internalServices(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/prometheus")
                        .permitAll()
                        .requestMatchers("/agents/v1/**", "/vector/v1/**")
                        .permitAll()
                        .anyRequest()
                        .denyAll());
        return http.build();
    }
}
