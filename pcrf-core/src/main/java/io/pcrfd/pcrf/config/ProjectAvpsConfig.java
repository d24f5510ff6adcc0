package io.pcrfd.pcrf.config;

/**
 * The project-specific AVPs of the project's own CCR/AAR trigger encodings. They are not 3GPP AVPs:
 * the default vendor 32473 is the IANA enterprise number reserved for documentation (RFC 5612),
 * so captures never collide with a real vendor; an operator that owns an enterprise number puts
 * it here. Both AVPs are sent with the M bit clear so a peer that does not know them may ignore
 * them.
 *
 * @param vendorId                  the Vendor-Id of both AVPs
 * @param establishmentRequestCode  the AVP code of Session-Establishment-Request (Enumerated)
 * @param establishmentIdCode       the AVP code of Establishment-Id (UTF8String, the unique id
 *                                  the PCRF assigns to a trigger)
 */
public record ProjectAvpsConfig(long vendorId, long establishmentRequestCode, long establishmentIdCode) {
    public static final long DEFAULT_VENDOR_ID = 32473;
    public static final long DEFAULT_ESTABLISHMENT_REQUEST_CODE = 1;
    public static final long DEFAULT_ESTABLISHMENT_ID_CODE = 2;

    public ProjectAvpsConfig {
        InvalidValueException.check(vendorId > 0 && vendorId <= 0xFFFF_FFFFL, "vendorId",
                "must be a non-zero enterprise number, got " + vendorId);
        InvalidValueException.check(establishmentRequestCode > 0 && establishmentRequestCode <= 0xFFFF_FFFFL,
                "establishmentRequestCode", "must be 1-4294967295, got " + establishmentRequestCode);
        InvalidValueException.check(establishmentIdCode > 0 && establishmentIdCode <= 0xFFFF_FFFFL,
                "establishmentIdCode", "must be 1-4294967295, got " + establishmentIdCode);
        InvalidValueException.check(establishmentIdCode != establishmentRequestCode, "establishmentIdCode",
                "must differ from establishmentRequestCode");
    }

    public static ProjectAvpsConfig defaults() {
        return new ProjectAvpsConfig(DEFAULT_VENDOR_ID, DEFAULT_ESTABLISHMENT_REQUEST_CODE,
                DEFAULT_ESTABLISHMENT_ID_CODE);
    }
}
