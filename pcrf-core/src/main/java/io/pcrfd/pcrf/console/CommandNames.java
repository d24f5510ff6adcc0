package io.pcrfd.pcrf.console;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import java.util.Map;

/**
 * The short names a ladder shows: CCR-I, CCA-T, RAR, TEA, AAR... (the command's abbreviation, R
 * or A, and for credit control the CC-Request-Type, RFC 4006 §8.3) and Gx, S9a, S9, Sy, Rx for
 * the application. The demo's ladder and the console's use the same names.
 */
public final class CommandNames {
    private static final Map<Long, String> APPLICATIONS = Map.of(ApplicationIds.GX, "Gx", ApplicationIds.S9A, "S9a",
            ApplicationIds.S9, "S9", ApplicationIds.SY, "Sy", ApplicationIds.RX, "Rx", ApplicationIds.SD, "Sd");
    private static final Map<Integer, String> COMMANDS = Map.of(
            CommandCodes.CREDIT_CONTROL, "CC", CommandCodes.RE_AUTH, "RA",
            CommandCodes.TRIGGER_ESTABLISHMENT, "TE", CommandCodes.AA, "AA",
            CommandCodes.SESSION_TERMINATION, "ST", CommandCodes.ABORT_SESSION, "AS",
            CommandCodes.SPENDING_LIMIT, "SL", CommandCodes.SPENDING_STATUS_NOTIFICATION, "SN");
    private static final String[] REQUEST_TYPES = {"", "-I", "-U", "-T", "-E"};

    private CommandNames() {
    }

    /** CCR-I, CCA-T, TER, RAA, AAR...; the decimal code for a command without a short name. */
    public static String name(DiameterMessage m) {
        return name(m.commandCode(), m.isRequest(), requestType(m));
    }

    /**
     * @param requestType CC-Request-Type (1 INITIAL ... 4 EVENT), 0 when absent
     */
    public static String name(int commandCode, boolean request, int requestType) {
        String base = COMMANDS.getOrDefault(commandCode, Integer.toString(commandCode));
        String kind = base + (request ? "R" : "A");
        return commandCode == CommandCodes.CREDIT_CONTROL && requestType > 0 && requestType < REQUEST_TYPES.length
                ? kind + REQUEST_TYPES[requestType] : kind;
    }

    /** Gx, S9a, S9, Sy, Rx, Sd; the decimal id otherwise. */
    public static String application(long applicationId) {
        return APPLICATIONS.getOrDefault(applicationId, Long.toString(applicationId));
    }

    /** CC-Request-Type of a CCR/CCA, 0 when absent. */
    static int requestType(DiameterMessage m) {
        return m.commandCode() == CommandCodes.CREDIT_CONTROL
                ? m.avp(Rfc4006.CC_REQUEST_TYPE).map(Avp::asInt).orElse(0) : 0;
    }

    /** Result-Code, else Experimental-Result-Code (RFC 6733 §7.6), 0 in a request or when neither is present. */
    public static long resultCode(DiameterMessage m) {
        return m.avp(Rfc6733.RESULT_CODE).map(Avp::asUnsigned32)
                .or(() -> m.avp(Rfc6733.EXPERIMENTAL_RESULT).flatMap(e -> e.child(Rfc6733.EXPERIMENTAL_RESULT_CODE))
                        .map(Avp::asUnsigned32))
                .orElse(0L);
    }
}
