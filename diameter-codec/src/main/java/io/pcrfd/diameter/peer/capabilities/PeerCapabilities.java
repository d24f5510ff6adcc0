package io.pcrfd.diameter.peer.capabilities;

import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.spec.Rfc6733;
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
            if (a.is(Rfc6733.AUTH_APPLICATION_ID) || a.is(Rfc6733.ACCT_APPLICATION_ID)) {
                apps.add(a.asUnsigned32());
            } else if (a.is(Rfc6733.VENDOR_SPECIFIC_APPLICATION_ID)) {
                addVsai(a, apps);
            }
        }
        return new PeerCapabilities(text(m, Rfc6733.ORIGIN_HOST), text(m, Rfc6733.ORIGIN_REALM),
                m.avp(Rfc6733.ORIGIN_STATE_ID).map(Avp::asUnsigned32).orElse(0L), text(m, Rfc6733.PRODUCT_NAME), apps);
    }

    private static void addVsai(Avp vsai, Set<Long> apps) {
        vsai.child(Rfc6733.AUTH_APPLICATION_ID).ifPresent(a -> apps.add(a.asUnsigned32()));
        vsai.child(Rfc6733.ACCT_APPLICATION_ID).ifPresent(a -> apps.add(a.asUnsigned32()));
    }

    private static String text(DiameterMessage m, AvpKey.Text key) {
        return m.avp(key).map(Avp::asUtf8String).orElse("");
    }

    /** The peer advertised Relay (0xFFFFFFFF): it shares every application (RFC 6733 §5.3). */
    public boolean relay() {
        return applications.contains(ApplicationIds.RELAY);
    }
}
