package io.pcrfd.pcrf.establishment.s9a;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.store.model.TriggerIdentification;
import java.util.Optional;

/**
 * Reads the identification a trigger or a peer's CCR-I carries: Establishment-Id (pcrfd.dia,
 * the seed encodings only), UE-Local-IP-Address, HeNB-Local-IP-Address, the IMSI from
 * Subscription-Id (END_USER_IMSI only, never an MSISDN taken for an IMSI) and Called-Station-Id.
 * An S9 CCR carries the APN and local IPs in its first Subsession-Enforcement-Info instead
 * (TS 29.215 §5.6.2; {@link IdentificationAvps}); they are read there when absent at the top.
 */
public final class Identification {
    /** The AVP name of pcrfd.dia's trigger id (whatever code and vendor the config gives it). */
    public static final String ESTABLISHMENT_ID = "Establishment-Id";
    private static final int END_USER_IMSI = 1;

    private Identification() {
    }

    public static TriggerIdentification of(DiameterMessage m) {
        Optional<Avp> sub = m.avp("Subsession-Enforcement-Info");
        return new TriggerIdentification(
                m.avp(ESTABLISHMENT_ID).map(Avp::asUtf8String).orElse(null),
                address(m, sub, "UE-Local-IP-Address"),
                address(m, sub, "HeNB-Local-IP-Address"),
                imsi(m).orElse(null),
                field(m, sub, "Called-Station-Id").map(Avp::asUtf8String).orElse(null));
    }

    private static Optional<Avp> field(DiameterMessage m, Optional<Avp> subsession, String name) {
        return m.avp(name).or(() -> subsession.flatMap(s -> s.child(name)));
    }

    private static String address(DiameterMessage m, Optional<Avp> subsession, String name) {
        return field(m, subsession, name).map(a -> a.asAddress().getHostAddress()).orElse(null);
    }

    /** The IMSI of the first Subscription-Id of type END_USER_IMSI. */
    public static Optional<String> imsi(DiameterMessage m) {
        for (Avp s : m.avps("Subscription-Id")) {
            boolean isImsi = s.child("Subscription-Id-Type").map(Avp::asInt).orElse(-1) == END_USER_IMSI;
            if (isImsi) {
                return s.child("Subscription-Id-Data").map(Avp::asUtf8String);
            }
        }
        return Optional.empty();
    }
}
