package io.aura360.gateway.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The browser origins allowed to call the public API ({@code AURA_CORS_ORIGINS}, comma-separated; none by default). */
@ConfigurationProperties("aura.cors")
public record CorsProperties(@DefaultValue List<String> allowedOrigins) {

    public CorsProperties {
        allowedOrigins =
                allowedOrigins.stream().filter(origin -> !origin.isBlank()).toList();
    }
}
