package io.aura360.gateway.quota;

import io.aura360.gateway.security.Caller;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me/usage}: the caller's own quota use (never anyone else's). */
@RestController
class UsageController {

    private final QuotaService quotas;

    UsageController(QuotaService quotas) {
        this.quotas = quotas;
    }

    @GetMapping(path = "/api/v1/me/usage", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> usage(@AuthenticationPrincipal Jwt jwt) {
        Caller caller = Caller.of(jwt);
        return quotas.usage(caller.userId(), caller.tier());
    }
}
