package io.pcrfd.pcrf.establishment.s9a;

import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.spec.Pcrfd;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc7155;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.diameter.spec.Ts29215;
import io.pcrfd.store.model.TriggerIdentification;
import java.util.Optional;

/**
 * Reads the identification a trigger or a peer's CCR-I carries: Establishment-Id (pcrfd.dia,
 * the CCR/AAR encodings only), UE-Local-IP-Address, HeNB-Local-IP-Address, the IMSI from
 * Subscription-Id (END_USER_IMSI only, never an MSISDN taken for an IMSI) and Called-Station-Id.
 * An S9 CCR carries the APN and local IPs in its first Subsession-Enforcement-Info instead
 * (TS 29.215 §5.6.2; {@link IdentificationAvps}); they are read there when absent at the top.
 */
public final class Identification {
    /** The AVP name of pcrfd.dia's trigger id (whatever code and vendor the config gives it). */
    private static final int END_USER_IMSI = 1;

    private Identification() {
    }

    public static TriggerIdentification of(DiameterMessage m) {
        Optional<Avp> sub = m.avp(Ts29215.SUBSESSION_ENFORCEMENT_INFO);
        return new TriggerIdentification(
                m.avp(Pcrfd.ESTABLISHMENT_ID).map(Avp::asUtf8String).orElse(null),
                address(m, sub, Ts29212.UE_LOCAL_IP_ADDRESS),
                address(m, sub, Ts29212.HENB_LOCAL_IP_ADDRESS),
                imsi(m).orElse(null),
                field(m, sub, Rfc7155.CALLED_STATION_ID).map(Avp::asUtf8String).orElse(null));
    }

    private static Optional<Avp> field(DiameterMessage m, Optional<Avp> subsession, AvpKey name) {
        return m.avp(name).or(() -> subsession.flatMap(s -> s.child(name)));
    }

    private static String address(DiameterMessage m, Optional<Avp> subsession, AvpKey.Address name) {
        return field(m, subsession, name).map(a -> a.asAddress().getHostAddress()).orElse(null);
    }

    /** The IMSI of the first Subscription-Id of type END_USER_IMSI. */
    public static Optional<String> imsi(DiameterMessage m) {
        for (Avp s : m.avps(Rfc4006.SUBSCRIPTION_ID)) {
            boolean isImsi = s.child(Rfc4006.SUBSCRIPTION_ID_TYPE).map(Avp::asInt).orElse(-1) == END_USER_IMSI;
            if (isImsi) {
                return s.child(Rfc4006.SUBSCRIPTION_ID_DATA).map(Avp::asUtf8String);
            }
        }
        return Optional.empty();
    }
}
