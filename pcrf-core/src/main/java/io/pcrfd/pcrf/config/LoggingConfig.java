package io.pcrfd.pcrf.config;

import java.util.List;
import java.util.Map;

/**
 * Log levels per logger (package) name, applied over the shipped {@code logback.xml}. An
 * environment override writes the package with underscores:
 * {@code PCRFD_LOGGING_LEVELS_IO_PCRFD_DIAMETER=debug} sets {@code io.pcrfd.diameter}.
 *
 * @param levels logger name to level: trace, debug, info, warn, error or off
 */
public record LoggingConfig(Map<String, String> levels) {
    public static final Map<String, String> DEFAULT_LEVELS = Map.of("io.pcrfd", "info");
    private static final List<String> LEVELS = List.of("trace", "debug", "info", "warn", "error", "off");

    public LoggingConfig {
        levels = Map.copyOf(levels);
        for (Map.Entry<String, String> e : levels.entrySet()) {
            InvalidValueException.check(LEVELS.contains(e.getValue().toLowerCase()), "levels." + e.getKey(),
                    "expected one of " + String.join(", ", LEVELS) + ", got '" + e.getValue() + "'");
        }
    }

    public static LoggingConfig defaults() {
        return new LoggingConfig(DEFAULT_LEVELS);
    }
}
