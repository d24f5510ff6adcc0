package io.pcrfd.diameter.message;

import io.pcrfd.diameter.spec.Rfc6733;

/**
 * Result-Code values of RFC 6733 §7.1 and RFC 4006 §9.1. An open set: any Unsigned32 is a
 * valid Result-Code; {@link #name(long)} never throws. The values are checked against the
 * {@code @enum Result-Code} of the dictionary by a test.
 */
public final class ResultCodes {
    public static final long DIAMETER_MULTI_ROUND_AUTH = 1001;
    public static final long DIAMETER_SUCCESS = 2001;
    public static final long DIAMETER_LIMITED_SUCCESS = 2002;
    public static final long DIAMETER_COMMAND_UNSUPPORTED = 3001;
    public static final long DIAMETER_UNABLE_TO_DELIVER = 3002;
    public static final long DIAMETER_REALM_NOT_SERVED = 3003;
    public static final long DIAMETER_TOO_BUSY = 3004;
    public static final long DIAMETER_LOOP_DETECTED = 3005;
    public static final long DIAMETER_REDIRECT_INDICATION = 3006;
    public static final long DIAMETER_APPLICATION_UNSUPPORTED = 3007;
    public static final long DIAMETER_INVALID_HDR_BITS = 3008;
    public static final long DIAMETER_INVALID_AVP_BITS = 3009;
    public static final long DIAMETER_UNKNOWN_PEER = 3010;
    public static final long DIAMETER_AUTHENTICATION_REJECTED = 4001;
    public static final long DIAMETER_OUT_OF_SPACE = 4002;
    public static final long ELECTION_LOST = 4003;
    public static final long DIAMETER_END_USER_SERVICE_DENIED = 4010;
    public static final long DIAMETER_CREDIT_CONTROL_NOT_APPLICABLE = 4011;
    public static final long DIAMETER_CREDIT_LIMIT_REACHED = 4012;
    public static final long DIAMETER_AVP_UNSUPPORTED = 5001;
    public static final long DIAMETER_UNKNOWN_SESSION_ID = 5002;
    public static final long DIAMETER_AUTHORIZATION_REJECTED = 5003;
    public static final long DIAMETER_INVALID_AVP_VALUE = 5004;
    public static final long DIAMETER_MISSING_AVP = 5005;
    public static final long DIAMETER_RESOURCES_EXCEEDED = 5006;
    public static final long DIAMETER_CONTRADICTING_AVPS = 5007;
    public static final long DIAMETER_AVP_NOT_ALLOWED = 5008;
    public static final long DIAMETER_AVP_OCCURS_TOO_MANY_TIMES = 5009;
    public static final long DIAMETER_NO_COMMON_APPLICATION = 5010;
    public static final long DIAMETER_UNSUPPORTED_VERSION = 5011;
    public static final long DIAMETER_UNABLE_TO_COMPLY = 5012;
    public static final long DIAMETER_INVALID_BIT_IN_HEADER = 5013;
    public static final long DIAMETER_INVALID_AVP_LENGTH = 5014;
    public static final long DIAMETER_INVALID_MESSAGE_LENGTH = 5015;
    public static final long DIAMETER_INVALID_AVP_BIT_COMBO = 5016;
    public static final long DIAMETER_NO_COMMON_SECURITY = 5017;
    public static final long DIAMETER_USER_UNKNOWN = 5030;
    public static final long DIAMETER_RATING_FAILED = 5031;

    private ResultCodes() {
    }

    /** 1xxx (RFC 6733 §7.1.1). */
    public static boolean isInformational(long code) {
        return code >= 1000 && code < 2000;
    }

    /** 2xxx. */
    public static boolean isSuccess(long code) {
        return code >= 2000 && code < 3000;
    }

    /** 3xxx: protocol errors, answered with the E bit set (RFC 6733 §7.1.3). */
    public static boolean isProtocolError(long code) {
        return code >= 3000 && code < 4000;
    }

    /** 4xxx. */
    public static boolean isTransientFailure(long code) {
        return code >= 4000 && code < 5000;
    }

    /** 5xxx, and any unrecognised class, which RFC 6733 §7.1 treats as permanent. */
    public static boolean isPermanentFailure(long code) {
        return !isInformational(code) && !isSuccess(code) && !isProtocolError(code) && !isTransientFailure(code);
    }

    /** The RFC name of a code, or {@code UNKNOWN(code)}. */
    public static String name(long code) {
        String n = ResultCodeNames.NAMES.get(code);
        return n != null ? n : "UNKNOWN(" + code + ")";
    }

    /**
     * The outcome an answer carries: its Result-Code, else its Experimental-Result's
     * Experimental-Result-Code (RFC 6733 §7.6); 0 when it has neither, or when the one it has is
     * not four octets (a peer's malformed answer is read as no outcome, never as an exception).
     */
    public static long of(DiameterMessage answer) {
        Avp rc = answer.avp(Rfc6733.RESULT_CODE).orElse(null);
        if (rc == null) {
            rc = answer.avp(Rfc6733.EXPERIMENTAL_RESULT).flatMap(e -> e.child(Rfc6733.EXPERIMENTAL_RESULT_CODE))
                    .orElse(null);
        }
        return rc == null || rc.dataLength() != 4 ? 0 : rc.asUnsigned32();
    }
}
