package io.aura360.app;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds what must never be logged in log lines: anything shaped like a JWT, and any of the given values (secrets,
 * keys, what people wrote). Each finding says where it is and what it holds.
 */
final class LogScan {

    /** A JWT: base64url JSON header and claims, signed or not. */
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*");

    private final List<String> forbidden;

    LogScan(List<String> forbidden) {
        this.forbidden = List.copyOf(forbidden);
    }

    /** Findings in {@code lines} of {@code source}, as {@code source:line holds ...: the line}. */
    List<String> findings(String source, List<String> lines) {
        List<String> findings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = source + ":" + (i + 1);
            if (JWT.matcher(line).find()) {
                findings.add(where + " holds a JWT: " + line);
            }
            for (String value : forbidden) {
                if (line.contains(value)) {
                    findings.add(where + " holds \"" + value + "\": " + line);
                }
            }
        }
        return findings;
    }
}
