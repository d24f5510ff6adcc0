package io.pcrfd.diameter.peer.capabilities;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a peer said about itself in its CER or CEA (RFC 6733 §5.3).
 *
 * @param originHost    its Origin-Host
 * @param originRealm   its Origin-Realm
 * @param originStateId its Origin-State-Id, 0 when absent
 * @param productName   its Product-Name, empty when absent
 * @param applications  every application id it advertised, bare or inside a VSAI (the
 *                      VSAI's Vendor-Id is ignored, §5.3); auth and acct together
 */
public record PeerCapabilities(String originHost, String originRealm, long originStateId, String productName,
                               Set<Long> applications) {
    public PeerCapabilities {
        applications = Set.copyOf(applications);
    }

    /** Reads a CER or CEA; missing Origin-Host/Realm become empty strings (the codec reports 5005). */
    public static PeerCapabilities of(DiameterMessage m) {
        Set<Long> apps = new LinkedHashSet<>();
        for (Avp a : m.avps()) {
            if (a.vendorId() != 0) {
                continue;
            }
            switch (a.code()) {
                case 258, 259 -> apps.add(a.asUnsigned32());
                case 260 -> addVsai(a, apps);
                default -> {
                }
            }
        }
        return new PeerCapabilities(text(m, 264), text(m, 296), m.avp(278, 0).map(Avp::asUnsigned32).orElse(0L),
                text(m, 269), apps);
    }

    private static void addVsai(Avp vsai, Set<Long> apps) {
        vsai.child(258, 0).ifPresent(a -> apps.add(a.asUnsigned32()));
        vsai.child(259, 0).ifPresent(a -> apps.add(a.asUnsigned32()));
    }

    private static String text(DiameterMessage m, int code) {
        return m.avp(code, 0).map(Avp::asUtf8String).orElse("");
    }

    /** The peer advertised Relay (0xFFFFFFFF): it shares every application (RFC 6733 §5.3). */
    public boolean relay() {
        return applications.contains(ApplicationIds.RELAY);
    }
}
