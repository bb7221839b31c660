package io.aura360.platform.http;

import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP client one AURA360 service uses to call another: Apache HttpClient 5's classic (blocking) client, so a
 * call reads and writes on the calling (virtual) thread; the JDK client it replaced handed every exchange between
 * its selector thread and worker threads, 1.7–2.6 ms of CPU per advice request in each process. HTTP/1.1 (the
 * services' Tomcat does not speak h2c), pooled keep-alive connections (as many per service as there are concurrent
 * calls: the pool must never be what a request waits for), a short connect timeout, and the caller's mTLS identity
 * when one is configured. Like the JDK client: no automatic retries (the callers retry with their own policy), no
 * redirects, no cookies. Read timeouts belong to each call (they follow the request's deadline: {@link
 * DeadlineRequests}).
 */
public final class ServiceHttpClients {

    private static final Timeout CONNECT_TIMEOUT = Timeout.ofSeconds(2);

    private static final int MAX_CONNECTIONS = 512;

    private ServiceHttpClients() {}

    /** {@code ssl}: the caller's certificate and trusted CA for {@code https} services, or null for the JDK's. */
    public static CloseableHttpClient create(SSLContext ssl) {
        PoolingHttpClientConnectionManagerBuilder connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(MAX_CONNECTIONS)
                .setMaxConnPerRoute(MAX_CONNECTIONS)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(CONNECT_TIMEOUT)
                        .build());
        if (ssl != null) {
            connections.setTlsSocketStrategy(
                    ClientTlsStrategyBuilder.create().setSslContext(ssl).buildClassic());
        }
        return HttpClients.custom()
                .setConnectionManager(connections.build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .build();
    }
}
