package io.pcrfd.pcrf.runtime;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The logging of the warm-up's throwaway node (README "Fast start in CI"). Its lines must not
 * be written (its "listening" line, its peers' lines would read as the real node's), yet the
 * real node's first peers each log a few INFO lines on its event loops ("not configured,
 * accepted", the RFC 6733 §5.6 state changes), and a logging path run only by them runs
 * interpreted, milliseconds per new peer. So, until the returned handle is closed, the loggers
 * under {@code name} keep their levels and their events below ERROR are formatted by the
 * encoder of the root's console (or other output stream) appender into a sink that drops them,
 * while the root's appenders refuse them; ERROR lines are written as usual.
 *
 * <p>When the configuration gives that no hold (no output stream appender on the root, or a
 * logger under {@code name} with appenders of its own, which would write the copy's lines) it
 * falls back to {@link LogLevels#quiet}: nothing below ERROR is logged at all.
 */
public final class WarmupLogging {
    private WarmupLogging() {
    }

    /** Drops what the loggers under {@code name} log below ERROR after formatting it; see the class. */
    public static LogLevels.Restore formatAndDrop(String name) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return () -> { };
        }
        List<Appender<ILoggingEvent>> appenders = appenders(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME));
        Encoder<ILoggingEvent> encoder = encoderOf(appenders);
        if (encoder == null || ownAppendersUnder(context, name)) {
            return LogLevels.quiet(name);
        }
        Filter<ILoggingEvent> refuse = new BelowError(name);
        appenders.forEach(a -> a.addFilter(refuse));
        OutputStreamAppender<ILoggingEvent> sink = sink(context, encoder);
        Logger top = context.getLogger(name);
        top.addAppender(sink);
        return () -> {
            top.detachAppender(sink);
            sink.stop();
            appenders.forEach(a -> remove(a, refuse));
        };
    }

    /** An appender that encodes with {@code encoder} and writes nowhere. */
    private static OutputStreamAppender<ILoggingEvent> sink(LoggerContext context, Encoder<ILoggingEvent> encoder) {
        OutputStreamAppender<ILoggingEvent> sink = new OutputStreamAppender<>();
        sink.setContext(context);
        sink.setName("pcrfd-warm-up-sink");
        sink.setEncoder(encoder); // shared: encoders are used by every logging thread at once anyway
        sink.setOutputStream(OutputStream.nullOutputStream());
        sink.start();
        return sink;
    }

    private static List<Appender<ILoggingEvent>> appenders(Logger logger) {
        List<Appender<ILoggingEvent>> out = new ArrayList<>();
        logger.iteratorForAppenders().forEachRemaining(out::add);
        return out;
    }

    private static Encoder<ILoggingEvent> encoderOf(List<Appender<ILoggingEvent>> appenders) {
        for (Appender<ILoggingEvent> a : appenders) {
            if (a instanceof OutputStreamAppender<ILoggingEvent> o && o.getEncoder() != null) {
                return o.getEncoder();
            }
        }
        return null;
    }

    private static boolean ownAppendersUnder(LoggerContext context, String name) {
        for (Logger l : context.getLoggerList()) {
            Iterator<Appender<ILoggingEvent>> it = l.iteratorForAppenders();
            if ((l.getName().equals(name) || l.getName().startsWith(name + ".")) && it.hasNext()) {
                return true;
            }
        }
        return false;
    }

    /** Takes {@code filter} off {@code a}, keeping its other filters in their order. */
    private static void remove(Appender<ILoggingEvent> a, Filter<ILoggingEvent> filter) {
        List<Filter<ILoggingEvent>> others = a.getCopyOfAttachedFiltersList();
        others.remove(filter);
        a.clearAllFilters();
        others.forEach(a::addFilter);
    }

    /** Refuses the events of the loggers under a name below ERROR; neutral on every other. */
    private static final class BelowError extends Filter<ILoggingEvent> {
        private final String name;
        private final String prefix;

        BelowError(String name) {
            this.name = name;
            this.prefix = name + ".";
            start();
        }

        @Override
        public FilterReply decide(ILoggingEvent e) {
            String logger = e.getLoggerName();
            boolean under = logger.startsWith(prefix) || logger.equals(name);
            return under && !e.getLevel().isGreaterOrEqual(Level.ERROR) ? FilterReply.DENY : FilterReply.NEUTRAL;
        }
    }
}
