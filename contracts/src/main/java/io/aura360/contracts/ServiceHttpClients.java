package io.aura360.contracts;

import java.net.http.HttpClient;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/**
 * The JDK HTTP client one AURA360 service uses to call another: HTTP/1.1 (the services' Tomcat does not speak
 * h2c, so an upgrade attempt would only cost a round trip), a short connect timeout, and the caller's mTLS identity
 * when one is configured. Read timeouts belong to each call (they follow the request's deadline).
 */
public final class ServiceHttpClients {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    private ServiceHttpClients() {}

    /** {@code ssl}: the caller's certificate and trusted CA for {@code https} services, or null for the JDK's. */
    public static HttpClient create(SSLContext ssl) {
        HttpClient.Builder http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT);
        return (ssl == null) ? http.build() : http.sslContext(ssl).build();
    }
}
