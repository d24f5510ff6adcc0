package io.pcrfd.diameter.message;

import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.dictionary.CommandDefinition;
import java.util.List;
import java.util.Optional;

/**
 * A Diameter message (RFC 6733 §3), immutable:
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |    Version    |                 Message Length                |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | command flags |                  Command Code                 |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                         Application-ID                        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                      Hop-by-Hop Identifier                    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                      End-to-End Identifier                    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  AVPs ...
 * +-+-+-+-+-+-+-+-+-+-+-+-+-
 * </pre>
 *
 * The Message Length is not stored: it is computed from the AVPs when encoding.
 */
public final class DiameterMessage {
    /** The only Diameter version (RFC 6733 §3). */
    public static final int VERSION = 1;
    /** Octets in the header. */
    public static final int HEADER_LENGTH = 20;

    private final int version;
    private final CommandFlags flags;
    private final int commandCode;
    private final long applicationId;
    private final HopByHopId hopByHop;
    private final EndToEndId endToEnd;
    private final Avp[] avps;
    private final CommandDefinition definition;

    /**
     * @param definition the dictionary's command for (application, code, R bit), or null when
     *                   the command is unknown
     */
    public DiameterMessage(int version, CommandFlags flags, int commandCode, long applicationId, HopByHopId hopByHop,
                           EndToEndId endToEnd, List<Avp> avps, CommandDefinition definition) {
        this(version, flags, commandCode, applicationId, hopByHop, endToEnd, avps.toArray(AvpArrayList.EMPTY),
                definition);
    }

    private DiameterMessage(int version, CommandFlags flags, int commandCode, long applicationId, HopByHopId hopByHop,
                            EndToEndId endToEnd, Avp[] avps, CommandDefinition definition) {
        for (Avp a : avps) {
            java.util.Objects.requireNonNull(a, "null AVP");
        }
        if (version < 0 || version > 0xFF || commandCode < 0 || commandCode > 0xFF_FFFF
                || applicationId < 0 || applicationId > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("header field out of range");
        }
        this.version = version;
        this.flags = flags;
        this.commandCode = commandCode;
        this.applicationId = applicationId;
        this.hopByHop = hopByHop;
        this.endToEnd = endToEnd;
        this.avps = avps;
        this.definition = definition;
    }

    /**
     * For decoders: takes over {@code avps}, which the caller never touches again, instead of
     * copying it.
     */
    public static DiameterMessage adopt(int version, CommandFlags flags, int commandCode, long applicationId,
                                        HopByHopId hopByHop, EndToEndId endToEnd, Avp[] avps,
                                        CommandDefinition definition) {
        return new DiameterMessage(version, flags, commandCode, applicationId, hopByHop, endToEnd, avps, definition);
    }

    public int version() {
        return version;
    }

    public CommandFlags flags() {
        return flags;
    }

    public boolean isRequest() {
        return flags.request();
    }

    public int commandCode() {
        return commandCode;
    }

    /** The Application-ID (unsigned 32 bits). */
    public long applicationId() {
        return applicationId;
    }

    public HopByHopId hopByHop() {
        return hopByHop;
    }

    public EndToEndId endToEnd() {
        return endToEnd;
    }

    /** The top-level AVPs in wire order. */
    public List<Avp> avps() {
        return new AvpArrayList(avps);
    }

    /** The top-level AVPs themselves, for readers in this package that never write to them. */
    Avp[] avpArray() {
        return avps;
    }

    /** The dictionary's command, or null when (application, code, R bit) is unknown. */
    public CommandDefinition definition() {
        return definition;
    }

    /** The short command name ({@code CCR}), or {@code Command(code)} when unknown. */
    public String name() {
        return definition != null ? definition.name() : "Command(" + commandCode + (isRequest() ? ",R" : "") + ")";
    }

    /** The first top-level AVP with this name. */
    public Optional<Avp> avp(String name) {
        return AvpLists.first(avps(), name);
    }

    /** Every top-level AVP with this name, in order. */
    public List<Avp> avps(String name) {
        return AvpLists.all(avps(), name);
    }

    /** The first top-level AVP a generated handle names. */
    public Optional<Avp> avp(AvpKey key) {
        return AvpLists.first(avpArray(), key);
    }

    /** Every top-level AVP a generated handle names, in order. */
    public List<Avp> avps(AvpKey key) {
        return AvpLists.all(avpArray(), key);
    }

    /** The first top-level AVP with this identity. */
    public Optional<Avp> avp(int code, int vendorId) {
        return AvpLists.first(avpArray(), code, vendorId);
    }

    /** The Session-Id (code 263), wherever it stands. */
    public Optional<String> sessionId() {
        return avp(263, 0).map(Avp::asUtf8String);
    }

    /** Octets on the wire: header plus padded AVPs. */
    public int encodedLength() {
        int n = HEADER_LENGTH;
        for (Avp a : avps) {
            n += a.paddedLength();
        }
        return n;
    }

    public DiameterMessage withFlags(CommandFlags newFlags) {
        return new DiameterMessage(version, newFlags, commandCode, applicationId, hopByHop, endToEnd, avps, definition);
    }

    public DiameterMessage withHopByHop(HopByHopId id) {
        return new DiameterMessage(version, flags, commandCode, applicationId, id, endToEnd, avps, definition);
    }

    public DiameterMessage withEndToEnd(EndToEndId id) {
        return new DiameterMessage(version, flags, commandCode, applicationId, hopByHop, id, avps, definition);
    }

    @Override
    public String toString() {
        return name() + "[" + flags + " app=" + applicationId + " " + hopByHop + " " + endToEnd + "] " + avps();
    }
}
