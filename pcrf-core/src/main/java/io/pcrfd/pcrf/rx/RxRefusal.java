package io.pcrfd.pcrf.rx;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.pcrf.policy.ResultCode;

/**
 * Stops the handling of an AAR at the first thing the PCRF refuses (TS 29.214 §4.4.1,
 * RFC 6733 §7: one error is reported): the result, the AVP for Failed-AVP (null when none) and
 * a short reason for Error-Message and the log.
 */
final class RxRefusal extends RuntimeException {
    private final transient ResultCode result;
    private final transient Avp failedAvp;

    RxRefusal(ResultCode result, Avp failedAvp, String reason) {
        super(reason, null, false, false);
        this.result = result;
        this.failedAvp = failedAvp;
    }

    ResultCode result() {
        return result;
    }

    Avp failedAvp() {
        return failedAvp;
    }
}
