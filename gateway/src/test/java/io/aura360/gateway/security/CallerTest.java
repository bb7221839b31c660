package io.aura360.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class CallerTest {

    private final UUID user = UUID.randomUUID();

    @Test
    void takesTheTierFromServerControlledAppMetadata() {
        assertThat(Caller.of(jwt(Map.of("tier", "premium"))).tier()).isEqualTo("premium");
    }

    @Test
    void fallsBackToTheLowestTierForMissingOrUnknownTiers() {
        assertThat(Caller.of(jwt(Map.of())).tier()).isEqualTo("free");
        assertThat(Caller.of(jwt(Map.of("tier", "platinum"))).tier()).isEqualTo("free");
        assertThat(Caller.of(jwt(null)).tier()).isEqualTo("free");
    }

    @Test
    void ignoresATierClaimOutsideAppMetadata() {
        Jwt jwt = Jwt.withTokenValue("t")
                .header("alg", "HS256")
                .subject(user.toString())
                .claim("tier", "premium")
                .claim("user_metadata", Map.of("tier", "premium"))
                .issuedAt(Instant.now())
                .build();
        assertThat(Caller.of(jwt).tier()).isEqualTo("free");
    }

    private Jwt jwt(Map<String, Object> appMetadata) {
        Jwt.Builder builder = Jwt.withTokenValue("t")
                .header("alg", "HS256")
                .subject(user.toString())
                .issuedAt(Instant.now());
        if (appMetadata != null) {
            builder.claim("app_metadata", appMetadata);
        }
        return builder.build();
    }
}
