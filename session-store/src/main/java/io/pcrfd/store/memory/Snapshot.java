package io.pcrfd.store.memory;

import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.PendingTrigger;
import io.pcrfd.store.model.SessionContext;
import io.pcrfd.store.model.SubscriberBinding;
import java.time.Instant;
import java.util.List;

/**
 * What the in-memory store writes on graceful shutdown and reads at start. Indexes are not
 * saved: they are rebuilt from the records on load.
 *
 * @param format  bumped when the shape changes incompatibly; a file of another format is
 *                refused rather than half-read
 * @param writtenAt when the snapshot was taken
 */
record Snapshot(int format, Instant writtenAt, List<IpCanSession> sessions,
                List<SessionContext> closedContexts, List<SubscriberBinding> bindings,
                List<PendingTrigger> triggers, List<CounterEntry> counters) {

    static final int FORMAT = 1;

    Snapshot {
        sessions = sessions == null ? List.of() : sessions;
        closedContexts = closedContexts == null ? List.of() : closedContexts;
        bindings = bindings == null ? List.of() : bindings;
        triggers = triggers == null ? List.of() : triggers;
        counters = counters == null ? List.of() : counters;
    }

    int size() {
        return sessions.size() + closedContexts.size() + bindings.size() + triggers.size()
                + counters.size();
    }
}
