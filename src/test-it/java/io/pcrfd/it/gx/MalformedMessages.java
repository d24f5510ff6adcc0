package io.pcrfd.it.gx;

import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Malformed Gx requests that keep framing intact, each with the answer the PCRF owes it, as
 * the dispatcher decides (RFC 6733 §7, first error only): an application not served 3007, a
 * command without a handler 3001, else the codec's first error with its Failed-AVP, else the
 * handler's own answer (the base requests are CCR-U of sessions that do not exist: 5002 when
 * the damage left them valid). Kinds: truncated, impossible AVP lengths, reserved and V flag
 * bits, wrong value lengths and invalid UTF-8, missing / repeated / not allowed / unknown
 * M-bit AVPs, E bit on a request, unknown command and application, framed garbage, oversize.
 */
final class MalformedMessages {
    /** Result codes after which RFC 6733 §7.1.5 requires a Failed-AVP naming the culprit. */
    static final Set<Long> FAILED_AVP_REQUIRED = Set.of(ResultCodes.DIAMETER_AVP_UNSUPPORTED,
            ResultCodes.DIAMETER_INVALID_AVP_VALUE, ResultCodes.DIAMETER_MISSING_AVP,
            ResultCodes.DIAMETER_AVP_NOT_ALLOWED, ResultCodes.DIAMETER_AVP_OCCURS_TOO_MANY_TIMES,
            ResultCodes.DIAMETER_INVALID_AVP_LENGTH);
    private static final DiameterCodec CODEC = new DiameterCodec(GxPcef.DICT);
    private static final Set<Long> SERVED = Set.of(ApplicationIds.GX, 16777267L, 16777319L);

    /**
     * One template: octets with any ids, and what must come back.
     *
     * @param expectedCode the Result-Code owed, or -1 when the handler decides (the request was valid)
     * @param failedAvp    the answer must carry a Failed-AVP
     * @param framing      it breaks framing: answered from its header alone (no Session-Id to echo)
     */
    record Template(String kind, byte[] octets, long expectedCode, boolean failedAvp, boolean framing) {
        Template(String kind, byte[] octets, long expectedCode, boolean failedAvp) {
            this(kind, octets, expectedCode, failedAvp, false);
        }
    }

    private final Random random;
    private final GxPcef pcef;

    MalformedMessages(long seed, String originHost) {
        this.random = new Random(seed);
        this.pcef = new GxPcef(originHost, 1);
    }

