package io.pcrfd.pcrf.config;

import java.util.List;
import java.util.Map;

/**
 * Log levels per logger (package) name, applied over the shipped {@code logback.xml}, and the
 * line format. An environment override writes the package with underscores:
 * {@code PCRFD_LOGGING_LEVELS_IO_PCRFD_DIAMETER=debug} sets {@code io.pcrfd.diameter};
 * {@code PCRFD_LOGGING_FORMAT=json} switches to JSON lines.
 *
 * @param levels logger name to level: trace, debug, info, warn, error or off
 * @param format text (one line per event, the shipped {@code logback.xml}) or json (one JSON
 *               object per line, the shipped {@code logback-json.xml}); ignored when
 *               {@code -Dlogback.configurationFile} names a file of your own
 */
public record LoggingConfig(Map<String, String> levels, Format format) {
    public static final Map<String, String> DEFAULT_LEVELS = Map.of("io.pcrfd", "info");
    public static final Format DEFAULT_FORMAT = Format.TEXT;
    private static final List<String> LEVELS = List.of("trace", "debug", "info", "warn", "error", "off");

    /** How each log event is written. */
    public enum Format { TEXT, JSON }

    public LoggingConfig {
        levels = Map.copyOf(levels);
        for (Map.Entry<String, String> e : levels.entrySet()) {
            InvalidValueException.check(LEVELS.contains(e.getValue().toLowerCase()), "levels." + e.getKey(),
                    "expected one of " + String.join(", ", LEVELS) + ", got '" + e.getValue() + "'");
        }
        InvalidValueException.check(format != null, "format", "expected text or json");
    }

    public static LoggingConfig defaults() {
        return new LoggingConfig(DEFAULT_LEVELS, DEFAULT_FORMAT);
    }
}
