package io.pcrfd.store.memory;

import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.PendingTrigger;
import io.pcrfd.store.model.SessionContext;
import io.pcrfd.store.model.SubscriberBinding;
import io.pcrfd.store.model.SySession;
import io.pcrfd.store.snapshot.Versioned;
import java.time.Instant;
import java.util.List;

/**
 * What the in-memory store writes on graceful shutdown and reads at start. Indexes are not
 * saved: they are rebuilt from the records on load.
 *
 * @param kind          {@value #KIND}
 * @param format        bumped when the shape changes incompatibly; a file of another format is
 *                      refused rather than half-read
 * @param writtenAt     when the snapshot was taken
 * @param originHost    the node whose Origin-State-Id is recorded, null when none was asked for
 * @param originStateId the Origin-State-Id that node announced while it held this state
 *                      (RFC 6733 §8.16), kept by the next run that loads the snapshot; 0 for
 *                      none (a snapshot written before it was recorded)
 * @param counters      counters; in a snapshot written before {@code usage} existed, also the
 *                      running usage per Monitoring-Key as four counters per key
 * @param meters        usage meters per subscriber; absent (empty) in older snapshots
 * @param usage         running usage per owner and Monitoring-Key; null in a snapshot written
 *                      before it existed, whose usage is then in {@code counters}
 *                      ({@link #legacyUsage()})
 * @param sySessions    the Sy sessions (subscriptions at the OCS with their counter statuses);
 *                      absent (empty) in older snapshots
 */
record Snapshot(String kind, int format, Instant writtenAt, String originHost, long originStateId,
                List<IpCanSession> sessions, List<SessionContext> closedContexts,
                List<SubscriberBinding> bindings, List<PendingTrigger> triggers,
                List<CounterEntry> counters, List<MeterEntry> meters, List<UsageEntry> usage,
                List<SySession> sySessions) implements Versioned {

    static final String KIND = "pcrfd-store";
    static final int FORMAT = 1;

    Snapshot {
        sessions = sessions == null ? List.of() : sessions;
        closedContexts = closedContexts == null ? List.of() : closedContexts;
        bindings = bindings == null ? List.of() : bindings;
        triggers = triggers == null ? List.of() : triggers;
        counters = counters == null ? List.of() : counters;
        meters = meters == null ? List.of() : meters; // absent in a snapshot of an older run
        sySessions = sySessions == null ? List.of() : sySessions; // likewise
    }

    int size() {
        return sessions.size() + closedContexts.size() + bindings.size() + triggers.size()
                + counters.size() + meters.size() + (usage == null ? 0 : usage.size()) + sySessions.size();
    }

    /** Whether this snapshot keeps usage as four counters per Monitoring-Key (the previous version did). */
    boolean legacyUsage() {
        return usage == null;
    }
}
