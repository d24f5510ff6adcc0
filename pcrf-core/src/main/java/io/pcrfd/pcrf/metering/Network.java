package io.pcrfd.pcrf.metering;

import io.pcrfd.pcrf.policy.AccessKind;
import io.pcrfd.pcrf.policy.IpCanContext;
import io.pcrfd.pcrf.policy.IpCanType;
import io.pcrfd.pcrf.policy.MeteringNetworks;

/**
 * The network a usage report came from: the mobile network (the PCEF over Gx) or the fixed
 * network (the BPCF over S9a, or a PCEF whose session runs over fixed access).
 */
public enum Network {
    MOBILE, FIXED;

    /** The network of a Gx session: fixed when its access is fixed, mobile otherwise. */
    public static Network of(IpCanContext context) {
        return context.access() == AccessKind.FIXED ? FIXED : MOBILE;
    }

    /** True when a threshold meant for {@code networks} goes to this network. */
    public boolean in(MeteringNetworks networks) {
        return this == MOBILE ? networks.mobile() : networks.fixed();
    }

    /**
     * The context conditions see for a report from this network: a fixed-line report is tested
     * as fixed access (IP-CAN-Type xDSL, TS 29.212 §5.3.27, no RAT-Type), whatever the linked
     * IP-CAN session's own access is; the subscriber, APN and location stay the session's.
     */
    public IpCanContext contextFor(IpCanContext session) {
        if (this == MOBILE || session.access() == AccessKind.FIXED) {
            return session;
        }
        return new IpCanContext(session.subscriptionIds(), session.apn(), null, IpCanType.XDSL,
                session.servingMccMnc(), session.ueLocalIp(), session.henbLocalIp());
    }
}
