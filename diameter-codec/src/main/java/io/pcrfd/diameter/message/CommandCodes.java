package io.pcrfd.diameter.message;

/**
 * Command codes (RFC 6733 §3.1, §11.2.1; IANA). An open set: any 24-bit value
 * may appear in a header. A test checks each constant against the dictionary.
 */
public final class CommandCodes {
    public static final int CAPABILITIES_EXCHANGE = 257;
    public static final int RE_AUTH = 258;
    public static final int AA = 265;
    public static final int CREDIT_CONTROL = 272;
    public static final int ABORT_SESSION = 274;
    public static final int SESSION_TERMINATION = 275;
    public static final int DEVICE_WATCHDOG = 280;
    public static final int DISCONNECT_PEER = 282;
    public static final int SPENDING_LIMIT = 8388635;
    public static final int SPENDING_STATUS_NOTIFICATION = 8388636;
    public static final int TDF_SESSION = 8388637;
    public static final int TRIGGER_ESTABLISHMENT = 8388656;

    private CommandCodes() {
    }
}
