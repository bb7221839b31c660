package io.aura360.platform.http;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.util.Timeout;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

/**
 * The request factory of a {@code RestClient} built once whose calls each wait their own time (the time left
 * before a request's deadline). {@code RestClient} has no per-call timeout, and building a client per call is not
 * cheap: every build detects and constructs its message converters again (new object mappers, class loading, a
 * service-loader scan of the class path), which was most of the cost of an internal call in split mode. A call
 * states its wait with {@link #waiting(Duration, Supplier)}; requests made outside it wait {@code defaultWait}.
 * Each request carries its wait as its own request configuration: for the response, and for a pooled connection.
 *
 * <p>
 * The wait is held for the calling thread only while the call runs: {@code RestClient} creates and executes its
 * request on the thread that calls {@code retrieve()} / {@code exchange()}.
 */
public final class DeadlineRequests implements ClientHttpRequestFactory {

    private static final ThreadLocal<Duration> WAIT = new ThreadLocal<>();

    private final HttpComponentsClientHttpRequestFactory requests;

    private final Duration defaultWait;

    public DeadlineRequests(CloseableHttpClient http, Duration defaultWait) {
        this.defaultWait = defaultWait;
        this.requests = new HttpComponentsClientHttpRequestFactory(http);
        this.requests.setHttpContextFactory((method, uri) -> waitingContext());
    }

    /** Runs {@code call}, whose requests through this factory wait at most {@code wait} for their response. */
    public <T> T waiting(Duration wait, Supplier<T> call) {
        Duration outer = WAIT.get();
        WAIT.set(wait);
        try {
            return call.get();
        } finally {
            if (outer == null) {
                WAIT.remove();
            } else {
                WAIT.set(outer);
            }
        }
    }

    @Override
    public ClientHttpRequest createRequest(URI uri, HttpMethod method) throws IOException {
        return requests.createRequest(uri, method);
    }

    private HttpClientContext waitingContext() {
        Duration wait = WAIT.get();
        Timeout timeout = Timeout.of((wait != null) ? wait : defaultWait);
        HttpClientContext context = HttpClientContext.create();
        context.setRequestConfig(RequestConfig.custom()
                .setResponseTimeout(timeout)
                .setConnectionRequestTimeout(timeout)
                .build());
        return context;
    }
}
