package io.aura360.gateway.trace;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Gives every request its trace id first (before security), echoes it in {@code X-Trace-Id} and in logs. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TraceIdFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String traceId = TraceIds.of(request);
		response.setHeader("X-Trace-Id", traceId);
		MDC.put("trace_id", traceId);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove("trace_id");
		}
	}

}
