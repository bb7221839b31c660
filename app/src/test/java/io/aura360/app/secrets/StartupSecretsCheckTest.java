package io.aura360.app.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aura360.app.AuraApplication;
import io.aura360.app.service.AgentsServiceApplication;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

@ExtendWith(OutputCaptureExtension.class)
class StartupSecretsCheckTest {

    private static final String STRONG_KEY = "q7Vn2xK9pL4mR8sT1wY6zB3cD5fG0hJ";

    private static final String JWKS_URL = "https://project.supabase.co/auth/v1/.well-known/jwks.json";

    @Test
    void refusesToStartOnATooShortServiceKeyWithOneLineNamingTheVariable(@TempDir Path home, CapturedOutput output) {
        SpringApplication application = AuraApplication.create(Map.of("AURA_HOME", home.toString()));

        assertThatThrownBy(() -> application.run("--aura.service-key=short-key"))
                .isInstanceOf(InsecureSecretException.class)
                .hasMessage("AURA_SERVICE_KEY is 9 bytes long; at least 24 are required");
        assertThat(output.getAll()).contains("AURA_SERVICE_KEY is 9 bytes long").doesNotContain("\tat org.");
    }

    @Test
    void refusesThePlaceholderJwtSecretOfTheEnvExample() {
        assertThatThrownBy(() -> check(
                        AuraApplication.class,
                        Map.of("aura.jwt.secret", "change-me-jwt-secret-at-least-32-bytes-long")))
                .isInstanceOf(InsecureSecretException.class)
                .hasMessageStartingWith("AURA_JWT_SECRET ");
    }

    @Test
    void requiresTheIssuerWhenAKeySetIsConfigured() {
        assertThatThrownBy(() -> check(AuraApplication.class, Map.of("aura.jwt.jwks-url", JWKS_URL)))
                .isInstanceOf(InsecureSecretException.class)
                .hasMessageStartingWith("AURA_JWT_ISSUER must be set");
        assertThatCode(() -> check(
                        AuraApplication.class,
                        Map.of(
                                "aura.jwt.jwks-url",
                                JWKS_URL,
                                "aura.jwt.issuer",
                                "https://project.supabase.co/auth/v1")))
                .doesNotThrowAnyException();
        assertThatCode(() -> check(
                        AuraApplication.class, Map.of("aura.jwt.jwks-url", JWKS_URL, "aura.jwt.issuer-waived", "true")))
                .doesNotThrowAnyException();
    }

    @Test
    void checksUserTokenSettingsOnlyWhereTheGatewayRunsButTheServiceKeyEverywhere() {
        assertThatCode(() -> check(
                        AgentsServiceApplication.class,
                        Map.of("aura.jwt.jwks-url", JWKS_URL, "aura.service-key", STRONG_KEY)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> check(AgentsServiceApplication.class, Map.of("aura.service-key", "x".repeat(40))))
                .isInstanceOf(InsecureSecretException.class)
                .hasMessage("AURA_SERVICE_KEY repeats the same characters");
    }

    @Test
    void leavesAnUnsetServiceKeyAlone() {
        assertThatCode(() -> check(AuraApplication.class, Map.of())).doesNotThrowAnyException();
    }

    private static void check(Class<?> source, Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        new StartupSecretsCheck().postProcessEnvironment(environment, new SpringApplication(source));
    }
}
