package io.pcrfd.diameter.message;

import io.pcrfd.diameter.dictionary.AvpDefinition;
import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.dictionary.DataType;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One AVP (RFC 6733 §4.1), immutable:
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                           AVP Code                            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |V M P r r r r r|                  AVP Length                   |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                        Vendor-ID (opt)                        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |    Data ...                                                   |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * <p>The data is kept as raw octets (a range of a byte array that nobody writes to), so an AVP
 * whose code, vendor or value is unknown re-encodes byte for byte. Typed views are computed
 * on demand by the {@code as...} methods. A Grouped AVP the dictionary knows also holds its
 * decoded children. Identity is (code, vendorId); the V bit is set exactly when vendorId != 0.
 */
public final class Avp {
    public static final int FLAG_VENDOR = 0x80;
    public static final int FLAG_MANDATORY = 0x40;
    public static final int FLAG_PROTECTED = 0x20;
    public static final int FLAG_RESERVED = 0x1F;

    private final int code;
    private final byte flags;
    private final int vendorId;
    private final byte[] buf;
    private final int offset;
    private final int length;
    private final Avp[] children;
    private final AvpDefinition definition;
    /** Set by the decoder on an AVP it found a fault in (see {@link #isFaulty()}); fits the padding. */
    private final boolean faulty;

    private Avp(int code, byte flags, int vendorId, byte[] buf, int offset, int length,
                Avp[] children, AvpDefinition definition) {
        this(code, flags, vendorId, buf, offset, length, children, definition, false);
    }

    private Avp(int code, byte flags, int vendorId, byte[] buf, int offset, int length,
                Avp[] children, AvpDefinition definition, boolean faulty) {
        this.code = code;
        this.flags = flags;
        this.vendorId = vendorId;
        this.buf = buf;
        this.offset = offset;
        this.length = length;
        this.children = children;
        this.definition = definition;
        this.faulty = faulty;
    }

    /**
     * Wraps received octets without copying; for decoders. The caller hands over
     * {@code buf[offset, offset + length)} and never writes to it again.
     *
     * @param children   decoded children of a Grouped AVP, or null
     * @param definition the dictionary entry, or null when (code, vendor) is unknown
     */
    public static Avp wrap(int code, byte flags, int vendorId, byte[] buf, int offset, int length,
                           List<Avp> children, AvpDefinition definition) {
        return adopt(code, flags, vendorId, buf, offset, length,
                children == null ? null : children.toArray(AvpArrayList.EMPTY), definition);
    }

    /**
     * Like {@link #wrap} but also takes over the children array, which the caller never
     * touches again; saves the decoder a copy per Grouped AVP.
     */
    public static Avp adopt(int code, byte flags, int vendorId, byte[] buf, int offset, int length,
                            Avp[] children, AvpDefinition definition) {
        if (offset < 0 || length < 0 || offset + length > buf.length) {
            throw new IllegalArgumentException("data range outside the buffer");
        }
        if ((flags & FLAG_VENDOR) == 0 && vendorId != 0) {
            throw new IllegalArgumentException("a vendor id needs the V bit");
        }
        return new Avp(code, flags, vendorId, buf, offset, length, children, definition);
    }

    /** An AVP of a known definition; flags and vendor come from the dictionary. */
    public static Avp of(AvpDefinition def, byte[] data) {
        return new Avp(def.code(), def.sendFlags(), def.vendorId(), data.clone(), 0, data.length, null, def);
    }

    /** Like {@link #of} for data the caller made for this AVP alone: no defensive copy. */
    static Avp owned(AvpDefinition def, byte[] data) {
        return new Avp(def.code(), def.sendFlags(), def.vendorId(), data, 0, data.length, null, def);
    }

    /** A Grouped AVP of a known definition; the children are encoded into its data now. */
    public static Avp grouped(AvpDefinition def, List<Avp> children) {
        return groupedOwned(def, children.toArray(AvpArrayList.EMPTY));
    }

