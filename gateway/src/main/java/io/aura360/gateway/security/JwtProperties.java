package io.aura360.gateway.security;

import java.nio.charset.StandardCharsets;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How user tokens are checked: the Supabase legacy HS256 {@code secret} (at least 32 bytes) and/or the
 * {@code jwksUrl} of its asymmetric signing keys (RS256, ES256), the expected {@code issuer} (not checked when
 * blank) and {@code audience} ({@code authenticated} on Supabase).
 */
@ConfigurationProperties("aura.jwt")
public record JwtProperties(String secret, String jwksUrl, String issuer, String audience) {

    static final int MIN_SECRET_BYTES = 32;

    public JwtProperties {
        secret = blankToNull(secret);
        jwksUrl = blankToNull(jwksUrl);
        if (secret == null && jwksUrl == null) {
            throw new IllegalArgumentException(
                    "set AURA_JWT_SECRET (HS256) or AURA_JWKS_URL (RS256/ES256) to check user tokens");
        }
        if (secret != null && secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("AURA_JWT_SECRET must be at least " + MIN_SECRET_BYTES + " bytes long");
        }
        audience = (audience == null || audience.isBlank()) ? "authenticated" : audience;
    }

    private static String blankToNull(String value) {
        return (value == null || value.isBlank()) ? null : value.strip();
    }

    @Override
    public String toString() {
        return "JwtProperties[jwksUrl=" + jwksUrl + ", issuer=" + issuer + ", audience=" + audience + "]";
    }
}
