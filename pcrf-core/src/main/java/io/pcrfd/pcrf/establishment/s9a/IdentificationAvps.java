package io.pcrfd.pcrf.establishment.s9a;

import io.pcrfd.diameter.message.GroupedAvpBuilder;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc7155;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.diameter.spec.Ts29215;
import io.pcrfd.store.model.TriggerIdentification;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Writes the identification {@link Identification} reads (IMSI, APN, UE or H(e)NB local IP)
 * where each command's grammar names it, so no M-bit AVP rides on {@code * [ AVP ]} (RFC 6733
 * §1.3.4):
 *
 * <ul>
 *   <li>TER (S9a and S9), the S9a CCR and the project's AAR name Subscription-Id,
 *       Called-Station-Id and the local IPs at the top level (TS 29.215 §A.7.6.6, §5.6.6,
 *       §A.7.2.1).</li>
 *   <li>The S9 CCR (§5.6.2) names only *[Subscription-Id] at the top level; the APN and the local
 *       IPs of a PDN connection go in a Subsession-Enforcement-Info (§5.3.2) with Subsession-Id 1
 *       (the sender chooses it, §5.3.3) and Subsession-Operation ESTABLISHMENT.</li>
 * </ul>
 */
public final class IdentificationAvps {
    /** The one subsession an S9 session opened for a trigger carries. */
    public static final long SUBSESSION_ID = 1;

    private IdentificationAvps() {
    }

    /** At the top level: TER, S9a CCR, AAR. */
    public static void topLevel(MessageBuilder b, TriggerIdentification id) {
        imsi(b, id);
        if (id.apn() != null) {
            b.add(Rfc7155.CALLED_STATION_ID, id.apn());
        }
        if (id.ueLocalIp() != null) {
            b.add(Ts29212.UE_LOCAL_IP_ADDRESS, literal(id.ueLocalIp()));
        } else if (id.henbLocalIp() != null) {
            b.add(Ts29212.HENB_LOCAL_IP_ADDRESS, literal(id.henbLocalIp()));
        }
    }

    /** As the S9 CCR grammar takes it: the IMSI at the top, the rest in one Subsession-Enforcement-Info. */
    public static void s9Ccr(MessageBuilder b, TriggerIdentification id) {
        imsi(b, id);
        b.add(Ts29215.SUBSESSION_ENFORCEMENT_INFO, g -> subsession(g, id));
    }

    private static void subsession(GroupedAvpBuilder g, TriggerIdentification id) {
        g.add(Ts29215.SUBSESSION_ID, SUBSESSION_ID).add(Ts29215.SUBSESSION_OPERATION, Ts29215.SubsessionOperation.ESTABLISHMENT);
        if (id.apn() != null) {
            g.add(Rfc7155.CALLED_STATION_ID, id.apn());
        }
        if (id.ueLocalIp() != null) {
            g.add(Ts29212.UE_LOCAL_IP_ADDRESS, literal(id.ueLocalIp()));
        } else if (id.henbLocalIp() != null) {
            g.add(Ts29212.HENB_LOCAL_IP_ADDRESS, literal(id.henbLocalIp()));
        }
    }

    private static void imsi(MessageBuilder b, TriggerIdentification id) {
        if (id.imsi() != null) {
            b.add(Rfc4006.SUBSCRIPTION_ID, g -> g.add(Rfc4006.SUBSCRIPTION_ID_TYPE, Rfc4006.SubscriptionIdType.END_USER_IMSI)
                    .add(Rfc4006.SUBSCRIPTION_ID_DATA, id.imsi()));
        }
    }

    /** An IP address literal as the store keeps it; never a DNS lookup. */
    public static InetAddress literal(String ip) {
        try {
            return InetAddress.getByName(ip);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address literal: " + ip, e);
        }
    }
}
