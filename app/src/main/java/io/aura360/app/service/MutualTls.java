package io.aura360.app.service;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Optional mutual TLS between the services, from three PEM files (or inline PEM): {@code AURA_TLS_CERTIFICATE}
 * (this service's certificate, naming its host), {@code AURA_TLS_PRIVATE_KEY} and {@code AURA_TLS_CA} (the CA that
 * signs every service's certificate). They become the Spring Boot SSL bundle {@value #BUNDLE}: the agents and
 * vector services serve HTTPS with it and require a client certificate from that CA; every service calls the
 * others with it ({@code aura.tls.bundle}). Unset: plain HTTP, the service key alone.
 */
public final class MutualTls {

    public static final String BUNDLE = "aura";

    private static final String PEM = "spring.ssl.bundle.pem." + BUNDLE + ".";

    private MutualTls() {}

    /** Default properties for {@code env}; {@code internalService} is true for agents and vector deployed alone. */
    public static Map<String, Object> properties(Map<String, String> env, boolean internalService) {
        String certificate = env.get("AURA_TLS_CERTIFICATE");
        String key = env.get("AURA_TLS_PRIVATE_KEY");
        String ca = env.get("AURA_TLS_CA");
        long given = Stream.of(certificate, key, ca)
                .filter(v -> v != null && !v.isBlank())
                .count();
        if (given == 0) {
            return Map.of();
        }
        if (given < 3) {
            throw new IllegalArgumentException(
                    "AURA_TLS_CERTIFICATE, AURA_TLS_PRIVATE_KEY and AURA_TLS_CA go together");
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put(PEM + "keystore.certificate", location(certificate));
        properties.put(PEM + "keystore.private-key", location(key));
        properties.put(PEM + "truststore.certificate", location(ca));
        properties.put("aura.tls.bundle", BUNDLE);
        if (internalService) {
            properties.put("server.ssl.bundle", BUNDLE);
            properties.put("server.ssl.client-auth", "need");
        }
        return properties;
    }

    /** Inline PEM and resource locations as given; a bare path is a file (Spring would look in the classpath). */
    private static String location(String value) {
        String trimmed = value.strip();
        if (trimmed.startsWith("-----BEGIN") || trimmed.startsWith("file:") || trimmed.startsWith("classpath:")) {
            return trimmed;
        }
        return "file:" + trimmed;
    }
}
