package io.pcrfd.pcrf.policy;

import io.pcrfd.diameter.message.ResultCodes;

/**
 * What to do with a subscriber the policy file does not list: apply the default plan
 * (lab-friendly, the default) or reject. A rejection answers Result-Code 5030
 * DIAMETER_USER_UNKNOWN (RFC 4006 §9.1, a base code, not an Experimental-Result) unless
 * another code is written.
 *
 * @param action                 default-plan or reject
 * @param resultCode             Result-Code of the rejection (vendor 0)
 * @param experimentalResultCode Experimental-Result-Code instead
 * @param vendorId               Vendor-Id of the Experimental-Result (10415 when absent)
 */
public record UnknownSubscriberPolicy(Action action, Long resultCode, Long experimentalResultCode, Long vendorId) {
    public static final Action DEFAULT_ACTION = Action.DEFAULT_PLAN;
    public static final long DEFAULT_RESULT_CODE = ResultCodes.DIAMETER_USER_UNKNOWN;

    /** The choice. */
    public enum Action { DEFAULT_PLAN, REJECT }

    public UnknownSubscriberPolicy {
        action = action == null ? DEFAULT_ACTION : action;
        // the RejectAction constructor checks the codes
        new RejectAction(resultCode, experimentalResultCode, vendorId);
    }

    public static UnknownSubscriberPolicy defaults() {
        return new UnknownSubscriberPolicy(DEFAULT_ACTION, null, null, null);
    }

    /** The code a rejection answers with. */
    public ResultCode toResultCode() {
        if (resultCode == null && experimentalResultCode == null) {
            return ResultCode.USER_UNKNOWN;
        }
        return new RejectAction(resultCode, experimentalResultCode, vendorId).toResultCode();
    }
}
