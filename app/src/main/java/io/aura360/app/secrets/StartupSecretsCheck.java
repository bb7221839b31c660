package io.aura360.app.secrets;

import io.aura360.app.AuraApplication;
import io.aura360.app.service.GatewayServiceApplication;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start, before any bean exists, on a secret that would let others in: a placeholder copied from
 * {@code deploy/.env.example}, a short or low-entropy {@code AURA_JWT_SECRET} (anyone could sign admin tokens) or
 * {@code AURA_SERVICE_KEY} (which the services would then refuse on every internal call), or a JWKS URL without
 * the issuer to expect ({@code AURA_JWT_ISSUER}, waived only by {@code AURA_JWT_ISSUER_WAIVED=true}). An unset
 * service key stays allowed: the internal APIs then answer no one.
 */
final class StartupSecretsCheck implements EnvironmentPostProcessor, Ordered {

    static final SecretStrength JWT_SECRET = SecretStrength.JWT_SECRET;

    static final SecretStrength SERVICE_KEY = SecretStrength.SERVICE_KEY;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        check(environment, "aura.service-key", "AURA_SERVICE_KEY", SERVICE_KEY);
        boolean checksUserTokens = application.getAllSources().contains(AuraApplication.class)
                || application.getAllSources().contains(GatewayServiceApplication.class);
        if (checksUserTokens) {
            check(environment, "aura.jwt.secret", "AURA_JWT_SECRET", JWT_SECRET);
            requireIssuerWithKeySet(environment);
        }
    }

    private static void check(
            ConfigurableEnvironment environment, String property, String variable, SecretStrength strength) {
        String value = environment.getProperty(property, "");
        if (!value.isBlank()) {
            strength.weakness(value.strip()).ifPresent(reason -> {
                throw new InsecureSecretException(variable, reason);
            });
        }
    }

    /** Without an issuer check, a token from any project of the same identity provider would be accepted. */
    private static void requireIssuerWithKeySet(ConfigurableEnvironment environment) {
        boolean keySet = !environment.getProperty("aura.jwt.jwks-url", "").isBlank();
        boolean issuer = !environment.getProperty("aura.jwt.issuer", "").isBlank();
        boolean waived = environment.getProperty("aura.jwt.issuer-waived", Boolean.class, false);
        if (keySet && !issuer && !waived) {
            throw new InsecureSecretException(
                    "AURA_JWT_ISSUER",
                    "must be set when AURA_JWKS_URL is (on Supabase: https://<project>.supabase.co/auth/v1),"
                            + " or waived with AURA_JWT_ISSUER_WAIVED=true");
        }
    }

    /** After application.yml and the other configuration files are loaded. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
