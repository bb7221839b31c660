package io.aura360.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.aura360.app.service.GatewayServiceApplication;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** All in one process the runs use its own CPU, so they take turns; a gateway alone, or a remote search, has no limit. */
class ConcurrentRunsDefaultsTest {

    @TempDir
    Path home;

    @Test
    void allInOneRunsTwiceTheProcessorsAtOnce() {
        assertThat(defaults(Map.of(), AuraApplication.class))
                .containsEntry(
                        AuraApplication.CONCURRENT_RUNS_PROPERTY,
                        2 * Runtime.getRuntime().availableProcessors());
    }

    @Test
    void theEnvironmentDecidesWhenSet() {
        assertThat(defaults(Map.of("AURA_CONCURRENT_RUNS", " 0 "), AuraApplication.class))
                .containsEntry(AuraApplication.CONCURRENT_RUNS_PROPERTY, "0");
        assertThat(defaults(Map.of("AURA_CONCURRENT_RUNS", "16"), GatewayServiceApplication.class))
                .containsEntry(AuraApplication.CONCURRENT_RUNS_PROPERTY, "16");
    }

    @Test
    void aGatewayAloneOrARemoteSearchHasNoLimitUnlessSet() {
        assertThat(defaults(Map.of(), GatewayServiceApplication.class))
                .doesNotContainKey(AuraApplication.CONCURRENT_RUNS_PROPERTY);
        assertThat(defaults(Map.of("AURA_VECTOR_URL", "http://vector:8082"), AuraApplication.class))
                .doesNotContainKey(AuraApplication.CONCURRENT_RUNS_PROPERTY);
    }

    private Map<String, Object> defaults(Map<String, String> env, Class<?> primarySource) {
        Map<String, String> withHome = new HashMap<>(env);
        withHome.put("AURA_HOME", home.toString());
        return AuraApplication.defaults(withHome, primarySource);
    }
}
