package io.pcrfd.pcrf.runtime;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import io.pcrfd.pcrf.config.LoggingConfig;
import java.net.URL;
import org.slf4j.LoggerFactory;

/**
 * Applies {@code logging.format}: with {@code json}, Logback is configured again from the
 * shipped {@code logback-json.xml} (the same appender and levels as {@code logback.xml}, with
 * {@link DiameterJsonEncoder}). A {@code -Dlogback.configurationFile} of your own wins: the
 * format key is then left alone, and said so in one line.
 */
public final class LogFormat {
    /** The shipped JSON configuration, on the class path. */
    public static final String JSON_CONFIGURATION = "/logback-json.xml";

    private LogFormat() {
    }

    public static void apply(LoggingConfig logging) {
        if (logging.format() != LoggingConfig.Format.JSON
                || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        String own = System.getProperty("logback.configurationFile");
        if (own != null) {
            LoggerFactory.getLogger(LogFormat.class).warn("logging.format: json ignored: "
                    + "-Dlogback.configurationFile={} sets the layout", own);
            return;
        }
        configure(context, LogFormat.class.getResource(JSON_CONFIGURATION));
    }

    /** Replaces the whole configuration of {@code context} with the file at {@code url}. */
    static void configure(LoggerContext context, URL url) {
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(context);
        context.reset();
        try {
            joran.doConfigure(url);
        } catch (JoranException e) {
            // the file ships in this jar; failing to read it is a build mistake
            throw new IllegalStateException("cannot read the shipped " + url + ": " + e.getMessage(), e);
        }
    }
}
