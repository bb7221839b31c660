package io.aura360.agents.remote;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The separately deployed vector service ({@code AURA_VECTOR_URL}; unset, search runs in this process) and the
 * longest one search may take ({@code timeout}, 3 s, always also bounded by the request's deadline).
 */
@ConfigurationProperties("aura.vector")
public record RemoteVectorProperties(
        String url, @DefaultValue("3s") Duration timeout) {}
