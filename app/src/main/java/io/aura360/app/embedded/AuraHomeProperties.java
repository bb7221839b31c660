package io.aura360.app.embedded;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The data directory of the embedded parts ({@code aura.home} from {@code AURA_HOME}; application.yml defaults it). */
@ConfigurationProperties("aura")
public record AuraHomeProperties(Path home) {

    public AuraHomeProperties {
        if (home == null) {
            throw new IllegalArgumentException("aura.home (AURA_HOME) must name the data directory");
        }
    }
}
