package io.aura360.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A webhook is registered only at a URL the gateway can parse and deliver to. */
class WebhookRegistrationTest extends GatewayHttpTest {

    @Test
    void refusesAnUnparsableWebhookUrl() {
        UUID user = UUID.randomUUID();
        assertThat(put("/api/v1/me/webhook", token(user), "{\"url\": \"ftp://example.com/x\"}")
                        .status())
                .isEqualTo(422);
        assertThat(put("/api/v1/me/webhook", token(user), "{\"url\": \"\"}").status())
                .isEqualTo(422);
    }
}
