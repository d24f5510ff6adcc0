package io.pcrfd.diameter.codec;

import io.pcrfd.diameter.dictionary.AvpDefinition;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.ResultCodes;

/**
 * Base-protocol rules that a grammar cannot say. RFC 6733 §6.11: a
 * Vendor-Specific-Application-Id holds exactly one of Auth-Application-Id and
 * Acct-Application-Id; none is 5005 (with an example Auth-Application-Id), both is 5009 (with
 * the second one), per RFC 6733 §6.11.
 */
final class BaseRules {
    private static final int VENDOR_SPECIFIC_APPLICATION_ID = 260;
    private static final int AUTH_APPLICATION_ID = 258;
    private static final int ACCT_APPLICATION_ID = 259;

    private BaseRules() {
    }

    static void check(Dictionary dictionary, Avp grouped, AvpDecoder out) {
        if (grouped.code() != VENDOR_SPECIFIC_APPLICATION_ID || grouped.vendorId() != 0) {
            return;
        }
        Avp first = null;
        for (Avp c : grouped.children()) {
            if (c.vendorId() == 0 && (c.code() == AUTH_APPLICATION_ID || c.code() == ACCT_APPLICATION_ID)) {
                if (first != null) {
                    out.error(ResultCodes.DIAMETER_AVP_OCCURS_TOO_MANY_TIMES, c,
                            "Vendor-Specific-Application-Id with both Auth- and Acct-Application-Id");
                    return;
                }
                first = c;
            }
        }
        if (first == null) {
            out.error(ResultCodes.DIAMETER_MISSING_AVP, example(dictionary),
                    "Vendor-Specific-Application-Id without Auth- or Acct-Application-Id");
        }
    }

    private static Avp example(Dictionary dictionary) {
        AvpDefinition def = dictionary.lookupAvp(AUTH_APPLICATION_ID, 0);
        // Flags of Auth-Application-Id (M, vendor 0) as RFC 6733 §4.5 fixes them.
        return Avp.wrap(AUTH_APPLICATION_ID, (byte) Avp.FLAG_MANDATORY, 0, new byte[4], 0, 4, null, def);
    }
}
