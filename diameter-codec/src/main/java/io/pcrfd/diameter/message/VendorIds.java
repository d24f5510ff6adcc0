package io.pcrfd.diameter.message;

/**
 * Vendor-Id values (IANA enterprise numbers) of the bodies whose AVPs and applications the
 * bundled dictionary holds. A test checks each against the dictionary's {@code @vendor} lines.
 */
public final class VendorIds {
    /** IETF AVPs carry no vendor (RFC 6733 §4.1: V clear). */
    public static final int IETF = 0;
    /** 3GPP: TS 29.212, 29.214, 29.215, 29.219 and the rest. */
    public static final int THREE_GPP = 10415;
    /** ETSI TISPAN: ES 283 034, TS 183 017 (the fixed-access AVPs S9a reuses). */
    public static final int ETSI = 13019;
    /** 3GPP2: X.S0057. */
    public static final int THREE_GPP2 = 5535;

    private VendorIds() {
    }
}
