package io.pcrfd.pcrf.qos;

import io.pcrfd.pcrf.policy.Arp;
import io.pcrfd.pcrf.policy.BitratePair;
import io.pcrfd.pcrf.policy.MediaKind;
import io.pcrfd.pcrf.policy.Preemption;

/**
 * The PCRF's QoS mapping of an Rx media component (TS 29.213 §6.3): the QCI, ARP, MBR and GBR of
 * the PCC rule that carries its flows. What it decides, in order:
 *
 * <ul>
 *   <li><b>QCI</b>: a component whose flows are all AF signalling (Flow-Usage AF_SIGNALLING)
 *       gets 5, the IMS signalling class; otherwise by Media-Type: audio 1 and video 2
 *       (conversational, GBR), text and message 6, data, application and control 8, other or
 *       absent 9 (non-GBR; TS 23.203 table 6.1.7 and the MTSI examples of TS 26.114 Annex E).</li>
 *   <li><b>MBR</b> uplink and downlink: Max-Requested-Bandwidth-UL/DL plus RR-Bandwidth and
 *       RS-Bandwidth when given, since the component's RTCP flows ride in the same rule; a
 *       direction with nothing given is 0 when the other has a value; none at all: no MBR.</li>
 *   <li><b>GBR</b>: for a GBR QCI, equal to the MBR (nothing in Rx asks for less); none for
 *       non-GBR QCIs.</li>
 *   <li><b>ARP</b>: priority 1 for signalling, 2 for audio, 4 for video, 9 otherwise; signalling
 *       and audio may pre-empt and may not be pre-empted, the rest keep the spec's defaults
 *       (capability disabled, vulnerability enabled).</li>
 * </ul>
 *
 * @param qci QoS-Class-Identifier
 * @param arp Allocation-Retention-Priority
 * @param mbr Max-Requested-Bandwidth-UL/DL, or null
 * @param gbr Guaranteed-Bitrate-UL/DL, or null
 */
public record MediaQos(int qci, Arp arp, BitratePair mbr, BitratePair gbr) {
    static final int QCI_SIGNALLING = 5;

    /**
     * The QoS of a media component.
     *
     * @param kind        Media-Type, null when absent
     * @param signalling  every flow of the component is AF signalling
     * @param maxUl       Max-Requested-Bandwidth-UL (bit/s), or null; likewise the others
     */
    public static MediaQos of(MediaKind kind, boolean signalling, Long maxUl, Long maxDl, Long rr, Long rs) {
        int qci = signalling ? QCI_SIGNALLING : qci(kind);
        BitratePair mbr = mbr(maxUl, maxDl, rr, rs);
        boolean gbrQci = qci == 1 || qci == 2;
        return new MediaQos(qci, arp(qci), mbr, gbrQci ? mbr : null);
    }

    static int qci(MediaKind kind) {
        if (kind == null) {
            return 9;
        }
        return switch (kind) {
            case AUDIO -> 1;
            case VIDEO -> 2;
            case TEXT, MESSAGE -> 6;
            case DATA, APPLICATION, CONTROL -> 8;
            case OTHER -> 9;
        };
    }

    private static BitratePair mbr(Long maxUl, Long maxDl, Long rr, Long rs) {
        if (maxUl == null && maxDl == null && rr == null && rs == null) {
            return null;
        }
        long rtcp = orZero(rr) + orZero(rs);
        return BitratePair.of(orZero(maxUl) + rtcp, orZero(maxDl) + rtcp);
    }

    private static Arp arp(int qci) {
        return switch (qci) {
            case QCI_SIGNALLING -> new Arp(1, Preemption.ENABLED, Preemption.DISABLED);
            case 1 -> new Arp(2, Preemption.ENABLED, Preemption.DISABLED);
            case 2 -> Arp.of(4);
            default -> Arp.of(9);
        };
    }

    private static long orZero(Long v) {
        return v == null ? 0 : v;
    }
}
