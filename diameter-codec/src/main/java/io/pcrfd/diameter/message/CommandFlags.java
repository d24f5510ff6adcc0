package io.pcrfd.diameter.message;

/**
 * The command flags octet of the Diameter header (RFC 6733 §3):
 *
 * <pre>
 *  0 1 2 3 4 5 6 7
 * +-+-+-+-+-+-+-+-+
 * |R P E T r r r r|   R request, P proxiable, E error, T potentially retransmitted, r reserved
 * +-+-+-+-+-+-+-+-+
 * </pre>
 *
 * Any octet is accepted ({@link #of(int)} never throws); reserved bits are kept but ignored,
 * as §3 asks of a receiver.
 *
 * @param bits the octet as received or built
 */
public record CommandFlags(byte bits) {
    public static final int REQUEST = 0x80;
    public static final int PROXIABLE = 0x40;
    public static final int ERROR = 0x20;
    public static final int RETRANSMITTED = 0x10;
    public static final int RESERVED = 0x0F;

    /** One instance per octet value: flags are built per message and never need a new object. */
    private static final CommandFlags[] ALL = new CommandFlags[256];

    static {
        for (int i = 0; i < ALL.length; i++) {
            ALL[i] = new CommandFlags((byte) i);
        }
    }

    /** The flags of the octet {@code bits & 0xFF}, a shared instance. */
    public static CommandFlags of(int bits) {
        return ALL[bits & 0xFF];
    }

    public boolean request() {
        return (bits & REQUEST) != 0;
    }

    public boolean proxiable() {
        return (bits & PROXIABLE) != 0;
    }

    public boolean error() {
        return (bits & ERROR) != 0;
    }

    public boolean retransmitted() {
        return (bits & RETRANSMITTED) != 0;
    }

    public CommandFlags withRequest(boolean on) {
        return with(REQUEST, on);
    }

    public CommandFlags withProxiable(boolean on) {
        return with(PROXIABLE, on);
    }

    public CommandFlags withError(boolean on) {
        return with(ERROR, on);
    }

    public CommandFlags withRetransmitted(boolean on) {
        return with(RETRANSMITTED, on);
    }

    private CommandFlags with(int bit, boolean on) {
        return of(on ? (bits | bit) : (bits & ~bit));
    }

    /** The octet as an unsigned int. */
    public int asInt() {
        return bits & 0xFF;
    }

    @Override
    public String toString() {
        return (request() ? "R" : "-") + (proxiable() ? "P" : "-") + (error() ? "E" : "-")
                + (retransmitted() ? "T" : "-");
    }
}
