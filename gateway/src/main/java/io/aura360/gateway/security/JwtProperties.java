package io.aura360.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How user tokens are checked: the Supabase legacy HS256 {@code secret} (at least 32 bytes), the expected
 * {@code issuer} (not checked when blank) and {@code audience} ({@code authenticated} on Supabase).
 */
@ConfigurationProperties("aura.jwt")
public record JwtProperties(String secret, String issuer, String audience) {

	static final int MIN_SECRET_BYTES = 32;

	public JwtProperties {
		if (secret == null || secret.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
			throw new IllegalArgumentException(
					"aura.jwt.secret (AURA_JWT_SECRET) must be set and at least " + MIN_SECRET_BYTES + " bytes long");
		}
		audience = (audience == null || audience.isBlank()) ? "authenticated" : audience;
	}

}