    /**
     * Like {@link #grouped} for a children array the caller made for this AVP alone and never
     * touches again: no copy of it, and the data is written in one pass into one array.
     */
    static Avp groupedOwned(AvpDefinition def, Avp[] children) {
        int size = 0;
        for (Avp c : children) {
            size += c.paddedLength();
        }
        byte[] data = new byte[size];
        int pos = 0;
        for (Avp c : children) {
            pos = c.writeTo(data, pos);
        }
        return new Avp(def.code(), def.sendFlags(), def.vendorId(), data, 0, size, children, def);
    }

    /**
     * An AVP the dictionary does not know, sent with the M bit clear (a receiver that does not
     * know it either may then ignore it, RFC 6733 §4.1) and V set when the vendor is not 0.
     */
    public static Avp unknown(int code, int vendorId, byte[] data) {
        byte f = (byte) (vendorId != 0 ? FLAG_VENDOR : 0);
        return new Avp(code, f, vendorId, data.clone(), 0, data.length, null, null);
    }

    /**
     * This AVP marked as one the decoder found a fault in, in its own value or length or
     * anywhere in its Grouped content (RFC 6733 §7: 5014, 5004, 5008, 5009, 5005, ...); for
     * decoders. The octets and children are shared, not copied.
     */
    public Avp asFaulty() {
        return faulty ? this : new Avp(code, flags, vendorId, buf, offset, length, children, definition, true);
    }

    /**
     * True when the decoder found a fault in this AVP or inside it; always false for an AVP
     * built locally. Such an AVP is not copied into answers (see {@link MessageBuilder#answer}):
     * echoing it would make the answer itself undecodable. Not part of {@link #equals}.
     */
    public boolean isFaulty() {
        return faulty;
    }

    /** The AVP code (unsigned 32 bits). */
    public int code() {
        return code;
    }

    /** The vendor id (unsigned 32 bits), 0 when the V bit is clear. */
    public int vendorId() {
        return vendorId;
    }

    /** The flags octet as received or built. */
    public int flags() {
        return flags & 0xFF;
    }

    public boolean isVendorSpecific() {
        return (flags & FLAG_VENDOR) != 0;
    }

    public boolean isMandatory() {
        return (flags & FLAG_MANDATORY) != 0;
    }

    public boolean isProtected() {
        return (flags & FLAG_PROTECTED) != 0;
    }

    /** The dictionary entry, or null for an unknown AVP. */
    public AvpDefinition definition() {
        return definition;
    }

    /** The spec name, or {@code Unknown(code/vendor)}. */
    public String name() {
        return definition != null ? definition.name()
                : "Unknown(" + Integer.toUnsignedString(code) + "/" + Integer.toUnsignedString(vendorId) + ")";
    }

    /** Header length: 8, or 12 with a Vendor-ID. */
    public int headerLength() {
        return isVendorSpecific() ? 12 : 8;
    }

    /** The AVP Length field: header plus data, without padding. */
    public int avpLength() {
        return headerLength() + length;
    }

    /** Octets on the wire including padding to a multiple of 4. */
    public int paddedLength() {
        return (avpLength() + 3) & ~3;
    }

    public int dataLength() {
        return length;
    }

    /** A copy of the data octets. */
    public byte[] data() {
        return Arrays.copyOfRange(buf, offset, offset + length);
    }

    /** A read-only view of the data octets, without copying. */
    public ByteBuffer dataBuffer() {
        return ByteBuffer.wrap(buf, offset, length).slice().asReadOnlyBuffer();
    }

    /** Octet {@code i} of the data. */
    public byte dataByte(int i) {
        if (i < 0 || i >= length) {
            throw new IndexOutOfBoundsException(i);
        }
        return buf[offset + i];
    }

    /** Writes the whole AVP with padding at {@code pos}; returns the position after it. */
    public int writeTo(byte[] dst, int pos) {
        int p = AvpValues.putInt(dst, pos, code);
        p = AvpValues.putInt(dst, p, ((flags & 0xFF) << 24) | avpLength());
        if (isVendorSpecific()) {
            p = AvpValues.putInt(dst, p, vendorId);
        }
        System.arraycopy(buf, offset, dst, p, length);
        int end = pos + paddedLength();
        // 0-3 octets of padding: a short loop, not a call
        for (int i = p + length; i < end; i++) {
            dst[i] = 0;
        }
        return end;
    }

