package io.pcrfd.pcrf.rx;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.pcrf.gx.EndToEndIds;
import io.pcrfd.pcrf.gx.GxApplication;
import io.pcrfd.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * What the Rx classes share.
 *
 * @param answers     the Rx message builder
 * @param store       the node's store (AF sessions, IP-CAN sessions)
 * @param gx          the Gx application: RAR pushes and the policy's media verdict
 * @param clock       the node's clock
 * @param send        the peer layer's request sender
 * @param afterAnswer runs work that must follow an answer on the wire
 * @param timeout     how long a RAR or ASR to an AF waits for its answer ({@code gx.rarTimeout})
 * @param ids         End-to-End identifiers of the requests the PCRF sends
 */
record RxContext(RxAnswers answers, Store store, GxApplication gx, Clock clock,
                 Function<DiameterMessage, CompletionStage<DiameterMessage>> send, Executor afterAnswer,
                 Duration timeout, EndToEndIds ids) {

    /** Sends {@code request} to an AF; completes with the answer, or fails on timeout or a peer that is down. */
    CompletionStage<DiameterMessage> exchange(DiameterMessage request) {
        return send.apply(request).toCompletableFuture().copy().orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    static <T> CompletionStage<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }
}
