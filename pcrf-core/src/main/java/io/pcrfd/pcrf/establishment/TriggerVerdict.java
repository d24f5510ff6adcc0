package io.pcrfd.pcrf.establishment;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import java.util.Optional;

/**
 * What an answer to a trigger (TEA, or the seed's CCA/AAA) means for the trigger.
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
        Optional<Avp> rc = answer.avp("Result-Code");
        long code;
        String kind;
        if (rc.isPresent()) {
            code = rc.get().asUnsigned32();
            kind = "Result-Code ";
        } else {
            Optional<Avp> er = answer.avp("Experimental-Result").flatMap(a -> a.child("Experimental-Result-Code"));
            if (er.isEmpty()) {
                return new GiveUp(0, "answer without Result-Code or Experimental-Result");
            }
            code = er.get().asUnsigned32();
            kind = "Experimental-Result-Code ";
        }
        String reason = kind + code + answer.avp("Error-Message").map(m -> " (" + m.asUtf8String() + ")").orElse("");
        if (code >= 2000 && code < 3000) {
            return new Accepted(code);
        }
        if (code == 3002 || code == 3004 || (code >= 4000 && code < 5000)) {
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
