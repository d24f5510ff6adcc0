package io.pcrfd.pcrf.runtime;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import io.pcrfd.pcrf.config.LoggingConfig;
import java.util.Map;
import org.slf4j.LoggerFactory;

/** Applies the {@code logging.levels} of the configuration over the shipped {@code logback.xml}. */
public final class LogLevels {
    private LogLevels() {
    }

    public static void apply(LoggingConfig logging) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return; // another SLF4J binding was chosen by whoever embeds us; it has its own config
        }
        for (Map.Entry<String, String> e : logging.levels().entrySet()) {
            Logger logger = context.getLogger(e.getKey());
            logger.setLevel(Level.toLevel(e.getValue(), Level.INFO));
        }
    }
}
