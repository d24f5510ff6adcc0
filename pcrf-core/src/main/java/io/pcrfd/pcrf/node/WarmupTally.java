package io.pcrfd.pcrf.node;

import io.pcrfd.diameter.message.ResultCodes;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * What one source of warm-up traffic did ({@link WarmupTraffic}, {@link WarmupPeers}): sessions
 * begun, Gx requests sent, those refused 3004 TOO_BUSY (RFC 6733 §7.1.3) by the copy's admission
 * control while its code is cold, those answered otherwise than 2001 or not at all, and why the
 * first of them failed. Counted from any thread.
 */
final class WarmupTally {
    private final AtomicLong sessions = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();

    /** A session begins; returns its number, from 1. */
    long sessionBegun() {
        return sessions.incrementAndGet();
    }

    void requestSent() {
        requests.incrementAndGet();
    }

    /**
     * Counts a request's answer by its Result-Code; {@code why} says what failed when it is the
     * first failure. Returns true when the answer is 2001.
     */
    boolean answered(long resultCode, Supplier<String> why) {
        if (resultCode == ResultCodes.DIAMETER_TOO_BUSY) {
            refused.incrementAndGet();
        } else if (resultCode != ResultCodes.DIAMETER_SUCCESS) {
            failed(why.get());
        }
        return resultCode == ResultCodes.DIAMETER_SUCCESS;
    }

    /** A request that got no answer, or an answer that is neither 2001 nor 3004. */
    void failed(String why) {
        failed.incrementAndGet();
        firstFailure.compareAndSet(null, why);
    }

    long sessions() {
        return sessions.get();
    }

    long requests() {
        return requests.get();
    }

    long refused() {
        return refused.get();
    }

    long failed() {
        return failed.get();
    }

    /** Why the first failed request failed, or null. */
    String firstFailure() {
        return firstFailure.get();
    }
}
