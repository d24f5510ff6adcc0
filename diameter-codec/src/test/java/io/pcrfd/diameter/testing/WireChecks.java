package io.pcrfd.diameter.testing;

import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterError;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import java.util.List;
import java.util.Optional;

/**
 * What every answer a node sends must satisfy, whatever the request was (RFC 6733 §6.2, §7):
 * it is an answer to that request (R clear, same command, application, Hop-by-Hop and
 * End-to-End ids, Session-Id echoed first), it carries a Result-Code or an Experimental-Result,
 * and its octets decode without a single error. The fuzz targets and the over-the-wire abuse
 * test share these checks; a failure throws an {@link AssertionError} naming what was wrong.
 */
public final class WireChecks {
    private static final int RESULT_CODE = 268;
    private static final int EXPERIMENTAL_RESULT = 297;
    private static final int EXPERIMENTAL_RESULT_CODE = 298;
    private static final int SESSION_ID = 263;

    private WireChecks() {
    }

    /** Result-Code, else Experimental-Result-Code inside Experimental-Result, else -1. */
    public static long resultCode(DiameterMessage answer) {
        Optional<Avp> rc = answer.avp(RESULT_CODE, 0);
        if (rc.isPresent() && rc.get().dataLength() == 4) {
            return rc.get().asUnsigned32();
        }
        return answer.avp(EXPERIMENTAL_RESULT, 0).flatMap(e -> e.child(EXPERIMENTAL_RESULT_CODE, 0))
                .filter(c -> c.dataLength() == 4).map(Avp::asUnsigned32).orElse(-1L);
    }

    /**
     * Checks {@code answer} against {@code request} and on the wire; returns its result code.
     *
     * @throws AssertionError naming the first thing that is wrong
     */
    public static long checkAnswer(DiameterCodec codec, DiameterMessage request, DiameterMessage answer) {
        if (answer == null) {
            throw new AssertionError("no answer to " + describe(request));
        }
        require(!answer.isRequest(), "the answer has the R bit", request, answer);
        require(answer.commandCode() == request.commandCode() && answer.applicationId() == request.applicationId(),
                "the answer is another command or application", request, answer);
        require(answer.hopByHop().equals(request.hopByHop()) && answer.endToEnd().equals(request.endToEnd()),
                "the answer's ids are not the request's", request, answer);
        long code = resultCode(answer);
        require(code >= 0, "the answer carries no Result-Code nor Experimental-Result", request, answer);
        Optional<Avp> sid = request.avp(SESSION_ID, 0);
        if (sid.isPresent()) {
            require(!answer.avps().isEmpty() && answer.avps().get(0).equals(sid.get()),
                    "the answer does not start with the request's Session-Id (RFC 6733 §6.2)", request, answer);
        }
        onTheWire(codec, answer, sid.orElse(null));
        return code;
    }

    /**
     * Encodes {@code m} and decodes it again; fails unless the codec finds nothing wrong with the
     * octets. An answer to a request of an application or command the dictionary does not know
     * (3007, 3001 on the header) is still checked AVP by AVP.
     */
    public static DiameterMessage onTheWire(DiameterCodec codec, DiameterMessage m) {
        return onTheWire(codec, m, null);
    }

    /**
     * The same, except for errors in {@code echoed}: the request's Session-Id, which an answer
     * carries octet for octet whatever it holds (RFC 6733 §6.2), so the peer can match it.
     */
    private static DiameterMessage onTheWire(DiameterCodec codec, DiameterMessage m, Avp echoed) {
        byte[] wire;
        try {
            wire = DiameterCodec.encode(m);
        } catch (RuntimeException e) {
            throw new AssertionError("cannot encode " + m, e);
        }
        DecodeResult again = codec.decode(wire);
        List<DiameterError> errors = again.errors().stream()
                .filter(e -> !unknownCommand(e) && (echoed == null || !echoed.equals(e.failedAvp()))).toList();
        if (!errors.isEmpty()) {
            throw new AssertionError(m.name() + " as sent does not decode cleanly: " + errors + "\n" + m);
        }
        return again.message();
    }

    private static boolean unknownCommand(DiameterError e) {
        return e.failedAvp() == null && (e.resultCode() == ResultCodes.DIAMETER_APPLICATION_UNSUPPORTED
                || e.resultCode() == ResultCodes.DIAMETER_COMMAND_UNSUPPORTED);
    }

    private static void require(boolean ok, String what, DiameterMessage request, DiameterMessage answer) {
        if (!ok) {
            throw new AssertionError(what + "\nrequest: " + describe(request) + "\nanswer: " + answer);
        }
    }

    private static String describe(DiameterMessage m) {
        return m.name() + " " + m.hopByHop() + " " + m.sessionId().orElse("(no Session-Id)");
    }
}
