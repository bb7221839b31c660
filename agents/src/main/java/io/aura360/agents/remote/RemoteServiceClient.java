package io.aura360.agents.remote;

import io.aura360.contracts.DeadlineHeader;
import io.aura360.contracts.ServiceKeys;
import io.aura360.platform.http.DeadlineRequests;
import io.aura360.platform.http.ServiceHttpClients;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import org.springframework.web.client.RestClient;

/**
 * A JSON client for another AURA360 service: its base URL, the service key, bounded connect and read times, and
 * the service's TLS identity when mTLS is configured ({@code ssl} null: the JDK defaults). Built from the
 * application's {@link RestClient.Builder}, so calls are observed and carry the W3C {@code traceparent}.
 */
final class RemoteServiceClient {

    private final RestClient client;

    private final DeadlineRequests requests;

    private final Duration timeout;

    private RemoteServiceClient(RestClient client, DeadlineRequests requests, Duration timeout) {
        this.client = client;
        this.requests = requests;
        this.timeout = timeout;
    }

    static RemoteServiceClient create(
            RestClient.Builder builder, String baseUrl, String serviceKey, Duration timeout, SSLContext ssl) {
        DeadlineRequests requests = new DeadlineRequests(ServiceHttpClients.create(ssl), timeout);
        RestClient client = builder.clone()
                .baseUrl(baseUrl)
                .requestFactory(requests)
                .defaultHeader(ServiceKeys.HEADER, serviceKey)
                .build();
        return new RemoteServiceClient(client, requests, timeout);
    }

    /** The client; calls outside {@link #until} wait for the configured timeout. */
    RestClient client() {
        return client;
    }

    /**
     * Runs {@code call} (with {@link #client()}) so that it waits no longer than the time left before
     * {@code deadline} (nor than the configured timeout). The call tells the callee its budget itself
     * ({@link DeadlineHeader#HEADER}).
     */
    <T> T until(Instant deadline, Clock clock, Supplier<T> call) {
        Duration left = Duration.between(clock.instant(), deadline);
        return requests.waiting((left.compareTo(timeout) < 0) ? left : timeout, call);
    }
}
