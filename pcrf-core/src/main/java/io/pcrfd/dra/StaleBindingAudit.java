package io.pcrfd.dra;

import io.pcrfd.pcrf.config.DraAuditConfig;
import io.pcrfd.store.DraStore;
import io.pcrfd.store.model.PcrfBinding;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stale-binding audit ({@code dra.audit}): a pass looks at up to {@code batch} bindings older
 * than {@code minAge}; a binding whose PCRF answers "unknown" for every one of its sessions (or
 * that has no session left) is removed with its session records, so the subscriber's next CCR-I
 * creates a fresh binding instead of following a PCRF that lost it. One "known" or "unsure"
 * keeps the binding. Runs on the DRA's timer thread, never on an event loop; it may block on the
 * store and the probe.
 */
final class StaleBindingAudit {
    private static final Logger LOG = LoggerFactory.getLogger(StaleBindingAudit.class);
    private static final long STORE_WAIT_SECONDS = 30;

    private final DraAuditConfig config;
    private final DraStore store;
    private final Clock clock;
    private final SessionProbe probe;

    StaleBindingAudit(DraAuditConfig config, DraStore store, Clock clock, SessionProbe probe) {
        this.config = config;
        this.store = store;
        this.clock = clock;
        this.probe = probe;
    }

    static void schedule(DraAuditConfig c, DraStore store, Clock clock, ScheduledExecutorService timer) {
        if (!c.enabled()) {
            return;
        }
        StaleBindingAudit audit = new StaleBindingAudit(c, store, clock, new RestSessionProbe(c.pcrfRest()));
        long every = c.interval().toMillis();
        timer.scheduleWithFixedDelay(audit::runLogged, every, every, TimeUnit.MILLISECONDS);
    }

    private void runLogged() {
        try {
            int removed = runOnce();
            if (removed > 0) {
                LOG.info("stale-binding audit removed {} bindings", removed);
            }
        } catch (RuntimeException e) {
            LOG.warn("stale-binding audit failed: {}", e.toString());
        }
    }

    /** One pass; returns how many bindings it removed. */
    int runOnce() {
        Instant youngest = clock.instant().minus(config.minAge());
        int removed = 0;
        for (PcrfBinding b : await(store.bindings(config.batch()))) {
            if (!b.createdAt().isAfter(youngest) && stale(b)) {
                await(store.removeBinding(b.key()));
                removed++;
            }
        }
        return removed;
    }

    private boolean stale(PcrfBinding b) {
        List<String> sessions = await(store.sessionsOf(b.key()));
        for (String sid : sessions) {
            if (probe.knows(b.pcrfHost(), sid) != SessionProbe.Answer.UNKNOWN) {
                return false;
            }
        }
        sessions.forEach(sid -> await(store.detach(sid)));
        LOG.info("binding {} of PCRF {} is stale: the PCRF knows none of its {} sessions", b.key(), b.pcrfHost(),
                sessions.size());
        return true;
    }

    private static <T> T await(java.util.concurrent.CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(STORE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("binding store: " + e.getCause().getMessage(), e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("binding store: no answer within " + STORE_WAIT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
