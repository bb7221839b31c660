package io.aura360.app;

import io.aura360.agents.AgentsConfiguration;
import io.aura360.app.embedded.EmbeddedDatabaseConfiguration;
import io.aura360.app.service.AgentsServiceApplication;
import io.aura360.app.service.Env;
import io.aura360.app.service.GatewayServiceApplication;
import io.aura360.app.service.MutualTls;
import io.aura360.app.service.VectorServiceApplication;
import io.aura360.contracts.vector.EvidenceSearch;
import io.aura360.gateway.GatewayConfiguration;
import io.aura360.gateway.fallback.FallbackEvidence;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * All three services in one process: the gateway calls the agents, and the agents the vector service, through
 * in-process adapters of the ports in {@code contracts}. With {@code AURA_VECTOR_URL} set, the vector service is the
 * one deployed there (see {@link InProcessVector}).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({
    GatewayConfiguration.class,
    AgentsConfiguration.class,
    InProcessVector.class,
    EmbeddedDatabaseConfiguration.class
})
public class AuraApplication {

    /** Spring Boot's switch for span export: the exporter exists only when this property is set. */
    static final String OTLP_TRACES_PROPERTY = "management.opentelemetry.tracing.export.otlp.endpoint";

    /** How many advice runs work at once ({@code AURA_CONCURRENT_RUNS}); the gateway's default is no limit. */
    static final String CONCURRENT_RUNS_PROPERTY = "aura.gateway.concurrent-runs";

    private static final Map<Class<?>, String> SERVICE_NAMES = Map.of(
            GatewayServiceApplication.class,
            "aura360-gateway",
            AgentsServiceApplication.class,
            "aura360-agents",
            VectorServiceApplication.class,
            "aura360-vector");

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    FallbackEvidenceWarmer fallbackEvidenceWarmer(EvidenceSearch search, FallbackEvidence fallback) {
        return new FallbackEvidenceWarmer(search, fallback);
    }

    /**
     * The application for {@code env}. Unless {@code AURA_JWT_SECRET} is set, tokens are checked with the dev
     * secret kept in {@code AURA_HOME} (the one {@code ./aura360 token} signs with).
     */
    public static SpringApplication create(Map<String, String> env) {
        return create(env, AuraApplication.class);
    }

    /**
     * The application of one service ({@code ./aura360 serve --service NAME}) or of all of them. Its service name
     * (traces, metrics, logs) is {@code aura360-gateway}, {@code aura360-agents}, {@code aura360-vector} or
     * {@code aura360}; with {@code AURA_OTLP_ENDPOINT} set, its spans are exported there over OTLP/HTTP. With
     * {@code AURA_TLS_*} set the services talk mTLS (see {@link MutualTls}).
     */
    public static SpringApplication create(Map<String, String> env, Class<?> primarySource) {
        SpringApplication application = new SpringApplication(primarySource);
        application.setDefaultProperties(defaults(env, primarySource));
        return application;
    }

    /** The properties {@link #create(Map, Class)} starts with, before the environment's own. */
    static Map<String, Object> defaults(Map<String, String> env, Class<?> primarySource) {
        AuraHome home = AuraHome.fromEnvironment(env);
        boolean internalService =
                primarySource == AgentsServiceApplication.class || primarySource == VectorServiceApplication.class;
        Map<String, Object> defaults = new HashMap<>(MutualTls.properties(env, internalService));
        defaults.put("aura.service-name", SERVICE_NAMES.getOrDefault(primarySource, "aura360"));
        Env variables = new Env(env);
        variables.get("AURA_OTLP_ENDPOINT").ifPresent(otlp -> defaults.put(OTLP_TRACES_PROPERTY, otlpTracesUrl(otlp)));
        Optional<String> runs = variables.get("AURA_CONCURRENT_RUNS");
        if (runs.isPresent()) {
            defaults.put(CONCURRENT_RUNS_PROPERTY, runs.get());
        } else if (primarySource == AuraApplication.class && !variables.isSet("AURA_VECTOR_URL")) {
            // Agents and search run in this process, on its CPU: a few runs at a time finish sooner than all at once.
            // Where a run waits on a remote service instead, slots held while waiting would only cap throughput.
            defaults.put(CONCURRENT_RUNS_PROPERTY, 2 * Runtime.getRuntime().availableProcessors());
        }
        if (home.usesDevSecret(env)) {
            defaults.put("aura.jwt.secret", home.jwtSecret(env));
            // the web console may sign a chosen dev user in only while the dev secret checks tokens
            defaults.put("aura.console.dev-sign-in", "true");
        }
        return defaults;
    }

    /**
     * {@code AURA_OTLP_ENDPOINT} is the collector's base URL, as {@code OTEL_EXPORTER_OTLP_ENDPOINT} is
     * ({@code http://collector:4318}); spans go to its {@code /v1/traces}.
     */
    static String otlpTracesUrl(String base) {
        String trimmed = base.strip().replaceAll("/+$", "");
        return trimmed.endsWith("/v1/traces") ? trimmed : trimmed + "/v1/traces";
    }
}
