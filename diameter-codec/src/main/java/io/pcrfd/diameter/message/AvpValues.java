package io.pcrfd.diameter.message;

import io.pcrfd.diameter.dictionary.AvpDefinition;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalInt;

/**
 * Conversions between Java values and AVP data octets for the RFC 6733 §4.2/§4.3 formats.
 * Big-endian throughout (network order).
 */
public final class AvpValues {
    /** Seconds from 1900-01-01 (NTP era 0) to 1970-01-01. */
    static final long NTP_TO_UNIX = 2_208_988_800L;
    /** IANA address families used by Address (RFC 6733 §4.3.1). */
    public static final int FAMILY_IPV4 = 1;
    public static final int FAMILY_IPV6 = 2;

    private AvpValues() {
    }

    /** The data octets for {@code value} as the dictionary types the AVP. */
    public static byte[] encode(AvpDefinition def, Object value) {
        return switch (def.type()) {
            case OCTET_STRING -> octets(def, value);
            case INTEGER32 -> int32(toLong(def, value, Integer.MIN_VALUE, Integer.MAX_VALUE));
            case UNSIGNED32 -> int32(toLong(def, value, 0, 0xFFFF_FFFFL));
            case ENUMERATED -> int32(enumValue(def, value));
            case INTEGER64 -> int64(toLong(def, value, Long.MIN_VALUE, Long.MAX_VALUE));
            case UNSIGNED64 -> int64(unsigned64(def, value));
            case FLOAT32 -> int32(Float.floatToIntBits(number(def, value).floatValue()));
            case FLOAT64 -> int64(Double.doubleToLongBits(number(def, value).doubleValue()));
            case ADDRESS -> address(def, value);
            case TIME -> int32(ntpSeconds(instant(def, value)));
            case UTF8_STRING, DIAMETER_IDENTITY, DIAMETER_URI, IP_FILTER_RULE, QOS_FILTER_RULE ->
                    text(def, value).getBytes(StandardCharsets.UTF_8);
            case GROUPED -> throw wrongType(def, value, "a nested builder (addGrouped)");
        };
    }

