package io.aura360.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** A counting JWKS server on loopback: forged key ids must not turn into outbound fetches. */
class KeySetJwtDecoderTest {

    /** Short, so that the rotation test need not wait the production interval. */
    private static final Duration SHORT_WINDOW = Duration.ofSeconds(1);

    private final AtomicInteger fetches = new AtomicInteger();

    private final List<JWK> published = new CopyOnWriteArrayList<>();

    private final RSAKey stranger = rsa("stranger");

    private HttpServer server;

    private String url;

    @BeforeEach
    void startKeySet() throws Exception {
        published.add(rsa("current"));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/jwks.json", exchange -> {
            fetches.incrementAndGet();
            byte[] body = new JWKSet(new ArrayList<>(published))
                    .toPublicJWKSet()
                    .toString()
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks.json";
    }

    private JwtDecoder decoder(Duration refetchInterval) {
        return new AlgorithmRoutingJwtDecoder(
                null, new KeySetJwtDecoder(url, refetchInterval, jwt -> OAuth2TokenValidatorResult.success()));
    }

    @AfterEach
    void stopKeySet() {
        server.stop(0);
    }

    @Test
    void twoHundredForgedKeyIdsCostAtMostTwoFetches() throws Exception {
        JwtDecoder decoder = decoder(KeySetJwtDecoder.REFETCH_INTERVAL);
        for (int i = 0; i < 200; i++) {
            String forged = token(stranger, "forged-" + UUID.randomUUID());
            assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(BadJwtException.class);
        }

        assertThat(fetches).hasValueLessThanOrEqualTo(2);
    }

    @Test
    void acceptsTheCurrentKeyWithoutFetchingForEveryToken() throws Exception {
        JwtDecoder decoder = decoder(KeySetJwtDecoder.REFETCH_INTERVAL);
        for (int i = 0; i < 20; i++) {
            assertThat(decoder.decode(token((RSAKey) published.get(0), "current"))
                            .getSubject())
                    .isNotBlank();
        }

        assertThat(fetches).hasValue(1);
    }

    @Test
    void picksUpARotatedKeyOnceTheRefetchWindowHasPassed() throws Exception {
        long start = System.nanoTime();
        JwtDecoder decoder = decoder(SHORT_WINDOW);
        for (int i = 0; i < 20; i++) {
            String forged = token(stranger, "forged-" + UUID.randomUUID());
            assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(BadJwtException.class);
        }
        RSAKey rotated = rsa("rotated");
        published.add(rotated);
        String legitimate = token(rotated, "rotated");

        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(100))
                .ignoreExceptions()
                .untilAsserted(() ->
                        assertThat(decoder.decode(legitimate).getSubject()).isNotBlank());
        long windows = Duration.ofNanos(System.nanoTime() - start).toMillis() / SHORT_WINDOW.toMillis() + 1;
        assertThat(fetches).as("at most two fetches per window").hasValueLessThanOrEqualTo((int) (2 * windows));
    }

    private static RSAKey rsa(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String token(RSAKey key, String keyId) throws JOSEException {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(),
                new JWTClaimsSet.Builder()
                        .subject(UUID.randomUUID().toString())
                        .audience("authenticated")
                        .build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
