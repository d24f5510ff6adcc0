package io.pcrfd.pcrf.runtime;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.pcrfd.diameter.peer.LogSafe;

/**
 * {@code %escapedMsg} in the shipped {@code logback.xml}: the formatted message with every
 * control character escaped ({@link LogSafe}). Log lines quote values from the wire (Session-Id,
 * Origin-Host, Subscription-Id-Data, APN, error texts that repeat them); escaping the whole
 * message here covers every such line, wherever it is written, so a value holding a line
 * break cannot forge a second log line. A message without control characters is printed as is.
 */
public final class EscapedMessageConverter extends ClassicConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return LogSafe.escape(event.getFormattedMessage());
    }
}
