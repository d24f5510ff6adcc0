package io.pcrfd.pcrf.policy;

import java.net.InetAddress;

/**
 * The kind of access a session runs over, as policy conditions see it. Derived, because no
 * single AVP says it: fixed when RAT-Type is a wireline value (3-5) or IP-CAN-Type is DOCSIS,
 * xDSL or FBA; WLAN when RAT-Type is WLAN (0) or a non-3GPP RAT (1-2), or when a
 * UE-Local-IP-Address is present without a 3GPP RAT (TS 29.212 §5.3.96: the UE's address on
 * the WLAN or fixed network, i.e. untrusted non-3GPP access); 3GPP otherwise. A UE behind an
 * H(e)NB is on 3GPP radio, so HeNB-Local-IP-Address alone does not change the kind.
 */
public enum AccessKind {
    THREE_GPP,
    WLAN,
    FIXED;

    /** Derives the kind from what the request carried; null arguments mean "absent". */
    public static AccessKind derive(RatType rat, IpCanType ipCan, InetAddress ueLocalIp) {
        if ((rat != null && rat.isWireline()) || (ipCan != null && ipCan.isFixed())) {
            return FIXED;
        }
        if (rat != null && rat.value() >= 0 && rat.value() <= 2) {
            return WLAN;
        }
        if (rat == null && ueLocalIp != null) {
            return WLAN;
        }
        return THREE_GPP;
    }

    /** The YAML spelling is {@code 3gpp}, {@code wlan}, {@code fixed}. */
    public static AccessKind parse(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "3gpp" -> THREE_GPP;
            case "wlan" -> WLAN;
            case "fixed" -> FIXED;
            default -> throw new IllegalArgumentException("expected one of 3gpp, wlan, fixed, got '" + text + "'");
        };
    }
}
