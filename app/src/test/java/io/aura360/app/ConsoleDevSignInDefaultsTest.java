package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher turns the console's dev sign-in on only while the data directory's dev secret checks tokens; with a
 * real secret or a key set the gateway keeps it off and answers {@code POST /console/dev-token} with a 403 problem
 * ({@code ConsoleTest} in the gateway).
 */
class ConsoleDevSignInDefaultsTest {

    private static final String DEV_SIGN_IN = "aura.console.dev-sign-in";

    @TempDir
    Path home;

    @Test
    void isOnWithTheDevSecret() {
        assertThat(defaults(Map.of())).containsEntry(DEV_SIGN_IN, "true").containsKey("aura.jwt.secret");
    }

    @Test
    void isOffWithARealSecret() {
        assertThat(defaults(Map.of("AURA_JWT_SECRET", "Zq4v8Kc2mW1xT9pLr6sB3nY7hJ0eD5uAaF-kE")))
                .doesNotContainKey(DEV_SIGN_IN)
                .doesNotContainKey("aura.jwt.secret");
    }

    @Test
    void isOffWithAKeySet() {
        assertThat(defaults(Map.of("AURA_JWKS_URL", "https://project.supabase.co/auth/v1/.well-known/jwks.json")))
                .doesNotContainKey(DEV_SIGN_IN);
    }

    private Map<String, Object> defaults(Map<String, String> env) {
        Map<String, String> withHome = new java.util.HashMap<>(env);
        withHome.put("AURA_HOME", home.toString());
        return AuraApplication.defaults(withHome, AuraApplication.class);
    }
}
