package io.aura360.gateway.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stateless bearer-token security for the public API: Supabase-shaped HS256 tokens, checked for signature,
 * {@code exp}/{@code nbf} (60 s skew), audience, issuer (when configured), a UUID {@code sub} and
 * {@code role=authenticated} (a {@code service_role} token is not a user).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({JwtProperties.class, CorsProperties.class})
public class SecurityConfiguration {

    /** Largest public request body; an advice request with a 2,000-character message is far below it. */
    static final long MAX_BODY_BYTES = 64 * 1024;

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper json, Environment environment, CorsProperties cors)
            throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(json);
        http.csrf(csrf -> csrf.disable())
                .cors(config -> config.configurationSource(corsSource(cors.allowedOrigins())))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .addFilterBefore(
                        new RequestSizeLimitFilter(MAX_BODY_BYTES, json), BearerTokenAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.requestMatchers(new ManagementPortRequests(environment))
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.GET,
                                "/livez",
                                "/readyz",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/actuator/info",
                                "/v3/api-docs",
                                "/v3/api-docs/**")
                        .permitAll()
                        // Metrics are served on the management port only: the scrape reads the database.
                        .requestMatchers("/actuator/**")
                        .denyAll()
                        .requestMatchers("/error")
                        .permitAll()
                        // Internal APIs authenticate with the service key in a servlet filter that runs before this
                        // chain
                        // and refuses bearer tokens there; user tokens must not reach them.
                        .requestMatchers("/agents/v1/**", "/vector/v1/**")
                        .permitAll()
                        .requestMatchers("/api/v1/admin/**")
                        .hasAuthority("SCOPE_" + Caller.ADMIN_SCOPE)
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(oauth ->
                        oauth.jwt(jwt -> {}).authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    /** Browsers may call the API only from the origins in {@code AURA_CORS_ORIGINS} (none by default). */
    private static CorsConfigurationSource corsSource(List<String> allowedOrigins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(allowedOrigins.stream().filter(o -> !o.isBlank()).toList());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key", "traceparent"));
        cors.setExposedHeaders(List.of("Location", "Retry-After", "X-Trace-Id"));
        cors.setMaxAge(600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }

    @Bean
    JwtDecoder jwtDecoder(JwtProperties properties) {
        OAuth2TokenValidator<Jwt> validator = validator(properties);
        NimbusJwtDecoder secretDecoder = null;
        if (properties.secret() != null) {
            SecretKeySpec key = new SecretKeySpec(properties.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
            secretDecoder = NimbusJwtDecoder.withSecretKey(key)
                    .macAlgorithm(MacAlgorithm.HS256)
                    .build();
            secretDecoder.setJwtValidator(validator);
            secretDecoder.setClaimSetConverter(IssuerAsWritten.claimSetConverter());
        }
        JwtDecoder keySetDecoder = null;
        if (properties.jwksUrl() != null) {
            keySetDecoder = new KeySetJwtDecoder(properties.jwksUrl(), KeySetJwtDecoder.REFETCH_INTERVAL, validator);
        }
        return new AlgorithmRoutingJwtDecoder(secretDecoder, keySetDecoder);
    }

    static OAuth2TokenValidator<Jwt> validator(JwtProperties properties) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(new JwtTimestampValidator());
        validators.add(new JwtClaimValidator<Object>("exp", Objects::nonNull));
        validators.add(
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(properties.audience())));
        validators.add(new JwtClaimValidator<String>("sub", SecurityConfiguration::isUuid));
        validators.add(new JwtClaimValidator<String>("role", "authenticated"::equals));
        if (properties.issuer() != null && !properties.issuer().isBlank()) {
            validators.add(new JwtIssuerValidator(properties.issuer()));
        }
        return new DelegatingOAuth2TokenValidator<>(validators);
    }

    private static boolean isUuid(String value) {
        try {
            return value != null && UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException ex) {
            return false;
        }
    }
}
