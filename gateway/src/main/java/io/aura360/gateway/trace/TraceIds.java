package io.aura360.gateway.trace;

import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The W3C trace id of a request, kept as a request attribute so that problems, envelopes and rows all carry the
 * same id: the id of the request's span (see {@link TraceIdFilter}). Only when tracing is switched off
 * ({@code management.tracing.enabled=false}) is there no span; the id then comes from a valid incoming
 * {@code traceparent}, or is a new random one, so clients still get an id to quote.
 */
public final class TraceIds {

    public static final String ATTRIBUTE = TraceIds.class.getName();

    private static final Pattern TRACE_ID = Pattern.compile("^[0-9a-f]{32}$");

    private static final Pattern TRACEPARENT = Pattern.compile("^00-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$");

    private static final String INVALID = "00000000000000000000000000000000";

    private static final SecureRandom RANDOM = new SecureRandom();

    private TraceIds() {}

    public static String of(HttpServletRequest request) {
        Object existing = request.getAttribute(ATTRIBUTE);
        return (existing instanceof String id) ? id : record(request, null);
    }

    /** Keeps {@code spanTraceId} (the current span's) as the request's trace id, or the fallback without a span. */
    static String record(HttpServletRequest request, String spanTraceId) {
        String id = (spanTraceId != null && isValid(spanTraceId))
                ? spanTraceId
                : fromTraceparent(request.getHeader("traceparent"));
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }

    static String fromTraceparent(String header) {
        if (header != null) {
            Matcher matcher = TRACEPARENT.matcher(header.strip());
            if (matcher.matches() && isValid(matcher.group(1))) {
                return matcher.group(1);
            }
        }
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static boolean isValid(String traceId) {
        return TRACE_ID.matcher(traceId).matches() && !INVALID.equals(traceId);
    }
}
