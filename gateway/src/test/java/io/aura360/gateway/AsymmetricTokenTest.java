package io.aura360.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.aura360.gateway.security.TestKeys;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Supabase's asymmetric keys (JWKS, RS256 and ES256, rotation) next to the legacy HS256 secret. */
class AsymmetricTokenTest extends GatewayHttpTest {

    private final UUID user = UUID.randomUUID();

    @Test
    void acceptsRs256AndEs256TokensSignedWithPublishedKeys() throws Exception {
        assertThat(advice(
                                user,
                                signed(JWSAlgorithm.RS256, "rsa-1", new RSASSASigner(TestKeys.JWKS.rsa), claims()),
                                "mind",
                                "{}")
                        .status())
                .isEqualTo(200);
        assertThat(advice(
                                user,
                                signed(JWSAlgorithm.ES256, "ec-1", new ECDSASigner(TestKeys.JWKS.ec), claims()),
                                "mind",
                                "{}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void refusesATokenSignedWithAKeyThatIsNotPublished() throws Exception {
        RSAKey stranger = TestKeys.rsa("rsa-1");
        assertThat(advice(user, signed(JWSAlgorithm.RS256, "rsa-1", new RSASSASigner(stranger), claims()), "mind", "{}")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void picksUpARotatedKeyOnItsFirstToken() throws Exception {
        RSAKey next = TestKeys.rsa("rsa-rotated-" + UUID.randomUUID());
        TestKeys.JWKS.publish(next);

        assertThat(advice(
                                user,
                                signed(JWSAlgorithm.RS256, next.getKeyID(), new RSASSASigner(next), claims()),
                                "mind",
                                "{}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void refusesAnHs256TokenKeyedWithThePublicRsaKey() throws Exception {
        byte[] publicKey = TestKeys.JWKS.rsa.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
        assertThat(advice(user, signed(JWSAlgorithm.HS256, "rsa-1", new MACSigner(publicKey), claims()), "mind", "{}")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void refusesATokenFromAnotherIssuer() throws Exception {
        JWTClaimsSet foreign = new JWTClaimsSet.Builder(claims())
                .issuer("https://evil.example/auth/v1")
                .build();
        assertThat(advice(
                                user,
                                signed(JWSAlgorithm.RS256, "rsa-1", new RSASSASigner(TestKeys.JWKS.rsa), foreign),
                                "mind",
                                "{}")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void givesAnonymousUsersTheLowestTier() throws Exception {
        JWTClaimsSet anonymous = new JWTClaimsSet.Builder(claims())
                .claim("is_anonymous", true)
                .claim("app_metadata", Map.of("tier", "premium"))
                .build();

        Response response = advice(
                user, signed(JWSAlgorithm.ES256, "ec-1", new ECDSASigner(TestKeys.JWKS.ec), anonymous), "body", "{}");

        assertThat(response.json().path("response").path("user").path("tier").asString())
                .isEqualTo("free");
    }

    private JWTClaimsSet claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(user.toString())
                .audience("authenticated")
                .claim("role", "authenticated")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("app_metadata", Map.of("tier", "core"))
                .build();
    }

    private static String signed(JWSAlgorithm algorithm, String kid, JWSSigner signer, JWTClaimsSet claims)
            throws Exception {
        SignedJWT jwt =
                new SignedJWT(new JWSHeader.Builder(algorithm).keyID(kid).build(), claims);
        jwt.sign(signer);
        return jwt.serialize();
    }
}
