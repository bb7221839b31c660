package io.aura360.gateway.agents;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The separately deployed agents service ({@code AURA_AGENTS_URL}); unset, the agents run in the gateway's process. */
@ConfigurationProperties("aura.agents")
public record RemoteAgentsProperties(URI url) {}
