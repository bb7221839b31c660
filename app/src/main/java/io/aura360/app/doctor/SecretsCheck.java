package io.aura360.app.doctor;

import io.aura360.app.secrets.SecretStrength;
import io.aura360.app.service.Env;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code AURA_JWT_SECRET} and {@code AURA_SERVICE_KEY}, judged as serve judges them at start; the dev secret is
 * fine for one machine and said so.
 */
final class SecretsCheck implements Check {

    private final Env env;

    SecretsCheck(Map<String, String> env) {
        this.env = new Env(env);
    }

    @Override
    public String name() {
        return "secrets";
    }

    @Override
    public Finding run() {
        List<String> weaknesses = new ArrayList<>();
        env.get("AURA_JWT_SECRET")
                .flatMap(SecretStrength.JWT_SECRET::weakness)
                .ifPresent(reason -> weaknesses.add("AURA_JWT_SECRET " + reason));
        env.get("AURA_SERVICE_KEY")
                .flatMap(SecretStrength.SERVICE_KEY::weakness)
                .ifPresent(reason -> weaknesses.add("AURA_SERVICE_KEY " + reason));
        if (!weaknesses.isEmpty()) {
            return Finding.fail(String.join("; ", weaknesses) + " (generate one: openssl rand -base64 48)");
        }
        String serviceKey = env.isSet("AURA_SERVICE_KEY")
                ? "service key strong"
                : "no service key (internal APIs answer no one: fine all in one)";
        if (env.isSet("AURA_JWT_SECRET")) {
            return Finding.pass("JWT secret strong, " + serviceKey);
        }
        if (env.isSet("AURA_JWKS_URL")) {
            return Finding.pass("tokens checked against AURA_JWKS_URL, " + serviceKey);
        }
        return Finding.warn("dev secret in AURA_HOME: fine on this machine; set AURA_JWKS_URL (Supabase) for users");
    }
}
