package io.aura360.agents.remote;

import io.aura360.contracts.DeadlineHeader;
import io.aura360.contracts.ServiceHttpClients;
import io.aura360.contracts.ServiceKeys;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.net.ssl.SSLContext;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * A JSON client for another AURA360 service: its base URL, the service key, bounded connect and read times, and
 * the service's TLS identity when mTLS is configured ({@code ssl} null: the JDK defaults). Built from the
 * application's {@link RestClient.Builder}, so calls are observed and carry the W3C {@code traceparent}.
 */
final class RemoteServiceClient {

    private final RestClient client;

    private final HttpClient http;

    private final Duration timeout;

    private RemoteServiceClient(RestClient client, HttpClient http, Duration timeout) {
        this.client = client;
        this.http = http;
        this.timeout = timeout;
    }

    static RemoteServiceClient create(
            RestClient.Builder builder, String baseUrl, String serviceKey, Duration timeout, SSLContext ssl) {
        HttpClient httpClient = ServiceHttpClients.create(ssl);
        RestClient client = builder.clone()
                .baseUrl(baseUrl)
                .requestFactory(requests(httpClient, timeout))
                .defaultHeader(ServiceKeys.HEADER, serviceKey)
                .build();
        return new RemoteServiceClient(client, httpClient, timeout);
    }

    /** The client for calls that have no deadline of their own: the configured read timeout bounds them. */
    RestClient client() {
        return client;
    }

    /**
     * The client for a call that must end by {@code deadline}: it waits no longer than the time left (nor than the
     * configured timeout) and tells the callee its budget in {@link DeadlineHeader#HEADER}.
     */
    RestClient until(Instant deadline, Clock clock) {
        Duration left = Duration.between(clock.instant(), deadline);
        Duration wait = (left.compareTo(timeout) < 0) ? left : timeout;
        return client.mutate()
                .requestFactory(requests(http, wait))
                .defaultHeader(DeadlineHeader.HEADER, DeadlineHeader.budget(deadline, clock))
                .build();
    }

    private static JdkClientHttpRequestFactory requests(HttpClient http, Duration readTimeout) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(readTimeout);
        return requests;
    }
}
