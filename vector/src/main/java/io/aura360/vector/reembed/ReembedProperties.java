package io.aura360.vector.reembed;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When re-embedding runs in the service: {@code cron} (Spring cron, e.g. {@code 0 30 3 * * *} nightly; unset or
 * {@code -} never) re-embeds if the served collection's model differs from the configured one;
 * {@code onModelChange} lets the service start on a collection of another model and rebuild it in the
 * background at once (lexical search answers meanwhile, dense search is refused with a mismatch problem)
 * instead of refusing to start.
 */
@ConfigurationProperties("aura.vector.reembed")
public record ReembedProperties(String cron, Boolean onModelChange) {

    public ReembedProperties {
        cron = (cron == null || cron.isBlank()) ? "-" : cron.trim();
        onModelChange = Boolean.TRUE.equals(onModelChange);
    }
}
