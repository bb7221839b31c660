package io.aura360.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.aura360.gateway.database.FreshDatabase;
import io.aura360.gateway.security.TestKeys;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that drive the gateway alone over real HTTP: {@link GatewayTestApplication} on a random port,
 * on a database of its own that the gateway's Flyway migrates at start. All subclasses share one application.
 */
@SpringBootTest(classes = GatewayTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class GatewayHttpTest extends ApiOverHttpTest {

    static final String JWT_SECRET = "gateway-http-test-secret-of-at-least-32-bytes";

    /** The {@code iss} the gateway expects here, as the launcher sets it for its dev tokens. */
    static final String ISSUER = "aura360-dev";

    static final String ALLOWED_ORIGIN = "https://app.aura360.test";

    private static final FreshDatabase DATABASE = createDatabase();

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::jdbcUrl);
        registry.add("spring.datasource.username", DATABASE::user);
        registry.add("aura.jwt.secret", () -> JWT_SECRET);
        registry.add("aura.jwt.issuer", () -> ISSUER);
        registry.add("aura.jwt.jwks-url", TestKeys.JWKS::url);
        registry.add("aura.cors.allowed-origins", () -> ALLOWED_ORIGIN);
        // 20 requests per 20 minutes: one token refills every minute, so a slow machine cannot refill the burst
        // bucket while a test spends it (the default period, 1 minute, refills one every 3 s).
        registry.add("aura.quota.burst-period", () -> "20m");
        // As the launcher's application.yml sets them: unknown JSON fields refused, no whitelabel page, the public
        // API only described as OpenAPI 3.1,
        registry.add("spring.jackson.deserialization.fail-on-unknown-properties", () -> "true");
        registry.add("server.error.whitelabel.enabled", () -> "false");
        registry.add("springdoc.paths-to-match", () -> "/api/**");
        registry.add("springdoc.api-docs.version", () -> "openapi_3_1");
        // and the actuator on its own port, with the probes on the service port too
        registry.add("management.server.port", () -> "0");
        registry.add("management.endpoint.health.probes.enabled", () -> "true");
        registry.add("management.endpoint.health.probes.add-additional-paths", () -> "true");
    }

    /** A Supabase-style HS256 user token of the free tier. */
    static String token(UUID user) {
        return token(user, "free");
    }

    /** A Supabase-style HS256 user token of {@code tier}. */
    static String token(UUID user, String tier) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(user.toString())
                .audience("authenticated")
                .claim("role", "authenticated")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .claim("app_metadata", Map.of("tier", tier))
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(JWT_SECRET.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static FreshDatabase createDatabase() {
        FreshDatabase database = FreshDatabase.empty();
        Runtime.getRuntime().addShutdownHook(new Thread(database::close));
        return database;
    }
}
