package io.pcrfd.pcrf.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.testing.FuzzFrames;
import io.pcrfd.diameter.testing.WireChecks;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Fuzzes the PCRF's request handlers (Gx CCR, S9a/S9 CCR, S9 TER) through the dispatcher, as
 * the node runs them. An input is up to {@value #MAX_MESSAGES} messages one after the other
 * ({@link FuzzFrames}): requests are handled in order by one fresh {@link PcrfWorld}; answers
 * among them are what the peers answer to the PCRF's own requests (RAA to a RAR, TEA to a TER).
 *
 * <p>For every request: an answer within 5 s (never null, never an exception), to that request,
 * with a Result-Code, that decodes cleanly ({@link WireChecks}), and never 5012: bad input must
 * be judged (5xxx with Failed-AVP, 5002, 5030, ...), not fail a handler. Every request the PCRF
 * sent meanwhile decodes cleanly too. The seed corpus is {@link PcrfSeeds}.
 */
class PcrfRequestFuzzTest {
    static final int MAX_MESSAGES = 8;

    @FuzzTest(maxDuration = "10s")
    void requests(byte[] input) {
        List<DecodeResult> messages = new ArrayList<>();
        for (byte[] frame : FuzzFrames.split(input, MAX_MESSAGES)) {
            messages.add(PcrfWorld.CODEC.decode(frame));
        }
        Deque<DiameterMessage> peerAnswers = new ArrayDeque<>();
        messages.stream().map(DecodeResult::message).filter(m -> !m.isRequest()).forEach(peerAnswers::add);
        try (PcrfWorld world = new PcrfWorld(peerAnswers)) {
            for (DecodeResult r : messages) {
                if (r.message().isRequest()) {
                    check(r.message(), join(r.message(), world.dispatch(r)));
                }
            }
            world.sent.forEach(m -> WireChecks.onTheWire(PcrfWorld.CODEC, m));
        }
    }

    static void check(DiameterMessage request, DiameterMessage answer) {
        long code = WireChecks.checkAnswer(PcrfWorld.CODEC, request, answer);
        if (code == ResultCodes.DIAMETER_UNABLE_TO_COMPLY) {
            throw new AssertionError("5012 to " + request + "\nanswer: " + answer);
        }
    }

    static DiameterMessage join(DiameterMessage request, CompletionStage<DiameterMessage> stage) {
        try {
            return stage.toCompletableFuture().get(5, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no answer within 5 s to " + request, e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError("the handler failed on " + request, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
