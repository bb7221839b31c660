package io.aura360.app.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How {@code serve} logs: readable, coloured lines for a person at a terminal; JSON lines (logstash schema, with
 * trace ids) for a machine reading a pipe or a file. {@code AURA_LOG_FORMAT} decides when set: {@code json} (or
 * {@code logstash}, {@code ecs}, {@code gelf}) for JSON, {@code text} for plain lines.
 */
final class LogFormat {

    private static final String CONSOLE_FORMAT = "--logging.structured.format.console=";

    private LogFormat() {}

    /** The command-line properties that choose the format; none keeps application.yml's JSON lines. */
    static List<String> arguments(Map<String, String> env, boolean terminal) {
        String configured = env.getOrDefault("AURA_LOG_FORMAT", "").strip().toLowerCase(Locale.ROOT);
        return switch (configured) {
            case "json" -> List.of(CONSOLE_FORMAT + "logstash");
            case "text" -> List.of(CONSOLE_FORMAT);
            case "" -> terminal ? List.of(CONSOLE_FORMAT, "--spring.output.ansi.enabled=always") : List.of();
            default -> List.of();
        };
    }
}
