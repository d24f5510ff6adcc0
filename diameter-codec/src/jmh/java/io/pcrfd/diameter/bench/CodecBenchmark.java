package io.pcrfd.diameter.bench;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.AvpView;
import io.pcrfd.diameter.message.DiameterMessage;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The codec's hot path: decode + validate of a Gx CCR-I from a (reused) Netty buffer, and
 * encode of a Gx CCA-I with three dynamic rules into a reused buffer and into a new array.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CodecBenchmark {
    private Dictionary dictionary;
    private DiameterCodec codec;
    private DiameterMessage ccr;
    private ByteBuf ccrWire;
    private DiameterMessage cca;
    private ByteBuf out;
    private AvpView.Layout layout;
    private TypedGxMessages.Shared shared;

    @Setup
    public void setUp() {
        Dictionary d = Dictionary.standard();
        dictionary = d;
        codec = new DiameterCodec(d);
        ccr = GxMessages.ccrInitial(d);
        cca = GxMessages.ccaInitial(d, ccr);
        GxMessages.requireValid(codec, ccr);
        GxMessages.requireValid(codec, cca);
        if (!java.util.Arrays.equals(DiameterCodec.encode(cca),
                DiameterCodec.encode(TypedGxMessages.ccaInitial(d, ccr)))) {
            throw new IllegalStateException("the typed CCA-I differs from the one built by names");
        }
        shared = TypedGxMessages.Shared.of(d);
        if (!java.util.Arrays.equals(DiameterCodec.encode(cca),
                DiameterCodec.encode(TypedGxMessages.ccaInitialShared(d, ccr, shared)))) {
            throw new IllegalStateException("the CCA-I from shared AVPs differs from the one built by names");
        }
        layout = TypedGxMessages.layout(d);
        if (TypedGxMessages.readTyped(ccr) != TypedGxMessages.readNamed(ccr)
                || TypedGxMessages.readView(layout, ccr) != TypedGxMessages.readTyped(ccr)) {
            throw new IllegalStateException("the typed read differs from the read by names");
        }
        ccrWire = Unpooled.directBuffer().writeBytes(DiameterCodec.encode(ccr));
        out = Unpooled.directBuffer(4096);
    }

    /** Decode + grammar validation of the CCR-I (788 octets, 26 top-level AVPs, 42 in all). */
    @Benchmark
    public DecodeResult decodeCcrInitial() {
        return codec.decode(ccrWire);
    }

    /** Encode of the CCA-I into a reused buffer, as the pipeline's encoder does per message. */
    @Benchmark
    public ByteBuf encodeCcaInitial() {
        out.clear();
        DiameterCodec.encode(cca, out);
        return out;
    }

    /**
     * Building the CCA-I through {@code MessageBuilder} (names looked up in the dictionary,
     * values converted, Grouped AVPs flattened), then encoding it: what an application handler
     * pays per answer.
     */
    @Benchmark
    public ByteBuf buildAndEncodeCcaInitial() {
        out.clear();
        DiameterCodec.encode(GxMessages.ccaInitial(dictionary, ccr), out);
        return out;
    }

    /**
     * The same CCA-I built through the generated handles (no name lookups, values of the AVP's
     * Java type), then encoded: what a handler written with handles pays per answer.
     */
    @Benchmark
    public ByteBuf typedBuildAndEncodeCcaInitial() {
        out.clear();
        DiameterCodec.encode(TypedGxMessages.ccaInitial(dictionary, ccr), out);
        return out;
    }

    /**
     * The same CCA-I from AVPs built once (head, rules, QoS, trigger: the same in every answer
     * of a plan) plus the per-answer ones, in an array sized once, then encoded: what the Gx
     * answer writers pay when the plan's AVPs are shared.
     */
    @Benchmark
    public ByteBuf sharedBuildAndEncodeCcaInitial() {
        out.clear();
        DiameterCodec.encode(TypedGxMessages.ccaInitialShared(dictionary, ccr, shared), out);
        return out;
    }

    /** Decode + validation of the CCR-I, then the 16 fields a PCRF reads, through handles. */
    @Benchmark
    public long decodeAndTypedReadCcrInitial() {
        return TypedGxMessages.readTyped(codec.decode(ccrWire.resetReaderIndex()).message());
    }

    /**
     * Decode + validation of the CCR-I, then the same 16 fields from a one-pass view
     * ({@link AvpView}: one scan sorts the AVPs into the handles' slots), as the Gx parser reads.
     */
    @Benchmark
    public long decodeAndViewReadCcrInitial() {
        return TypedGxMessages.readView(layout, codec.decode(ccrWire.resetReaderIndex()).message());
    }

    /** The same read by names, for comparison. */
    @Benchmark
    public long decodeAndNamedReadCcrInitial() {
        return TypedGxMessages.readNamed(codec.decode(ccrWire.resetReaderIndex()).message());
    }

    /** Encode of the CCA-I into a fresh array. */
    @Benchmark
    public byte[] encodeCcaInitialToArray() {
        return DiameterCodec.encode(cca);
    }
}
