package io.pcrfd.diameter.peer;

import io.pcrfd.diameter.message.VendorIds;
import java.net.InetAddress;
import java.util.List;

/**
 * Who this node is in CER/CEA, DWR and DPR (RFC 6733 §5.3.1): its identity, product, state id
 * and the applications it serves.
 *
 * @param originHost         our DiameterIdentity
 * @param originRealm        our realm
 * @param hostIpAddresses    one or more Host-IP-Address values (1*{Host-IP-Address})
 * @param vendorId           our Vendor-Id (0 is allowed)
 * @param productName        Product-Name
 * @param firmwareRevision   Firmware-Revision, or null to omit it
 * @param originStateId      Origin-State-Id; must grow with every restart that loses state
 *                           (RFC 6733 §8.16); 0 omits it, telling peers to draw no conclusion
 * @param supportedVendorIds Supported-Vendor-Id values (10415, 13019 by default)
 * @param applications       what we serve; CER intersection is computed against these
 */
public record LocalIdentity(String originHost, String originRealm, List<InetAddress> hostIpAddresses,
                            long vendorId, String productName, Long firmwareRevision, long originStateId,
                            List<Long> supportedVendorIds, List<ApplicationSupport> applications) {
    public static final long DEFAULT_VENDOR_ID = 0;
    public static final String DEFAULT_PRODUCT_NAME = "pcrfd";
    public static final Long DEFAULT_FIRMWARE_REVISION = 1L;
    public static final List<Long> DEFAULT_SUPPORTED_VENDOR_IDS = List.of((long) VendorIds.THREE_GPP, (long) VendorIds.ETSI);

    public LocalIdentity {
        if (originHost == null || originHost.isEmpty() || originRealm == null || originRealm.isEmpty()) {
            throw new IllegalArgumentException("Origin-Host and Origin-Realm are required");
        }
        if (hostIpAddresses == null || hostIpAddresses.isEmpty()) {
            throw new IllegalArgumentException("at least one Host-IP-Address is required (RFC 6733 §5.3.1)");
        }
        if (applications == null || applications.isEmpty()) {
            throw new IllegalArgumentException("a node serves at least one application");
        }
        hostIpAddresses = List.copyOf(hostIpAddresses);
        supportedVendorIds = List.copyOf(supportedVendorIds);
        applications = List.copyOf(applications);
    }

    /**
     * An identity with the defaults: vendor 0, product "pcrfd", Supported-Vendor-Id 10415 and
     * 13019, and an Origin-State-Id from the boot time in seconds (grows with each restart).
     */
    public static LocalIdentity of(String originHost, String originRealm, InetAddress address,
                                   List<ApplicationSupport> applications) {
        return new LocalIdentity(originHost, originRealm, List.of(address), DEFAULT_VENDOR_ID, DEFAULT_PRODUCT_NAME,
                DEFAULT_FIRMWARE_REVISION, System.currentTimeMillis() / 1000, DEFAULT_SUPPORTED_VENDOR_IDS,
                applications);
    }

    /** True when we serve {@code applicationId} (Relay serves everything). */
    public boolean serves(long applicationId) {
        for (ApplicationSupport a : applications) {
            if (a.id() == applicationId || a.id() == io.pcrfd.diameter.message.ApplicationIds.RELAY) {
                return true;
            }
        }
        return false;
    }
}
