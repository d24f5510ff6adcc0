package io.pcrfd.diameter.peer;

import io.pcrfd.diameter.peer.watchdog.WatchdogState;
import java.util.concurrent.atomic.LongAdder;

/** Counters a node keeps (read any time, from any thread). */
public final class NodeCounters {
    final LongAdder unknownAnswers = new LongAdder();
    final LongAdder duplicates = new LongAdder();
    final LongAdder tooBusy = new LongAdder();
    final LongAdder timeouts = new LongAdder();
    final LongAdder watchdogRequests = new LongAdder();
    private final LongAdder[] watchdogTransitions = adders(WatchdogState.values().length);

    private static LongAdder[] adders(int n) {
        LongAdder[] a = new LongAdder[n];
        for (int i = 0; i < n; i++) {
            a[i] = new LongAdder();
        }
        return a;
    }

    /** A peer's watchdog entered {@code to} (RFC 3539 §3.4), from another state. */
    void watchdogEntered(WatchdogState to) {
        watchdogTransitions[to.ordinal()].increment();
    }

    /** How many times any peer's watchdog entered {@code to} from another state. */
    public long watchdogTransitions(WatchdogState to) {
        return watchdogTransitions[to.ordinal()].sum();
    }

    /** Answers whose Hop-by-Hop id matched no outstanding request (discarded, RFC 6733 §6.2.1). */
    public long unknownAnswers() {
        return unknownAnswers.sum();
    }

    /** Requests recognised as duplicates and answered from the cache (RFC 6733 §3). */
    public long duplicates() {
        return duplicates.sum();
    }

    /** Requests refused with 3004 or sends refused with TOO_BUSY. */
    public long tooBusy() {
        return tooBusy.sum();
    }

    /** Requests we sent that timed out. */
    public long timeouts() {
        return timeouts.sum();
    }

    /** DWRs received from peers (and answered with DWA). */
    public long watchdogRequests() {
        return watchdogRequests.sum();
    }
}
