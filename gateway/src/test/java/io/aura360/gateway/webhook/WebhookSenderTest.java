package io.aura360.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DNS rebinding: a host that resolves to a public address when checked and to loopback when connected must never
 * be reached. The webhook receiver is a real server on loopback; the resolver is scripted.
 */
class WebhookSenderTest {

    private static final String HOST = "hooks.customer.example";

    private final List<String> hostHeaders = new CopyOnWriteArrayList<>();

    private HttpServer receiver;

    private String url;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            hostHeaders.add(exchange.getRequestHeaders().getFirst("Host"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        url = "http://" + HOST + ":" + receiver.getAddress().getPort() + "/hook";
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void neverConnectsToAnAddressThatChangedAfterTheCheck() throws Exception {
        RebindingResolver resolver = new RebindingResolver(InetAddress.getByName("93.184.215.14"), loopback());
        WebhookUrlPolicy policy = new WebhookUrlPolicy(true, false, resolver);
        assertThat(policy.check(url).getHost())
                .as("registration sees the public address")
                .isEqualTo(HOST);

        try (WebhookSender sender = new WebhookSender(policy)) {
            assertThatThrownBy(() -> sender.post(url, Map.of(), "{}"))
                    .isInstanceOf(WebhookUrlPolicy.RefusedWebhookAddressException.class);
        }

        assertThat(hostHeaders).as("the internal receiver was never reached").isEmpty();
        assertThat(resolver.lookups).hasValue(2);
    }

    @Test
    void connectsToTheCheckedAddressAndKeepsTheHostName() throws Exception {
        RebindingResolver resolver = new RebindingResolver(loopback(), loopback());
        WebhookUrlPolicy development = new WebhookUrlPolicy(true, true, resolver);

        try (WebhookSender sender = new WebhookSender(development)) {
            assertThat(sender.post(url, Map.of("X-Aura-Signature", "t=1,v1=x"), "{}"))
                    .isEqualTo(204);
        }

        assertThat(hostHeaders)
                .containsExactly(HOST + ":" + receiver.getAddress().getPort());
        assertThat(resolver.lookups).as("resolved once, by the policy").hasValue(1);
    }

    @Test
    void refusesALiteralInternalAddressAtDelivery() throws Exception {
        String literal = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        try (WebhookSender sender = new WebhookSender(new WebhookUrlPolicy(true, false))) {
            assertThatThrownBy(() -> sender.post(literal, Map.of(), "{}"))
                    .isInstanceOf(WebhookUrlPolicy.RefusedWebhookAddressException.class);
        }

        assertThat(hostHeaders).isEmpty();
    }

    private static InetAddress loopback() {
        return InetAddress.getLoopbackAddress();
    }

    /** Answers {@code first} on the first lookup and {@code later} on every other one. */
    private static final class RebindingResolver implements WebhookUrlPolicy.HostResolver {

        private final InetAddress first;

        private final InetAddress later;

        private final AtomicInteger lookups = new AtomicInteger();

        RebindingResolver(InetAddress first, InetAddress later) {
            this.first = first;
            this.later = later;
        }

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            if (!HOST.equals(host)) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {lookups.incrementAndGet() == 1 ? first : later};
        }
    }
}
