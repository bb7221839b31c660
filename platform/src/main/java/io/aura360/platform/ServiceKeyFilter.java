package io.aura360.platform;

import io.aura360.contracts.ServiceKeys;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Guards a service's internal API: only requests presenting the configured service key pass. A request that
 * carries a user's bearer token is refused even with the key, so a user token can never stand in for the
 * service identity (or ride along with it). Refusals are RFC 9457 problems without detail.
 */
public final class ServiceKeyFilter implements Filter {

    private static final String PROBLEM = """
			{"type":"https://aura360.io/problems/invalid-service-key","title":"Service key required","status":401}""";

    private final String configuredKey;

    public ServiceKeyFilter(String configuredKey) {
        this.configuredKey = configuredKey;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        boolean keyMatches = ServiceKeys.matches(configuredKey, http.getHeader(ServiceKeys.HEADER));
        if (!keyMatches || http.getHeader("Authorization") != null) {
            HttpServletResponse refusal = (HttpServletResponse) response;
            refusal.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            refusal.setContentType("application/problem+json");
            refusal.getWriter().write(PROBLEM);
            return;
        }
        chain.doFilter(request, response);
    }
}
