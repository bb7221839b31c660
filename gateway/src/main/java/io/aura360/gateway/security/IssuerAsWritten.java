package io.aura360.gateway.security;

import java.util.Map;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;

/**
 * The token's claims with Spring's usual conversions, except that {@code iss} stays the string the token carries.
 * Spring turns an issuer into a URL when it can, by trying and catching the exception when it cannot: one thrown
 * exception per request for an issuer such as the dev sign-in's {@code aura360-dev}. The issuer validator compares
 * strings, and nothing here needs the issuer as a URL.
 */
final class IssuerAsWritten {

    private IssuerAsWritten() {}

    static Converter<Map<String, Object>, Map<String, Object>> claimSetConverter() {
        return MappedJwtClaimSetConverter.withDefaults(
                Map.of(JwtClaimNames.ISS, issuer -> (issuer == null) ? null : issuer.toString()));
    }
}
