package io.aura360.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Webhooks must not become a way into our own networks (SSRF). IP literals only: no DNS in tests. */
class WebhookUrlPolicyTest {

    private final WebhookUrlPolicy strict = new WebhookUrlPolicy(false, false);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://127.0.0.1/hook",
                "https://10.1.2.3/hook",
                "https://172.16.0.9/hook",
                "https://192.168.1.1/hook",
                "https://169.254.169.254/latest/meta-data",
                "https://[::1]/hook",
                "https://100.64.0.1/hook",
                "https://[fd00::1]/hook",
                "https://0.0.0.0/hook",
                "https://224.0.0.1/hook",
                "https://198.18.0.1/hook",
                "https://198.19.255.254/hook",
                "https://192.0.0.8/hook",
                "https://192.0.2.10/hook",
                "https://198.51.100.7/hook",
                "https://203.0.113.9/hook",
                "https://240.0.0.1/hook",
                "https://255.255.255.255/hook",
                "https://[64:ff9b::a9fe:a9fe]/hook",
                "https://[64:ff9b::5db8:d822]/hook",
                "https://[::ffff:127.0.0.1]/hook",
                "https://[::ffff:a9fe:a9fe]/hook",
                "https://[::7f00:1]/hook",
                "https://[2002:7f00:1::]/hook",
                "https://[2001:db8::1]/hook",
                "https://[2001:0:4136:e378::1]/hook",
                "https://[fe80::1]/hook",
                "https://[fc00::1]/hook",
                "https://[ff02::1]/hook"
            })
    void refusesInternalAddresses(String url) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> strict.check(url))
                .withMessageContaining("private or local");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://93.184.216.34/hook",
                "ftp://93.184.216.34/hook",
                "file:///etc/passwd",
                "https://user:pass@93.184.216.34/hook",
                "not a url",
                "https:///no-host"
            })
    void refusesInsecureOrMalformedUrls(String url) {
        assertThatIllegalArgumentException().isThrownBy(() -> strict.check(url));
    }

    @Test
    void acceptsAPublicHttpsAddress() {
        assertThat(strict.check("https://93.184.216.34/hooks/aura").getPath()).isEqualTo("/hooks/aura");
        assertThat(strict.check("https://[2606:2800:220:1:248:1893:25c8:1946]/hook")
                        .getPath())
                .isEqualTo("/hook");
        assertThat(strict.check("https://198.20.0.1/hook").getPath()).isEqualTo("/hook");
    }

    @Test
    void developmentMayAllowLocalHttp() {
        assertThat(new WebhookUrlPolicy(true, true)
                        .check("http://127.0.0.1:9999/hook")
                        .getPort())
                .isEqualTo(9999);
    }

    @Test
    void strictPolicyRefusesAHostThatDoesNotResolve() {
        WebhookUrlPolicy noDns = new WebhookUrlPolicy(false, false, host -> {
            throw new UnknownHostException(host);
        });

        assertThatIllegalArgumentException()
                .isThrownBy(() -> noDns.check("https://hooks.example/aura"))
                .withMessage("the webhook host does not resolve");
    }

    @Test
    void developmentPolicyDoesNotResolveAtRegistration() {
        WebhookUrlPolicy noDns = new WebhookUrlPolicy(false, true, host -> {
            throw new AssertionError("resolved " + host + " although private addresses are allowed");
        });

        assertThat(noDns.check("https://alice.example/hook").getHost()).isEqualTo("alice.example");
    }

    @Test
    void signsTimestampAndBodyWithHmacSha256() {
        String signature = WebhookSignature.sign("whsec_test", 1_700_000_000L, "{\"a\":1}");

        assertThat(signature).startsWith("t=1700000000,v1=").hasSize("t=1700000000,v1=".length() + 64);
        assertThat(signature).endsWith(WebhookSignature.hmac("whsec_test", "1700000000.{\"a\":1}"));
        assertThat(WebhookSignature.sign("whsec_other", 1_700_000_000L, "{\"a\":1}"))
                .isNotEqualTo(signature);
    }
}
