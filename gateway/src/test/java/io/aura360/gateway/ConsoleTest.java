package io.aura360.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The web console as the gateway serves it: the pages under a strict Content-Security-Policy, and no dev sign-in
 * while tokens are checked with a configured secret (the launcher turns dev sign-in on for the dev secret only).
 */
class ConsoleTest extends GatewayHttpTest {

    @Test
    void servesThePagesUnderAStrictContentSecurityPolicy() {
        Response page = get("/console/", null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<script type=\"module\" src=\"app.js\"></script>");
        assertThat(page.body()).doesNotContainPattern("<script>|<script type=\"module\">|\\son[a-z]+=\"");
        String csp = page.header("Content-Security-Policy");
        assertThat(csp)
                .contains("script-src 'self'")
                .contains("default-src 'none'")
                .contains("frame-ancestors 'none'");
        assertThat(csp).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(get("/console/app.js", null).contentType()).startsWith("text/javascript");
        assertThat(get("/console", null).status()).isEqualTo(302);
    }

    @Test
    void refusesToMintDevTokensWhileDevSignInIsOff() {
        assertThat(get("/console/config", null).json().path("dev_sign_in").asBoolean())
                .isFalse();

        Response refused = postJson(
                "/console/dev-token", null, "{\"user_id\": \"%s\", \"admin\": true}".formatted(UUID.randomUUID()));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("type").asString()).isEqualTo("https://aura360.io/problems/forbidden");
        assertThat(refused.body()).doesNotContain("access_token");
    }

    @Test
    void theApiKeepsItsOwnPolicy() {
        assertThat(get("/api/v1/me/usage", token(UUID.randomUUID())).header("Content-Security-Policy"))
                .isEqualTo("default-src 'none'; frame-ancestors 'none'");
    }
}
