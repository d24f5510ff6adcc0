package io.pcrfd.pcrf.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shipped layout writes one event per line whatever a wire value holds: control characters
 * in the message and in exception messages come out escaped, the stack trace keeps its lines.
 */
class LogInjectionTest {
    private static final Logger LOG = LoggerFactory.getLogger(LogInjectionTest.class);

    @Test
    void aLineBreakInAMessageCannotStartAForgedLine() {
        try (ShippedLogLayout log = new ShippedLogLayout()) {
            LOG.info("Subscription-Id-Data '{}' refused", "123\nFORGED 2026-01-01 ERROR\r\tx\u001b[2J\u0085y\u2028z");

            assertThat(log.lines()).noneMatch(l -> l.startsWith("FORGED"))
                    .anyMatch(l -> l.endsWith(" INFO  [" + Thread.currentThread().getName() + "] i.p.p.r.LogInjectionTest "
                            + "Subscription-Id-Data '123\\nFORGED 2026-01-01 ERROR\\r\\tx\\u001b[2J\\u0085y\\u2028z' refused"));
        }
    }

    @Test
    void anExceptionMessageIsEscapedAndItsStackTraceKeepsItsLines() {
        try (ShippedLogLayout log = new ShippedLogLayout()) {
            LOG.warn("handler failed", new IllegalStateException("bad Session-Id pgw;1\nFORGED",
                    new IllegalArgumentException("cause\r\nFORGED too")));

            assertThat(log.lines()).noneMatch(l -> l.startsWith("FORGED"));
            assertThat(log.lines()).anyMatch(l -> l.equals("java.lang.IllegalStateException: bad Session-Id pgw;1\\nFORGED"));
            assertThat(log.lines()).anyMatch(l -> l.equals(
                    "Caused by: java.lang.IllegalArgumentException: cause\\r\\nFORGED too"));
            assertThat(log.lines()).anyMatch(l -> l.startsWith("\tat io.pcrfd.pcrf.runtime.LogInjectionTest."));
        }
    }
}
