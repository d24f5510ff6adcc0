package io.pcrfd.pcrf.policy;

import io.pcrfd.diameter.message.VendorIds;
import io.pcrfd.pcrf.config.InvalidValueException;

/**
 * The {@code reject} action: answer with a base Result-Code, or with an Experimental-Result
 * (vendor 10415 unless {@code vendorId} says otherwise). With neither written, 5140
 * DIAMETER_ERROR_INITIAL_PARAMETERS (TS 29.212 §5.5.3), the code for "this session cannot be
 * authorised".
 *
 * @param resultCode             Result-Code (vendor 0), e.g. 5030 or 5003
 * @param experimentalResultCode Experimental-Result-Code
 * @param vendorId               Vendor-Id of the Experimental-Result
 */
public record RejectAction(Long resultCode, Long experimentalResultCode, Long vendorId) {
    public RejectAction {
        InvalidValueException.check(resultCode == null || experimentalResultCode == null, "experimentalResultCode",
                "give resultCode or experimentalResultCode, not both");
        InvalidValueException.check(resultCode == null || (resultCode >= 3000 && resultCode <= 5999), "resultCode",
                "a rejection is a 3xxx, 4xxx or 5xxx code, got " + resultCode);
        vendorId = vendorId == null ? VendorIds.THREE_GPP : vendorId;
    }

    public ResultCode toResultCode() {
        if (resultCode != null) {
            return new ResultCode(0, resultCode);
        }
        if (experimentalResultCode != null) {
            return new ResultCode(vendorId, experimentalResultCode);
        }
        return ResultCode.ERROR_INITIAL_PARAMETERS;
    }
}
