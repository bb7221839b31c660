package io.aura360.app.cli;

import io.aura360.app.AuraHome;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./aura360 token}: a dev user token, signed with the data directory's dev secret. */
@Command(name = "token", description = "Print a Supabase-shaped dev JWT for a user (dev secret only).")
public final class TokenCommand implements Callable<Integer> {

    @Option(names = "--user", required = true, description = "The user's UUID (the token's sub).")
    UUID user;

    @Option(
            names = "--tier",
            defaultValue = "free",
            completionCandidates = Tiers.class,
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String tier;

    @Option(names = "--scopes", split = ",", description = "Comma-separated scopes, e.g. admin.")
    List<String> scopes = List.of();

    @Option(
            names = "--ttl",
            defaultValue = "PT1H",
            description = "Lifetime as ISO-8601 duration (default: ${DEFAULT-VALUE}).")
    Duration ttl;

    @Override
    public Integer call() {
        var env = System.getenv();
        AuraHome home = AuraHome.fromEnvironment(env);
        if (!home.usesDevSecret(env)) {
            System.err.println(
                    "AURA_JWT_SECRET or AURA_JWKS_URL is set: tokens must come from your identity provider, not from this command.");
            return 2;
        }
        if (!io.aura360.gateway.security.Caller.TIERS.contains(tier)) {
            System.err.println("--tier must be one of free, core, plus, premium");
            return 2;
        }
        if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(Duration.ofDays(30)) > 0) {
            System.err.println("--ttl must be positive and at most 30 days");
            return 2;
        }
        System.out.println(new DevTokens(home.jwtSecret(env)).sign(user, tier, scopes, ttl));
        return 0;
    }
}
