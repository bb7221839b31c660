package io.aura360.gateway.request;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client's {@code Prefer} header (RFC 7240): {@code respond-async} answers at once with PROCESSING,
 * {@code wait=N} waits at most N seconds. Neither can make the gateway wait longer than its own budget.
 */
final class PreferWait {

    static final Duration UNBOUNDED = Duration.ofDays(1);

    private static final Pattern WAIT = Pattern.compile("(?i)(?:^|[,;\\s])wait\\s*=\\s*(\\d{1,6})");

    private static final Pattern RESPOND_ASYNC = Pattern.compile("(?i)(?:^|[,;\\s])respond-async(?:$|[,;\\s])");

    private PreferWait() {}

    static Duration from(String prefer) {
        if (prefer == null || prefer.isBlank()) {
            return UNBOUNDED;
        }
        if (RESPOND_ASYNC.matcher(prefer).find()) {
            return Duration.ZERO;
        }
        Matcher wait = WAIT.matcher(prefer);
        return wait.find() ? Duration.ofSeconds(Long.parseLong(wait.group(1))) : UNBOUNDED;
    }
}
