package io.pcrfd.diameter.peer.capabilities;

import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterError;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.peer.ApplicationSupport;
import io.pcrfd.diameter.peer.LocalIdentity;
import io.pcrfd.diameter.spec.Rfc6733;
import java.net.InetAddress;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Builds our CER and CEA from the {@link LocalIdentity} and intersects applications (RFC 6733
 * §5.3). Stateless and thread-safe.
 */
public final class Capabilities {
    private final Dictionary dictionary;
    private final LocalIdentity local;

    public Capabilities(Dictionary dictionary, LocalIdentity local) {
        this.dictionary = dictionary;
        this.local = local;
    }

    public LocalIdentity local() {
        return local;
    }

    /** Our CER (RFC 6733 §5.3.1). */
    public DiameterMessage cer(HopByHopId hopByHop, EndToEndId endToEnd) {
        MessageBuilder b = MessageBuilder.request(dictionary, ApplicationIds.COMMON, "CER")
                .hopByHop(hopByHop).endToEnd(endToEnd);
        addIdentity(b);
        return b.build();
    }

    /** A CEA to {@code cer} with {@code resultCode} (2001, 3010, 5010, ...). */
    public DiameterMessage cea(DiameterMessage cer, long resultCode) {
        MessageBuilder b = MessageBuilder.answer(dictionary, cer).resultCode(resultCode);
        addIdentity(b);
        return b.build();
    }

    /**
     * A CEA refusing {@code cer}: the error's Result-Code (E bit for 3xxx), our identity,
     * Error-Message and Failed-AVP when the error names one (RFC 6733 §5.3, §7).
     */
    public DiameterMessage ceaError(DiameterMessage cer, DiameterError error) {
        MessageBuilder b = MessageBuilder.answer(dictionary, cer).errorAnswer(error);
        addIdentity(b);
        return b.build();
    }

    /**
     * The identity AVPs in the CER grammar's order: Origin-Host, Origin-Realm,
     * Host-IP-Address, Vendor-Id, Product-Name, Origin-State-Id, Supported-Vendor-Id,
     * Auth-/Acct-Application-Id, Vendor-Specific-Application-Id, Firmware-Revision.
     */
    private void addIdentity(MessageBuilder b) {
        b.originHost(local.originHost()).originRealm(local.originRealm());
        for (InetAddress a : local.hostIpAddresses()) {
            b.add(Rfc6733.HOST_IP_ADDRESS, a);
        }
        b.add(Rfc6733.VENDOR_ID, local.vendorId()).add(Rfc6733.PRODUCT_NAME, local.productName());
        if (local.originStateId() != 0) {
            b.add(Rfc6733.ORIGIN_STATE_ID, local.originStateId());
        }
        for (Long v : local.supportedVendorIds()) {
            b.add(Rfc6733.SUPPORTED_VENDOR_ID, v);
        }
        addApplications(b);
        if (local.firmwareRevision() != null) {
            b.add(Rfc6733.FIRMWARE_REVISION, local.firmwareRevision());
        }
    }

    private void addApplications(MessageBuilder b) {
        for (ApplicationSupport a : local.applications()) {
            if (a.advertise() != ApplicationSupport.Advertise.VSAI) {
                b.add(idName(a), a.id());
            }
        }
        for (ApplicationSupport a : local.applications()) {
            if (a.vendorId() != 0 && a.advertise() != ApplicationSupport.Advertise.PLAIN) {
                b.add(Rfc6733.VENDOR_SPECIFIC_APPLICATION_ID, g -> g
                        .add(Rfc6733.VENDOR_ID, a.vendorId())
                        .add(idName(a), a.id()));
            }
        }
    }

    private static AvpKey.Unsigned32 idName(ApplicationSupport a) {
        return a.kind() == ApplicationSupport.Kind.AUTH ? Rfc6733.AUTH_APPLICATION_ID : Rfc6733.ACCT_APPLICATION_ID;
    }

    /**
     * The applications both sides serve (RFC 6733 §5.3): ids match whatever the vendor; Relay
     * on either side shares everything the other side has.
     */
    public Set<Long> common(PeerCapabilities peer) {
        Set<Long> out = new LinkedHashSet<>();
        boolean localRelay = local.applications().stream().anyMatch(a -> a.id() == ApplicationIds.RELAY);
        for (ApplicationSupport a : local.applications()) {
            if (peer.relay() || peer.applications().contains(a.id())) {
                out.add(a.id());
            }
        }
        if (localRelay) {
            out.addAll(peer.applications());
        }
        out.remove(ApplicationIds.COMMON);
        return out;
    }
}
