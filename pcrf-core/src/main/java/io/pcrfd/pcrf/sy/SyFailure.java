package io.pcrfd.pcrf.sy;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.pcrf.config.SyConfig;

/** Why an SLR brought no statuses (TS 29.219 §5.5), each with its configured fallback. */
enum SyFailure {
    /** 5570 DIAMETER_ERROR_UNKNOWN_POLICY_COUNTERS (TS 29.219 §5.5). */
    UNKNOWN_COUNTERS,
    /** 4241 DIAMETER_ERROR_NO_AVAILABLE_POLICY_COUNTERS (TS 29.219 §5.5). */
    NO_AVAILABLE_COUNTERS,
    /** 5030 DIAMETER_USER_UNKNOWN (RFC 4006 §9.1). */
    USER_UNKNOWN,
    /** 3xxx, or an answer with the E bit (RFC 6733 §7.1.3). */
    PROTOCOL_ERROR,
    /** Any other unsuccessful answer. */
    OTHER_ERROR,
    /** No answer within {@code sy.timeout}, or no route to the OCS. */
    UNREACHABLE;

    /** The failure an SLA reports, or null for success. */
    static SyFailure of(DiameterMessage sla) {
        long code = ResultCodes.of(sla);
        if (ResultCodes.isSuccess(code) && !sla.flags().error()) {
            return null;
        }
        boolean experimental = sla.avp(Rfc6733.RESULT_CODE).isEmpty();
        if (experimental && code == Rfc6733.ExperimentalResultCode.DIAMETER_ERROR_UNKNOWN_POLICY_COUNTERS) {
            return UNKNOWN_COUNTERS;
        }
        if (experimental && code == Rfc6733.ExperimentalResultCode.DIAMETER_ERROR_NO_AVAILABLE_POLICY_COUNTERS) {
            return NO_AVAILABLE_COUNTERS;
        }
        if (!experimental && code == ResultCodes.DIAMETER_USER_UNKNOWN) {
            return USER_UNKNOWN;
        }
        return ResultCodes.isProtocolError(code) || sla.flags().error() ? PROTOCOL_ERROR : OTHER_ERROR;
    }

    SyConfig.Fallback fallback(SyConfig.Fallbacks f) {
        return switch (this) {
            case UNKNOWN_COUNTERS -> f.unknownCounters();
            case NO_AVAILABLE_COUNTERS -> f.noAvailableCounters();
            case USER_UNKNOWN -> f.userUnknown();
            case PROTOCOL_ERROR -> f.protocolError();
            case OTHER_ERROR -> f.otherError();
            case UNREACHABLE -> f.unreachable();
        };
    }
}
