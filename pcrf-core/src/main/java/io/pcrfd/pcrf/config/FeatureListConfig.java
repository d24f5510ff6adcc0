package io.pcrfd.pcrf.config;

import io.pcrfd.diameter.message.VendorIds;
import java.util.List;

/**
 * One Supported-Features list this node supports (TS 29.229 §6.3.29-31, used by Gx per
 * TS 29.212 §5.4.1): the Vendor-Id and Feature-List-ID it belongs to and the bit numbers set in
 * its Feature-List. Bit numbers rather than a mask so the sample can name each bit.
 *
 * @param vendorId      Vendor-Id inside Supported-Features (10415 for 3GPP lists)
 * @param featureListId Feature-List-ID (1 and 2 are defined for Gx)
 * @param bits          the bit numbers (0-31) this node supports
 */
public record FeatureListConfig(long vendorId, long featureListId, List<Integer> bits) {
    public static final long DEFAULT_VENDOR_ID = VendorIds.THREE_GPP;

    public FeatureListConfig {
        InvalidValueException.check(featureListId >= 1 && featureListId <= 0xFFFF_FFFFL, "featureListId",
                "must be at least 1, got " + featureListId);
        bits = List.copyOf(bits);
        for (int i = 0; i < bits.size(); i++) {
            InvalidValueException.check(bits.get(i) >= 0 && bits.get(i) <= 31, "bits[" + i + "]",
                    "a Feature-List is 32 bits, so a bit number is 0-31, got " + bits.get(i));
        }
    }

    public static FeatureListConfig defaults() {
        return new FeatureListConfig(DEFAULT_VENDOR_ID, 1, List.of());
    }

    /** The Feature-List value: the mask with each listed bit set. */
    public long mask() {
        long m = 0;
        for (int b : bits) {
            m |= 1L << b;
        }
        return m;
    }
}
