package io.pcrfd.pcrf.cli.demo;

import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.pcrf.console.CommandNames;

/**
 * One Diameter message seen on a relayed connection.
 *
 * @param nanos   {@link System#nanoTime()} when its last octet was read
 * @param from    the node that wrote it (PCEF, PCRF, BPCF)
 * @param to      the node it went to
 * @param message the decoded message (its header is always readable; AVPs as far as they decode)
 */
public record WireEvent(long nanos, String from, String to, DiameterMessage message) {

    public boolean isRequest() {
        return message.isRequest();
    }

    public long command() {
        return message.commandCode();
    }

    public long application() {
        return message.applicationId();
    }

    /** CC-Request-Type of a CCR/CCA (1 INITIAL ... 4 EVENT), 0 when absent. */
    public int requestType() {
        return message.avp(Rfc4006.CC_REQUEST_TYPE).map(Avp::asInt).orElse(0);
    }

    /** Result-Code, else Experimental-Result-Code, 0 in a request or when neither is present. */
    public long resultCode() {
        return CommandNames.resultCode(message);
    }

    public boolean has(AvpKey avp) {
        return message.avp(avp).isPresent();
    }

    /** The same by name, for tests that read captures. */
    public boolean has(String avpName) {
        return message.avp(avpName).isPresent();
    }
}
