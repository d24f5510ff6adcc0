package io.pcrfd.pcrf.establishment;

import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.spec.Rfc6733;
import java.util.Optional;

/**
 * What an answer to a trigger (TEA, or the project's CCA/AAA) means for the trigger.
 *
 * <ul>
 *   <li>2xxx: accepted; wait for the peer's CCR-I.</li>
 *   <li>no answer (timeout, connection lost, peer down), 3002 UNABLE_TO_DELIVER, 3004
 *       TOO_BUSY, and 4xxx transient failures (RFC 6733 §7.1.4): retry at the deadline.</li>
 *   <li>every other 3xxx (3001 command unsupported, 3003, 3007 application unsupported, ...)
 *       and every 5xxx, Result-Code or Experimental-Result (5030 USER_UNKNOWN, 5471
 *       ONGOING_SESSION_ESTABLISHMENT, ...): give up at once, because the same request
 *       would get the same answer.</li>
 * </ul>
 */
public sealed interface TriggerVerdict {

    /** The peer accepted the trigger. */
    record Accepted(long resultCode) implements TriggerVerdict {
    }

    /** Worth sending again. */
    record Retry(String reason) implements TriggerVerdict {
    }

    /** Refused for good. */
    record GiveUp(long resultCode, String reason) implements TriggerVerdict {
    }

    /** Classifies an answer. */
    static TriggerVerdict of(DiameterMessage answer) {
        Optional<Avp> rc = answer.avp(Rfc6733.RESULT_CODE);
        long code;
        String kind;
        if (rc.isPresent()) {
            code = rc.get().asUnsigned32();
            kind = "Result-Code ";
        } else {
            Optional<Avp> er = answer.avp(Rfc6733.EXPERIMENTAL_RESULT).flatMap(a -> a.child(Rfc6733.EXPERIMENTAL_RESULT_CODE));
            if (er.isEmpty()) {
                return new GiveUp(0, "answer without Result-Code or Experimental-Result");
            }
            code = er.get().asUnsigned32();
            kind = "Experimental-Result-Code ";
        }
        String reason = kind + code + answer.avp(Rfc6733.ERROR_MESSAGE).map(m -> " (" + m.asUtf8String() + ")").orElse("");
        if (ResultCodes.isSuccess(code)) {
            return new Accepted(code);
        }
        if (code == ResultCodes.DIAMETER_UNABLE_TO_DELIVER || code == ResultCodes.DIAMETER_TOO_BUSY || ResultCodes.isTransientFailure(code)) {
            return new Retry(reason);
        }
        return new GiveUp(code, reason);
    }

    /** Classifies a request that got no answer. */
    static TriggerVerdict of(Throwable noAnswer) {
        Throwable t = noAnswer;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        return new Retry("no answer: " + t.getClass().getSimpleName() + ": " + t.getMessage());
    }
}