    private static byte[] octets(AvpDefinition def, Object value) {
        if (value instanceof byte[] b) {
            return b.clone();
        }
        if (value instanceof String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        throw wrongType(def, value, "byte[] or String");
    }

    private static String text(AvpDefinition def, Object value) {
        if (value instanceof String s) {
            return s;
        }
        throw wrongType(def, value, "String");
    }

    private static Number number(AvpDefinition def, Object value) {
        if (value instanceof Number n) {
            return n;
        }
        throw wrongType(def, value, "a number");
    }

    private static long toLong(AvpDefinition def, Object value, long min, long max) {
        Number n = number(def, value);
        if (!(n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte)) {
            throw wrongType(def, value, "an integer");
        }
        long v = n.longValue();
        if (v < min || v > max) {
            throw new IllegalArgumentException(def.name() + ": " + v + " is outside " + min + ".." + max);
        }
        return v;
    }

    private static long unsigned64(AvpDefinition def, Object value) {
        if (value instanceof BigInteger b) {
            if (b.signum() < 0 || b.bitLength() > 64) {
                throw new IllegalArgumentException(def.name() + ": " + b + " is not an Unsigned64");
            }
            return b.longValue();
        }
        return toLong(def, value, 0, Long.MAX_VALUE);
    }

    private static int enumValue(AvpDefinition def, Object value) {
        if (value instanceof String name) {
            OptionalInt v = def.enumValues().value(name);
            if (v.isEmpty()) {
                throw new IllegalArgumentException(def.name() + " has no value named " + name);
            }
            return v.getAsInt();
        }
        // Specs write some values as unsigned (Media-Type OTHER is 0xFFFFFFFF): accept both forms.
        return (int) toLong(def, value, Integer.MIN_VALUE, 0xFFFF_FFFFL);
    }

    private static Instant instant(AvpDefinition def, Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        throw wrongType(def, value, "Instant");
    }

    private static byte[] address(AvpDefinition def, Object value) {
        byte[] ip;
        if (value instanceof InetAddress a) {
            ip = a.getAddress();
        } else if (value instanceof byte[] b && (b.length == 4 || b.length == 16)) {
            ip = b;
        } else {
            throw wrongType(def, value, "InetAddress or a 4- or 16-octet byte[]");
        }
        return address(ip);
    }

    /** Address data: the IANA family (1 or 2, RFC 6733 §4.3.1) then the 4 or 16 octets. */
    static byte[] address(byte[] ip) {
        byte[] out = new byte[2 + ip.length];
        out[1] = (byte) (ip.length == 4 ? FAMILY_IPV4 : FAMILY_IPV6);
        System.arraycopy(ip, 0, out, 2, ip.length);
        return out;
    }

    private static IllegalArgumentException wrongType(AvpDefinition def, Object value, String expected) {
        String got = value == null ? "null" : value.getClass().getSimpleName();
        return new IllegalArgumentException(def.name() + " (" + def.type().specName() + ") takes " + expected
                + ", not " + got);
    }

    /** The NTP seconds of an instant; valid from 1968-01-20 to 2104-02-26 (RFC 5905 era roll-over). */
    public static int ntpSeconds(Instant t) {
        long ntp = t.getEpochSecond() + NTP_TO_UNIX;
        // Values with the top bit clear mean era 1 (from 2036-02-07 06:28:16), RFC 2030 §3.
        if (ntp < 0x8000_0000L || ntp >= 0x1_8000_0000L) {
            throw new IllegalArgumentException(t + " cannot be written as a Diameter Time");
        }
        return (int) ntp;
    }

    /** The instant of NTP seconds, reading values below 2^31 as era 1 (after 2036). */
    public static Instant time(int ntpSeconds) {
        long s = Integer.toUnsignedLong(ntpSeconds);
        if ((s & 0x8000_0000L) == 0) {
            s += 0x1_0000_0000L;
        }
        return Instant.ofEpochSecond(s - NTP_TO_UNIX);
    }

    static InetAddress address(byte[] buf, int offset, int length) {
        int family = length >= 2 ? ((buf[offset] & 0xFF) << 8) | (buf[offset + 1] & 0xFF) : -1;
        int want = family == FAMILY_IPV4 ? 4 : family == FAMILY_IPV6 ? 16 : -1;
        if (want < 0 || length != 2 + want) {
            throw new IllegalStateException("Address of family " + family + " and " + length + " octets is not IPv4 or IPv6");
        }
        byte[] ip = new byte[want];
        System.arraycopy(buf, offset + 2, ip, 0, want);
        try {
            return InetAddress.getByAddress(ip);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("unreachable: the length was checked", e);
        }
    }

    static byte[] int32(long v) {
        byte[] b = new byte[4];
        putInt(b, 0, (int) v);
        return b;
    }

    /** The 4-octet encodings of 0 to 255, shared: enumerations, flags and small counts. */
    private static final byte[][] SMALL = new byte[256][];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = int32(i);
        }
    }

    /**
     * Like {@link #int32} but a value of 0 to 255 gets a shared array: only for data an
     * {@link Avp} takes over, which nobody writes to (most Enumerated and small Unsigned32
     * AVPs of an answer then cost no array of their own).
     */
    static byte[] sharedInt32(long v) {
        return v >= 0 && v < SMALL.length ? SMALL[(int) v] : int32(v);
    }

    static byte[] int64(long v) {
        byte[] b = new byte[8];
        putInt(b, 0, (int) (v >>> 32));
        putInt(b, 4, (int) v);
        return b;
    }

    /** Writes a big-endian int; returns the position after it. */
    public static int putInt(byte[] b, int pos, int v) {
        b[pos] = (byte) (v >>> 24);
        b[pos + 1] = (byte) (v >>> 16);
        b[pos + 2] = (byte) (v >>> 8);
        b[pos + 3] = (byte) v;
        return pos + 4;
    }

    /** Reads a big-endian int. */
    public static int getInt(byte[] b, int pos) {
        return ((b[pos] & 0xFF) << 24) | ((b[pos + 1] & 0xFF) << 16) | ((b[pos + 2] & 0xFF) << 8) | (b[pos + 3] & 0xFF);
    }

    /** Reads a big-endian long. */
    public static long getLong(byte[] b, int pos) {
        return ((long) getInt(b, pos) << 32) | (getInt(b, pos + 4) & 0xFFFF_FFFFL);
    }
}
