package io.pcrfd.pcrf.runtime;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import io.pcrfd.pcrf.config.LoggingConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.LoggerFactory;

/** Applies the {@code logging.levels} of the configuration over the shipped {@code logback.xml}. */
public final class LogLevels {
    private LogLevels() {
    }

    /** What {@link #quiet} returns: closing it puts the level back. */
    public interface Restore extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Until the returned handle is closed, {@code name} and every logger below it log ERROR
     * only, also those given a finer level of their own ({@code logging.levels}, a
     * {@code logback.xml}); then each gets its own level (or none) back. For the warm-up's
     * throwaway node, whose lines ("listening ...", an overload warning while its code is cold)
     * would read as the real node's.
     */
    public static Restore quiet(String name) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return () -> { };
        }
        Map<Logger, Level> own = new LinkedHashMap<>();
        Logger top = context.getLogger(name);
        if (!top.getEffectiveLevel().isGreaterOrEqual(Level.ERROR)) {
            own.put(top, top.getLevel());
        }
        for (Logger l : context.getLoggerList()) {
            if (l.getName().startsWith(name + ".") && l.getLevel() != null && !l.getLevel().isGreaterOrEqual(Level.ERROR)) {
                own.put(l, l.getLevel());
            }
        }
        own.keySet().forEach(l -> l.setLevel(Level.ERROR));
        return () -> own.forEach(Logger::setLevel);
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
