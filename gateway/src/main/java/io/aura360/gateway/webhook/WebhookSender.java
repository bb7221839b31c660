package io.aura360.gateway.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Posts a webhook body. The HTTP client's only way to turn a host name into addresses is the policy's
 * {@link WebhookUrlPolicy#approvedAddresses}, so it connects to the very addresses that were checked, while the
 * request keeps the host name for {@code Host}, TLS SNI and certificate verification. No proxy, no redirects, no
 * cookies, no automatic retries (the notifier retries with backoff).
 */
final class WebhookSender implements AutoCloseable {

    private final WebhookUrlPolicy policy;

    private final CloseableHttpClient http;

    WebhookSender(WebhookUrlPolicy policy) {
        this.policy = policy;
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckedResolver(policy))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(3))
                                .setSocketTimeout(Timeout.ofSeconds(5))
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.ofSeconds(5))
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .build();
    }

    /** The response status; an {@link IOException} when the URL or its addresses are refused or unreachable. */
    int post(String url, Map<String, String> headers, String body) throws IOException {
        URI uri;
        try {
            uri = policy.checkForm(url);
        } catch (IllegalArgumentException ex) {
            throw new WebhookUrlPolicy.RefusedWebhookAddressException(ex.getMessage());
        }
        HttpPost post = new HttpPost(uri);
        headers.forEach(post::setHeader);
        post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        return http.execute(post, response -> response.getCode());
    }

    @Override
    public void close() {
        try {
            http.close();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private record CheckedResolver(WebhookUrlPolicy policy) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return policy.approvedAddresses(host);
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }
}
