package io.aura360.gateway.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Decodes tokens signed with the keys of a published JWK set (RS256, ES256). The set is cached, and a token naming
 * an unknown {@code kid} may trigger a refetch (key rotation) — but Nimbus's rate limiter allows at most two
 * fetches per {@code refetchInterval}, so forged tokens with random key ids cannot make every request an outbound
 * call; a rotated key is picked up at the latest one interval later.
 */
final class KeySetJwtDecoder implements JwtDecoder {

    /** Supabase rotates keys rarely and publishes the next one ahead of use; 5 minutes of caching is safe. */
    static final Duration CACHE_TIME_TO_LIVE = Duration.ofMinutes(5);

    static final Duration REFETCH_INTERVAL = Duration.ofSeconds(30);

    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);

    /** Per connect and per read; Nimbus's default (0.5 s) is short for a key set behind a CDN far away. */
    private static final int HTTP_TIMEOUT_MILLIS = 2000;

    private static final int MAX_KEY_SET_BYTES = 50 * 1024;

    private final NimbusJwtDecoder decoder;

    KeySetJwtDecoder(String jwksUrl, Duration refetchInterval, OAuth2TokenValidator<Jwt> validator) {
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.create(
                            URI.create(jwksUrl).toURL(),
                            new DefaultResourceRetriever(HTTP_TIMEOUT_MILLIS, HTTP_TIMEOUT_MILLIS, MAX_KEY_SET_BYTES))
                    .cache(CACHE_TIME_TO_LIVE.toMillis(), FETCH_TIMEOUT.toMillis())
                    .rateLimited(refetchInterval.toMillis())
                    .retrying(false)
                    .refreshAheadCache(false)
                    .build();
        } catch (MalformedURLException | IllegalArgumentException ex) {
            throw new IllegalArgumentException("AURA_JWKS_URL is not a valid URL", ex);
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(
                new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256), keys));
        // Claims are checked by Spring's validators (SecurityConfiguration.validator), not twice.
        processor.setJWTClaimsSetVerifier((claims, context) -> {});
        decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(validator);
        decoder.setClaimSetConverter(IssuerAsWritten.claimSetConverter());
    }

    /** A key id that is unknown while refetching is rate-limited is a bad token (401), not a server error. */
    @Override
    public Jwt decode(String token) throws JwtException {
        try {
            return decoder.decode(token);
        } catch (JwtException ex) {
            for (Throwable cause = ex; cause != null && !(ex instanceof BadJwtException); cause = cause.getCause()) {
                if (cause instanceof RateLimitReachedException) {
                    throw new BadJwtException("no published key matches the token", ex);
                }
            }
            throw ex;
        }
    }
}
