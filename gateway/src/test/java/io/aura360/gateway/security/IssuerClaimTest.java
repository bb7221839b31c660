package io.aura360.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/** The issuer claim stays the string the token carries, URL or not, and is still checked when one is configured. */
class IssuerClaimTest {

    private static final String SECRET = "issuer-claim-test-secret-of-32-bytes-or-more";

    @Test
    void anIssuerThatIsNotAUrlIsKeptAsWrittenWithoutAFailedConversion() throws Exception {
        JwtDecoder decoder =
                new SecurityConfiguration().jwtDecoder(new JwtProperties(SECRET, null, "aura360-dev", null));

        assertThat(decoder.decode(token("aura360-dev")).getClaims().get("iss")).isEqualTo("aura360-dev");
    }

    @Test
    void aUrlIssuerIsKeptAsWrittenToo() throws Exception {
        String supabase = "https://abcd.supabase.co/auth/v1";
        JwtDecoder decoder = new SecurityConfiguration().jwtDecoder(new JwtProperties(SECRET, null, supabase, null));

        assertThat(decoder.decode(token(supabase)).getClaims().get("iss")).isEqualTo(supabase);
    }

    @Test
    void anotherIssuerIsStillRefused() throws Exception {
        JwtDecoder decoder =
                new SecurityConfiguration().jwtDecoder(new JwtProperties(SECRET, null, "aura360-dev", null));

        assertThatThrownBy(() -> decoder.decode(token("https://evil.example/auth/v1")))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("iss");
    }

    private static String token(String issuer) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(UUID.randomUUID().toString())
                .issuer(issuer)
                .audience("authenticated")
                .claim("role", "authenticated")
                .expirationTime(Date.from(Instant.now().plusSeconds(600)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }
}
