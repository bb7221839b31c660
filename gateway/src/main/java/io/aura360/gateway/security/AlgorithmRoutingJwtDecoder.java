package io.aura360.gateway.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Supabase signs with the legacy HS256 secret or with asymmetric keys published as a JWKS (RS256, ES256). The
 * token's {@code alg} picks the decoder, and each decoder accepts only its own algorithms, so a token signed
 * with HS256 using the public key as the secret (algorithm confusion) and {@code alg: none} are refused.
 */
final class AlgorithmRoutingJwtDecoder implements JwtDecoder {

    private final JwtDecoder secretDecoder;

    private final JwtDecoder keySetDecoder;

    /** Either may be null when that kind of key is not configured. */
    AlgorithmRoutingJwtDecoder(JwtDecoder secretDecoder, JwtDecoder keySetDecoder) {
        this.secretDecoder = secretDecoder;
        this.keySetDecoder = keySetDecoder;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        JWSAlgorithm algorithm = algorithm(token);
        JwtDecoder decoder = JWSAlgorithm.HS256.equals(algorithm)
                ? secretDecoder
                : (JWSAlgorithm.RS256.equals(algorithm) || JWSAlgorithm.ES256.equals(algorithm)) ? keySetDecoder : null;
        if (decoder == null) {
            throw new BadJwtException("unsupported or unconfigured signing algorithm");
        }
        return decoder.decode(token);
    }

    private static JWSAlgorithm algorithm(String token) {
        try {
            if (JWTParser.parse(token) instanceof SignedJWT signed) {
                return signed.getHeader().getAlgorithm();
            }
        } catch (ParseException ex) {
            throw new BadJwtException("malformed token", ex);
        }
        throw new BadJwtException("unsigned token");
    }
}
