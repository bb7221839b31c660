package io.aura360.app.doctor;

import io.aura360.app.service.Env;
import java.util.Map;

/** {@code AURA_JWT_ISSUER}: without it a token of any project of the same identity provider would be accepted. */
final class IssuerCheck implements Check {

    private final Env env;

    IssuerCheck(Map<String, String> env) {
        this.env = new Env(env);
    }

    @Override
    public String name() {
        return "issuer";
    }

    @Override
    public Finding run() {
        boolean keySet = env.isSet("AURA_JWKS_URL");
        boolean waived =
                env.get("AURA_JWT_ISSUER_WAIVED").map(Boolean::parseBoolean).orElse(false);
        if (env.isSet("AURA_JWT_ISSUER")) {
            return Finding.pass(
                    "tokens must be issued by " + env.get("AURA_JWT_ISSUER").orElseThrow());
        }
        if (keySet && !waived) {
            return Finding.fail("AURA_JWT_ISSUER must be set when AURA_JWKS_URL is (on Supabase: "
                    + "https://<project>.supabase.co/auth/v1), or waived with AURA_JWT_ISSUER_WAIVED=true");
        }
        if (keySet || env.isSet("AURA_JWT_SECRET")) {
            return Finding.warn("AURA_JWT_ISSUER is not set: tokens of any issuer with a valid signature are accepted");
        }
        return Finding.pass("dev tokens (./aura360 token)");
    }
}
