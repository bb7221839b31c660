package io.aura360.app.cli;

import io.aura360.app.AuraApplication;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The vector service without its HTTP server, for the operations commands: the same configuration (backend,
 * embedding model, AURA_HOME) as {@code ./aura360 serve}, so they act on the collections the server uses. With
 * the embedded Lucene backend the server must be stopped first (one writer per index directory).
 */
final class VectorContext {

    private VectorContext() {}

    static ConfigurableApplicationContext start(Map<String, Object> properties) {
        SpringApplication application = AuraApplication.create(System.getenv(), VectorOperationsApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setLogStartupInfo(false);
        Map<String, Object> defaults = new HashMap<>(properties);
        defaults.put("aura.vector.smoke-on-start", "false");
        defaults.putIfAbsent("logging.level.root", "warn");
        application.setDefaultProperties(defaults);
        return application.run();
    }
}