    /** {@code n} templates, the kinds in turn. */
    List<Template> generate(int n) {
        List<Template> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byte[] base = base(i);
            byte[] m = switch (i % 12) {
                case 0 -> truncate(base);
                case 1 -> avpLength(base);
                case 2 -> avpFlags(base, 0x1F & (1 + random.nextInt(31)));
                case 3 -> avpFlags(base, 0x80);
                case 4 -> avpData(base);
                case 5 -> drop(base, 263);
                case 6 -> append(base, avp(416, 0x40, new byte[] {0, 0, 0, 2}));
                case 7 -> append(base, avp(268, 0x40, new byte[] {0, 0, 7, (byte) 0xd1}));
                case 8 -> append(base, avp(90_000 + random.nextInt(1000), 0x40, new byte[] {1, 2, 3, 4}));
                case 9 -> header(base);
                case 10 -> garbage(base);
                default -> oversize(base, i);
            };
            out.add(expect(kind(i), m));
        }
        return out;
    }

    private static String kind(int i) {
        return List.of("truncated", "avp-length", "reserved-bits", "v-bit", "value", "missing-avp", "repeated-avp",
                "not-allowed-avp", "unknown-m-avp", "header", "framed-garbage", "oversize").get(i % 12);
    }

    /** The answer the dispatcher owes {@code m} (see the class comment). */
    static Template expect(String kind, byte[] m) {
        DecodeResult r = CODEC.decode(m);
        DiameterMessage msg = r.message();
        if (!SERVED.contains(msg.applicationId())) {
            return new Template(kind, m, ResultCodes.DIAMETER_APPLICATION_UNSUPPORTED, false);
        }
        if (msg.commandCode() != 272) {
            return new Template(kind, m, ResultCodes.DIAMETER_COMMAND_UNSUPPORTED, false);
        }
        return r.firstError().map(e -> new Template(kind, m, e.resultCode(),
                e.failedAvp() != null && FAILED_AVP_REQUIRED.contains(e.resultCode())))
                .orElse(new Template(kind, m, -1, false));
    }

    private byte[] base(int i) {
        String sid = pcef.host() + ";abuse;" + i;
        MessageBuilder b = pcef.ccr(sid, "UPDATE_REQUEST", 1 + random.nextInt(5)).add("Event-Trigger", 2)
                .add("RAT-Type", "EUTRAN").addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type",
                        "END_USER_IMSI").add("Subscription-Id-Data", "001019" + (100_000_000 + i)));
        return DiameterCodec.encode(b.build());
    }

    /** Cut inside the AVPs at a multiple of 4. */
    private byte[] truncate(byte[] m) {
        int cut = 20 + 4 * random.nextInt((m.length - 20) / 4);
        return withLength(Arrays.copyOf(m, cut));
    }

    /** One AVP's length field set to something it cannot be. */
    private byte[] avpLength(byte[] m) {
        int at = randomAvp(m);
        int len = switch (random.nextInt(4)) {
            case 0 -> random.nextInt(8);
            case 1 -> m.length + random.nextInt(1000);
            case 2 -> (m[at + 7] & 0xFF) + 1;
            default -> 0xFF_FFFF;
        };
        byte[] c = m.clone();
        c[at + 5] = (byte) (len >>> 16);
        c[at + 6] = (byte) (len >>> 8);
        c[at + 7] = (byte) len;
        return c;
    }

    private byte[] avpFlags(byte[] m, int bits) {
        byte[] c = m.clone();
        c[randomAvp(m) + 4] ^= (byte) bits;
        return c;
    }

    /** A value of the wrong size or not UTF-8: CC-Request-Number of 3 or 5 octets, or Origin-Host bytes. */
    private byte[] avpData(byte[] m) {
        if (random.nextBoolean()) {
            return append(drop(m, 415), avp(415, 0x40, new byte[3 + 2 * random.nextInt(2)]));
        }
        return append(drop(m, 264), avp(264, 0x40, new byte[] {'p', (byte) 0xC0, (byte) 0xAF, 'x'}));
    }

    /** E bit on a request, an unknown command code, or an application we do not serve. */
    private byte[] header(byte[] m) {
        byte[] c = m.clone();
        switch (random.nextInt(3)) {
            case 0 -> c[4] |= 0x20;
            case 1 -> c[7] = (byte) (c[7] + 1 + random.nextInt(100));
            default -> ByteBuffer.wrap(c).putInt(8, 16_777_000 + random.nextInt(200));
        }
        return c;
    }

    /** A Gx CCR header over random octets. */
    private byte[] garbage(byte[] m) {
        byte[] c = new byte[20 + 4 * random.nextInt(64)];
        random.nextBytes(c);
        System.arraycopy(m, 0, c, 0, 20);
        return withLength(c);
    }

    /** An unknown AVP without M of 1 to 16 KiB, now and then 900 KiB: valid, answered by the handler. */
    private byte[] oversize(byte[] m, int i) {
        int size = i % 4800 == 11 ? 900 * 1024 : 1024 + random.nextInt(15 * 1024);
        return append(m, avp(91_000, 0, new byte[size]));
    }

    /** Offsets of the top-level AVPs. */
    private static List<Integer> avps(byte[] m) {
        List<Integer> at = new ArrayList<>();
        for (int pos = 20; pos + 8 <= m.length; ) {
            at.add(pos);
            int len = ((m[pos + 5] & 0xFF) << 16) | ((m[pos + 6] & 0xFF) << 8) | (m[pos + 7] & 0xFF);
            pos += Math.max(8, (len + 3) & ~3);
        }
        return at;
    }

    private int randomAvp(byte[] m) {
        List<Integer> at = avps(m);
        return at.get(random.nextInt(at.size()));
    }

    /** {@code m} without its AVPs of this code (vendor 0). */
    static byte[] drop(byte[] m, int code) {
        ByteBuffer out = ByteBuffer.allocate(m.length);
        out.put(m, 0, 20);
        List<Integer> at = avps(m);
        for (int k = 0; k < at.size(); k++) {
            int pos = at.get(k);
            int end = k + 1 < at.size() ? at.get(k + 1) : m.length;
            if (ByteBuffer.wrap(m).getInt(pos) != code) {
                out.put(m, pos, end - pos);
            }
        }
        return withLength(Arrays.copyOf(out.array(), out.position()));
    }

    static byte[] append(byte[] m, byte[] avp) {
        byte[] c = Arrays.copyOf(m, m.length + avp.length);
        System.arraycopy(avp, 0, c, m.length, avp.length);
        return withLength(c);
    }

    /** An AVP without vendor id, padded. */
    static byte[] avp(int code, int flags, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(8 + ((data.length + 3) & ~3));
        b.putInt(code).putInt((flags << 24) | (8 + data.length)).put(data);
        return b.array();
    }

    /** Sets the Message Length to the octets' size. */
    static byte[] withLength(byte[] m) {
        m[1] = (byte) (m.length >>> 16);
        m[2] = (byte) (m.length >>> 8);
        m[3] = (byte) m.length;
        return m;
    }
}
