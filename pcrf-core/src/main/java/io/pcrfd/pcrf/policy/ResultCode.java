package io.pcrfd.pcrf.policy;

import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.message.VendorIds;
import io.pcrfd.diameter.spec.Rfc6733;


/**
 * A result to answer with: a base Result-Code when {@code vendorId} is 0, otherwise an
 * Experimental-Result with that Vendor-Id (TS 29.230 §8.1: always read a code together with
 * its vendor; 5030 with vendor 0 is DIAMETER_USER_UNKNOWN of RFC 4006 §9.1).
 *
 * @param vendorId 0 for Result-Code, else the Vendor-Id of Experimental-Result
 * @param code     the code
 */
public record ResultCode(long vendorId, long code) {
    /** RFC 4006 §9.1: the subscriber is not known. */
    public static final ResultCode USER_UNKNOWN = new ResultCode(VendorIds.IETF, ResultCodes.DIAMETER_USER_UNKNOWN);
    /** TS 29.212 §5.5.3: the PCRF cannot authorise the IP-CAN session from the CCR-I's parameters. */
    public static final ResultCode ERROR_INITIAL_PARAMETERS = new ResultCode(VendorIds.THREE_GPP,
            Rfc6733.ExperimentalResultCode.DIAMETER_ERROR_INITIAL_PARAMETERS);

    public boolean isExperimental() {
        return vendorId != 0;
    }

    @Override
    public String toString() {
        return isExperimental() ? "Experimental-Result " + vendorId + "/" + code : "Result-Code " + code;
    }
}
