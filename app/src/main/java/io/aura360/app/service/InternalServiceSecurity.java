package io.aura360.app.service;

import io.aura360.gateway.security.ManagementPortRequests;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Security of the agents and vector services deployed alone: their internal APIs are guarded by the
 * service-key filter, health probes are open, the Prometheus scrape is served on the management port only, and
 * nothing else is served.
 */
@Configuration(proxyBeanMethods = false)
class InternalServiceSecurity {

    @Bean
    SecurityFilterChain internalServices(HttpSecurity http, Environment environment) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.requestMatchers(new ManagementPortRequests(environment))
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/livez", "/readyz", "/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/agents/v1/**", "/vector/v1/**")
                        .permitAll()
                        .anyRequest()
                        .denyAll());
        return http.build();
    }
}
