package io.pcrfd.pcrf.qos;

import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.message.GroupedAvpBuilder;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.diameter.spec.Ts29214;
import io.pcrfd.pcrf.policy.Arp;
import io.pcrfd.pcrf.policy.BearerQos;
import io.pcrfd.pcrf.policy.BitratePair;

/**
 * The one writer of QoS-Information (TS 29.212 §5.3.16), Allocation-Retention-Priority
 * (§5.3.32) and Default-EPS-Bearer-QoS (§5.3.48) contents, for Gx and S9a alike. Each method
 * adds children to a grouped AVP the caller opened:
 *
 * <pre>
 *   b.add(Ts29212.QOS_INFORMATION, q -&gt; QosAvps.bearer(q, qci, mbr, gbr, arp));
 *   b.add(Ts29212.QOS_INFORMATION, q -&gt; QosAvps.apnAmbr(q, ambr));
 * </pre>
 */
public final class QosAvps {
    /** The largest bit/s an Unsigned32 bit-rate AVP holds; above it the Extended-* AVPs apply. */
    public static final long MAX_BPS = 0xFFFF_FFFFL;

    private QosAvps() {
    }

    /** A bearer's or rule's QoS: QCI, MBR, GBR (each with its Extended-* above 4 Gbit/s), ARP. */
    public static void bearer(GroupedAvpBuilder q, int qci, BitratePair mbr, BitratePair gbr, Arp arp) {
        q.add(Ts29212.QOS_CLASS_IDENTIFIER, qci);
        pair(q, mbr, Ts29214.MAX_REQUESTED_BANDWIDTH_UL, Ts29214.MAX_REQUESTED_BANDWIDTH_DL,
                Ts29214.EXTENDED_MAX_REQUESTED_BW_UL, Ts29214.EXTENDED_MAX_REQUESTED_BW_DL);
        pair(q, gbr, Ts29212.GUARANTEED_BITRATE_UL, Ts29212.GUARANTEED_BITRATE_DL,
                Ts29212.EXTENDED_GBR_UL, Ts29212.EXTENDED_GBR_DL);
        if (arp != null) {
            q.add(Ts29212.ALLOCATION_RETENTION_PRIORITY, a -> arp(a, arp));
        }
    }

    /** APN-AMBR: APN-Aggregate-Max-Bitrate-UL/DL, with Extended-APN-AMBR-UL/DL above 4 Gbit/s. */
    public static void apnAmbr(GroupedAvpBuilder q, BitratePair ambr) {
        pair(q, ambr, Ts29212.APN_AGGREGATE_MAX_BITRATE_UL, Ts29212.APN_AGGREGATE_MAX_BITRATE_DL,
                Ts29212.EXTENDED_APN_AMBR_UL, Ts29212.EXTENDED_APN_AMBR_DL);
    }

    /** Default-EPS-Bearer-QoS contents: QCI and ARP. */
    public static void defaultBearer(GroupedAvpBuilder g, BearerQos qos) {
        g.add(Ts29212.QOS_CLASS_IDENTIFIER, qos.qci());
        g.add(Ts29212.ALLOCATION_RETENTION_PRIORITY, a -> arp(a, qos.arp()));
    }

    /** Allocation-Retention-Priority contents, every field explicit. */
    public static void arp(GroupedAvpBuilder a, Arp arp) {
        a.add(Ts29212.PRIORITY_LEVEL, (long) arp.priority());
        a.add(Ts29212.PRE_EMPTION_CAPABILITY, arp.capability().code());
        a.add(Ts29212.PRE_EMPTION_VULNERABILITY, arp.vulnerability().code());
    }

    /**
     * In the grammar's order (§5.3.16): both base AVPs, then the Extended ones that are needed.
     * Nothing when {@code pair} is null.
     */
    private static void pair(GroupedAvpBuilder q, BitratePair pair, AvpKey.Unsigned32 ul, AvpKey.Unsigned32 dl,
                             AvpKey.Unsigned32 extendedUl, AvpKey.Unsigned32 extendedDl) {
        if (pair == null) {
            return;
        }
        long up = pair.uplink().bitsPerSecond();
        long down = pair.downlink().bitsPerSecond();
        q.add(ul, base(up));
        q.add(dl, base(down));
        if (up > MAX_BPS) {
            q.add(extendedUl, kbps(up));
        }
        if (down > MAX_BPS) {
            q.add(extendedDl, kbps(down));
        }
    }

    /** The base AVP's value: the rate, or 4294967295 when the Extended AVP carries it. */
    static long base(long bps) {
        return Math.min(bps, MAX_BPS);
    }

    /** bit/s to kbit/s, rounded up (never authorise less than the policy wrote). */
    static long kbps(long bps) {
        return (bps + 999) / 1000;
    }
}
