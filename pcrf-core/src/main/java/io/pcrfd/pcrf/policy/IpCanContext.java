package io.pcrfd.pcrf.policy;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * The latest context of an IP-CAN session, as the policy sees it: who, which APN, which
 * access, where. The CCR-I sets it; each CCR-U changes what it reports (TS 29.212 §4.5.2: a
 * CCR-U carries only what changed); the session store keeps it between requests, so a
 * decision the PCRF starts on its own (time flip, usage crossing, reload, operator push) reads
 * the same context the last CCA was decided on. Absent values are null.
 *
 * @param subscriptionIds Subscription-Id, all instances
 * @param apn             Called-Station-Id
 * @param ratType         RAT-Type
 * @param ipCanType       IP-CAN-Type
 * @param servingMccMnc   3GPP-SGSN-MCC-MNC of the serving network
 * @param ueLocalIp       UE-Local-IP-Address
 * @param henbLocalIp     HeNB-Local-IP-Address
 */
public record IpCanContext(List<SubscriptionId> subscriptionIds, String apn, RatType ratType, IpCanType ipCanType,
                           String servingMccMnc, InetAddress ueLocalIp, InetAddress henbLocalIp) {
    public IpCanContext {
        subscriptionIds = List.copyOf(subscriptionIds);
    }

    /** The access kind derived from RAT-Type, IP-CAN-Type and UE-Local-IP-Address. */
    public AccessKind access() {
        return AccessKind.derive(ratType, ipCanType, ueLocalIp);
    }

    /** The first Subscription-Id of {@code type}. */
    public Optional<String> subscriptionId(SubscriptionId.Type type) {
        for (int i = 0; i < subscriptionIds.size(); i++) { // no iterator: asked per decision
            SubscriptionId s = subscriptionIds.get(i);
            if (s.type() == type) {
                return Optional.of(s.data());
            }
        }
        return Optional.empty();
    }
}
