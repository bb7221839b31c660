package io.aura360.gateway.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.core.env.Environment;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Requests that arrived on the separate management port ({@code AURA_MANAGEMENT_PORT}): metrics and health, open
 * to whoever reaches that port, which is never published nor routed by the ingress. Matches nothing when the
 * actuator shares the service port, so the scrape endpoint is then not open to the public API's callers.
 */
public final class ManagementPortRequests implements RequestMatcher {

    private final Environment environment;

    public ManagementPortRequests(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        return ManagementPortType.get(environment) == ManagementPortType.DIFFERENT
                && request.getLocalPort() == environment.getProperty("local.management.port", Integer.class, -1);
    }
}
