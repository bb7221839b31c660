package io.aura360.gateway.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real JWKS endpoint on loopback, as Supabase publishes its asymmetric signing keys: RS256 and ES256 keys
 * generated for this test run, and a way to publish a new key (rotation). App's end-to-end tests use it too, from
 * the gateway's test jar.
 */
public final class TestKeys {

    public static final TestKeys JWKS = start();

    public final RSAKey rsa = rsa("rsa-1");

    public final ECKey ec = ec("ec-1");

    private final List<JWK> published = new CopyOnWriteArrayList<>(List.of(rsa, ec));

    private HttpServer server;

    private TestKeys() {}

    private static TestKeys start() {
        TestKeys keys = new TestKeys();
        try {
            keys.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        keys.server.createContext("/auth/v1/.well-known/jwks.json", exchange -> {
            byte[] body = new JWKSet(new ArrayList<>(keys.published))
                    .toPublicJWKSet()
                    .toString()
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        keys.server.start();
        return keys;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/auth/v1/.well-known/jwks.json";
    }

    public void publish(JWK key) {
        published.add(key);
    }

    public static RSAKey rsa(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public static ECKey ec(String kid) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
        } catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
