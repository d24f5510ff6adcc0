package io.pcrfd.dra.proxy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** What the proxy counts, for {@code GET /metrics/counters}-style views; lock-free. */
public final class DraCounters {
    final LongAdder bindingsCreated = new LongAdder();
    final LongAdder bindingsFound = new LongAdder();
    final LongAdder bindingsConfirmed = new LongAdder();
    final LongAdder bindingsRemoved = new LongAdder();
    final LongAdder bindingsRehomed = new LongAdder();
    final LongAdder failovers = new LongAdder();
    final LongAdder loops = new LongAdder();
    final LongAdder noBinding = new LongAdder();
    final LongAdder undelivered = new LongAdder();

    /** The counters by name ({@code dra.bindingsCreated}, ...). */
    public Map<String, Long> snapshot() {
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("dra.bindingsCreated", bindingsCreated.sum());
        out.put("dra.bindingsFound", bindingsFound.sum());
        out.put("dra.bindingsConfirmed", bindingsConfirmed.sum());
        out.put("dra.bindingsRemoved", bindingsRemoved.sum());
        out.put("dra.bindingsRehomed", bindingsRehomed.sum());
        out.put("dra.failovers", failovers.sum());
        out.put("dra.loopsDetected", loops.sum());
        out.put("dra.noBinding", noBinding.sum());
        out.put("dra.undelivered", undelivered.sum());
        return out;
    }
}