    /** The backing array; for encoders, which must not write to it. */
    public byte[] rawBuffer() {
        return buf;
    }

    /** Where the data starts in {@link #rawBuffer()}. */
    public int rawOffset() {
        return offset;
    }

    /** The children of a Grouped AVP the dictionary knows; empty otherwise. */
    public List<Avp> children() {
        return children == null ? List.of() : new AvpArrayList(children);
    }

    /** The children themselves (empty when none), for readers in this package that never write to them. */
    Avp[] childArray() {
        return children == null ? AvpArrayList.EMPTY : children;
    }

    /** The first child with this name. */
    public Optional<Avp> child(String name) {
        return AvpLists.first(children(), name);
    }

    /** Every child with this name, in order. */
    public List<Avp> children(String name) {
        return AvpLists.all(children(), name);
    }

    /** Whether this is the AVP a generated handle names. */
    public boolean is(AvpKey key) {
        return key.matches(code, vendorId, definition);
    }

    /** The first child a generated handle names. */
    public Optional<Avp> child(AvpKey key) {
        return AvpLists.first(childArray(), key);
    }

    /** Every child a generated handle names, in order. */
    public List<Avp> children(AvpKey key) {
        return AvpLists.all(childArray(), key);
    }

    /** The first child with this identity. */
    public Optional<Avp> child(int code, int vendorId) {
        return AvpLists.first(childArray(), code, vendorId);
    }

    /** The data as UTF-8 text (UTF8String, DiameterIdentity, DiameterURI, IPFilterRule, ...). */
    public String asUtf8String() {
        return new String(buf, offset, length, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A copy of the data (OctetString). */
    public byte[] asOctetString() {
        return data();
    }

    /** Integer32 or Enumerated. */
    public int asInt() {
        requireLength(4);
        return AvpValues.getInt(buf, offset);
    }

    /** Unsigned32 as a non-negative long. */
    public long asUnsigned32() {
        return Integer.toUnsignedLong(asInt());
    }

    /** Integer64, or the raw 64 bits of an Unsigned64 (see {@link Long#toUnsignedString}). */
    public long asLong() {
        requireLength(8);
        return AvpValues.getLong(buf, offset);
    }

    /** Unsigned64 as a non-negative number. */
    public java.math.BigInteger asUnsigned64() {
        long v = asLong();
        java.math.BigInteger b = java.math.BigInteger.valueOf(v & Long.MAX_VALUE);
        return v < 0 ? b.setBit(63) : b;
    }

    public float asFloat() {
        return Float.intBitsToFloat(asInt());
    }

    public double asDouble() {
        return Double.longBitsToDouble(asLong());
    }

    /** Address (RFC 6733 §4.3.1) of family 1 (IPv4) or 2 (IPv6). */
    public InetAddress asAddress() {
        return AvpValues.address(buf, offset, length);
    }

    /** Time (RFC 6733 §4.3.1): NTP seconds, with the 2036 roll-over of RFC 5905. */
    public Instant asTime() {
        requireLength(4);
        return AvpValues.time(AvpValues.getInt(buf, offset));
    }

    /** The name of an Enumerated value, or null when the dictionary has no name for it. */
    public String enumName() {
        if (definition == null || length != 4) {
            return null;
        }
        return definition.enumValues().name(asInt());
    }

    /** The data format from the dictionary, or OctetString for an unknown AVP. */
    public DataType type() {
        return definition == null ? DataType.OCTET_STRING : definition.type();
    }

    private void requireLength(int n) {
        if (length != n) {
            throw new IllegalStateException(name() + " has " + length + " octets of data, not " + n);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Avp a && a.code == code && a.flags == flags && a.vendorId == vendorId
                && Arrays.equals(a.buf, a.offset, a.offset + a.length, buf, offset, offset + length);
    }

    @Override
    public int hashCode() {
        int h = 31 * code + vendorId;
        for (int i = offset; i < offset + length; i++) {
            h = 31 * h + buf[i];
        }
        return h;
    }

    @Override
    public String toString() {
        return AvpLists.describe(this);
    }
}
