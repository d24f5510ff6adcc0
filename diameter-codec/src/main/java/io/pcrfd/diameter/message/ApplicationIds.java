package io.pcrfd.diameter.message;

/**
 * Application ids (IANA registry; RFC 6733 §11.3). An open set: any 32-bit value may appear in
 * a header. A test checks each constant against the dictionary's {@code @application} lines.
 */
public final class ApplicationIds {
    /** Diameter common messages: CER, DWR, DPR (RFC 6733 §2.4). */
    public static final long COMMON = 0;
    public static final long BASE_ACCOUNTING = 3;
    /** Credit control (RFC 4006 / RFC 8506). */
    public static final long CREDIT_CONTROL = 4;
    public static final long RX = 16777236;
    public static final long GX = 16777238;
    public static final long GXX = 16777266;
    public static final long S9 = 16777267;
    public static final long SY = 16777302;
    public static final long SD = 16777303;
    public static final long S9A = 16777319;
    public static final long S9A_STAR = 16777320;
    /** Relay (RFC 6733 §2.4): advertised by relays, shares every application. */
    public static final long RELAY = 0xFFFF_FFFFL;

    private ApplicationIds() {
    }
}
