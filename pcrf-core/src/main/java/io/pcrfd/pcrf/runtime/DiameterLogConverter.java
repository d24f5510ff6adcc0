package io.pcrfd.pcrf.runtime;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.pcrfd.diameter.peer.RequestLogContext;

/**
 * {@code %diameter} in the shipped {@code logback.xml}: "peer=… session=… hbh=0x… " when the
 * line is written while a Diameter message is handled on that thread (see {@link
 * RequestLogContext}), nothing otherwise. Logback calls converters on the logging thread, so
 * the thread-local context is the right one. A line that names its peer itself (it begins
 * with {@code peer=}, the convention of lines that may be written on another thread, e.g. after
 * a Redis reply) is left as it is rather than say it twice. The peer and the Session-Id come
 * from the wire and are escaped by {@link RequestLogContext#describe()}.
 */
public final class DiameterLogConverter extends ClassicConverter {
    @Override
    public String convert(ILoggingEvent event) {
        String context = RequestLogContext.describe();
        if (context.isEmpty() || event.getFormattedMessage().startsWith("peer=")) {
            return "";
        }
        return context + " ";
    }
}
