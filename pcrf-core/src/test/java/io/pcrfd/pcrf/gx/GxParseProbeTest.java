package io.pcrfd.pcrf.gx;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.message.DiameterMessage;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * A bounded in-process measurement of reading a Gx request: the codec's decode of the octets
 * and {@link GxRequestParser#parse}, each on its own, for the lifecycle of
 * {@link GxMemoryProbeTest} (CCR-I, 2 x CCR-U with usage on mk1, CCR-T; 1,000 sessions,
 * 400 rounds). Bytes allocated per request are read around each whole pass; time per request
 * with {@code System.nanoTime} around each call of a pass in which every message is decoded
 * and then parsed at once (the message still in cache, as on the server), and the least over
 * the rounds is printed, the figure least disturbed by other load. Off by default; run with
 * {@code GX_PROBE=1} (see BENCHMARKS.md, "Reading a Gx request").
 */
@EnabledIfEnvironmentVariable(named = "GX_PROBE", matches = "1")
class GxParseProbeTest {
    private static final int SESSIONS = 1_000;
    private static final int ROUNDS = 400;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void decodeAndParse() {
        byte[][] wire = requests(new Pcef());
        DiameterCodec codec = new DiameterCodec(Pcef.DICT);
        GxRequestParser parser = new GxRequestParser(Pcef.DICT, true);
        DiameterMessage[] decoded = new DiameterMessage[wire.length];
        double[] least = {Double.MAX_VALUE, Double.MAX_VALUE};
        double[] bytes = new double[2];
        for (int round = 0; round < ROUNDS; round++) {
            long a0 = THREADS.getCurrentThreadAllocatedBytes();
            for (int k = 0; k < wire.length; k++) {
                decoded[k] = codec.decode(wire[k]).message();
            }
            long a1 = THREADS.getCurrentThreadAllocatedBytes();
            int parsed = 0;
            for (DiameterMessage m : decoded) {
                parsed += parser.parse(m) instanceof GxParse.Parsed ? 1 : 0;
            }
            long a2 = THREADS.getCurrentThreadAllocatedBytes();
            assertThat(parsed).isEqualTo(wire.length);
            bytes[0] = (a1 - a0) / (double) wire.length;
            bytes[1] = (a2 - a1) / (double) wire.length;
            long[] ns = timed(codec, parser, wire);
            least[0] = Math.min(least[0], ns[0] / (double) wire.length);
            least[1] = Math.min(least[1], ns[1] / (double) wire.length);
        }
        System.out.printf("gx parse probe: per request decode %.0f ns %.0f B, parse %.0f ns %.0f B%n",
                least[0], bytes[0], least[1], bytes[1]);
    }

    /** Nanoseconds in decode and in parse over one pass, each message parsed right after its decode. */
    private static long[] timed(DiameterCodec codec, GxRequestParser parser, byte[][] wire) {
        long[] ns = new long[2];
        int parsed = 0;
        for (byte[] w : wire) {
            long t0 = System.nanoTime();
            DecodeResult r = codec.decode(w);
            long t1 = System.nanoTime();
            GxParse p = parser.parse(r.message());
            long t2 = System.nanoTime();
            ns[0] += t1 - t0;
            ns[1] += t2 - t1;
            parsed += p instanceof GxParse.Parsed ? 1 : 0;
        }
        assertThat(parsed).isEqualTo(wire.length);
        return ns;
    }

    private static byte[][] requests(Pcef pcef) {
        byte[][] wire = new byte[SESSIONS * 4][];
        for (int i = 0; i < SESSIONS; i++) {
            String sid = "pgw1.epc.example;1700000000;" + i;
            String ip = "10." + (i >> 16 & 0xFF) + "." + (i >> 8 & 0xFF) + "." + (i & 0xFF);
            wire[4 * i] = DiameterCodec.encode(pcef.initial(sid, String.format("0010199%08d", i), ip).build());
            wire[4 * i + 1] = DiameterCodec.encode(pcef.usage(sid, 1, "mk1", 1_000_000, 33));
            wire[4 * i + 2] = DiameterCodec.encode(pcef.usage(sid, 2, "mk1", 1_000_000, 33));
            wire[4 * i + 3] = DiameterCodec.encode(pcef.terminate(sid, 3, "mk1", 1_000));
        }
        return wire;
    }
}
