package io.aura360.gateway.security;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The authenticated user behind a request: the token's {@code sub}, the tier from its server-controlled
 * {@code app_metadata} (never from the request body, so a client cannot raise its own tier) and whether the
 * token carries the {@code admin} scope.
 */
public record Caller(UUID userId, String tier, boolean admin) {

    public static final String ADMIN_SCOPE = "admin";

    public static final Set<String> TIERS = Set.of("free", "core", "plus", "premium");

    public static final String LOWEST_TIER = "free";

    public static Caller of(Jwt jwt) {
        // Supabase anonymous sign-ins get the lowest tier whatever their metadata says.
        String tier = Boolean.TRUE.equals(jwt.getClaims().get("is_anonymous"))
                ? LOWEST_TIER
                : tier(jwt.getClaimAsMap("app_metadata"));
        return new Caller(UUID.fromString(jwt.getSubject()), tier, hasAdminScope(jwt));
    }

    private static boolean hasAdminScope(Jwt jwt) {
        Object scope = jwt.getClaims().get("scope");
        return scope instanceof String scopes && Set.of(scopes.split(" ")).contains(ADMIN_SCOPE);
    }

    private static String tier(Map<String, Object> appMetadata) {
        Object tier = (appMetadata == null) ? null : appMetadata.get("tier");
        return (tier instanceof String t && TIERS.contains(t)) ? t : LOWEST_TIER;
    }
}
