package io.pcrfd.pcrf.runtime;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.pcrfd.diameter.peer.RequestLogContext;

/**
 * Logback's own {@link JsonEncoder} (one JSON object per line) with the Diameter message being
 * handled as fields of their own: {@code "peer"}, {@code "sessionId"} and {@code "hopByHop"}
 * ({@code "0x0000abcd"}), taken from {@link RequestLogContext} on the logging thread exactly as
 * {@code %diameter} does for text lines. Outside a message, a line that names them in its leading
 * arguments ({@code "peer={} ..."}, {@code "Session-Id={} ..."}: the project's shape of such
 * lines, {@link LeadingLogFields}) gets them as fields too; others have none. Set up for machines: the
 * formatted message, level, logger, thread, timestamp (epoch milliseconds), MDC, key-value
 * pairs and the exception; not Logback's sequence number, nanoseconds, context or raw arguments.
 * Used by the shipped {@code logback-json.xml}.
 */
public final class DiameterJsonEncoder extends JsonEncoder {
    private static final JsonStringEncoder ESCAPE = JsonStringEncoder.getInstance();

    public DiameterJsonEncoder() {
        setWithSequenceNumber(false);
        setWithNanoseconds(false);
        setWithContext(false);
        setWithMessage(false);
        setWithArguments(false);
        setWithFormattedMessage(true);
    }

    @Override
    protected void appendCustomFields(StringBuilder sb, ILoggingEvent event) {
        RequestLogContext.Fields f = RequestLogContext.fields();
        if (f != null) {
            field(sb, "peer", f.peer());
            if (f.sessionId() != null) {
                field(sb, "sessionId", f.sessionId());
            }
            field(sb, "hopByHop", f.hopByHopHex());
            return;
        }
        LeadingLogFields.Found named = LeadingLogFields.of(event);
        if (named != null) {
            optional(sb, "peer", named.peer());
            optional(sb, "sessionId", named.sessionId());
            optional(sb, "hopByHop", named.hopByHop() == null ? null : String.format("0x%08x", named.hopByHop()));
        }
    }

    private static void optional(StringBuilder sb, String name, String value) {
        if (value != null) {
            field(sb, name, value);
        }
    }

    /** Logback writes the fields before this one, so each custom field starts with a comma. */
    private static void field(StringBuilder sb, String name, String value) {
        sb.append(",\"").append(name).append("\":\"");
        ESCAPE.quoteAsString(value, sb);
        sb.append('"');
    }
}
