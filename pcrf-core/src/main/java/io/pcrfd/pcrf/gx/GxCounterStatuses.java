package io.pcrfd.pcrf.gx;

import java.util.concurrent.CompletionStage;

/**
 * The Gx module's port for the module that serves Sy policy counters: it {@link #use}s its
 * source while the node is wired, before requests flow. Until then, and on a node without Sy,
 * {@link CounterStatusSource#NONE}. One volatile read per decision that needs counters.
 */
public final class GxCounterStatuses implements CounterStatusSource {
    private volatile CounterStatusSource source = CounterStatusSource.NONE;

    /** Makes {@code s} the source of counter statuses; called while wiring. */
    public void use(CounterStatusSource s) {
        this.source = s;
    }

    @Override
    public CompletionStage<Lookup> statuses(Query query) {
        return source.statuses(query);
    }

    @Override
    public void abandoned(String gxSessionId) {
        source.abandoned(gxSessionId);
    }
}
