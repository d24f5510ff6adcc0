package io.pcrfd.pcrf.sy;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.VendorIds;
import io.pcrfd.pcrf.config.SyConfig;
import io.pcrfd.pcrf.establishment.SessionIds;
import io.pcrfd.pcrf.gx.CounterStatusSource.Lookup;
import io.pcrfd.pcrf.gx.CounterStatusSource.Query;
import io.pcrfd.pcrf.gx.TimeOfDayScheduler;
import io.pcrfd.pcrf.policy.CcRequestType;
import io.pcrfd.pcrf.policy.PolicyEvent;
import io.pcrfd.pcrf.policy.ResultCode;
import io.pcrfd.store.SySessionStore;
import io.pcrfd.store.model.SySession;
import io.pcrfd.store.model.SySession.PolicyCounter;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the Sy classes share: configuration, messages, the store, the sender, the clock, the
 * per-owner queue, counters, the Gx push and the schedule of pending statuses (by owner).
 *
 * @param push    re-decides one Gx session and sends a RAR if its decision changed
 * @param pending fires an owner's earliest Pending-Policy-Counter-Change-Time
 */
record SyContext(SyConfig config, SyMessages messages, SySessionStore store,
                 Function<DiameterMessage, CompletionStage<DiameterMessage>> send, Clock clock, SessionIds ids,
                 OwnerQueue queue, SyCounters counters, Consumer<String> push, TimeOfDayScheduler pending) {
    private static final Logger LOG = LoggerFactory.getLogger(SyContext.class);

    /** Sends a Sy request; fails after {@code sy.timeout} without an answer. */
    CompletionStage<DiameterMessage> exchange(DiameterMessage request) {
        return send.apply(request).toCompletableFuture().copy()
                .orTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    Instant expiry() {
        return clock.instant().plus(config.sessionLifetime());
    }

    /** {@code s} changed, renewed for {@code sy.sessionLifetime}. */
    SySession with(SySession s, String sessionId, Map<String, PolicyCounter> counters,
                   Map<String, java.util.List<String>> gx, String ocsHost, long ocsStateId) {
        return new SySession(s.owner(), sessionId, s.subscription(), counters, gx, ocsHost, ocsStateId, expiry());
    }

    /** The statuses {@code q} needs: the OCS's, else the configured default status, else none. */
    Lookup lookup(Query q, Map<String, PolicyCounter> known) {
        Map<String, String> out = new HashMap<>();
        for (String id : q.counters()) {
            PolicyCounter c = known.get(id);
            String status = c != null && c.status() != null ? c.status() : config.defaultStatuses().get(id);
            if (status != null) {
                out.put(id, status);
            }
        }
        return Lookup.of(out);
    }

    /**
     * The configured fallback of {@code failure}: the statuses known plus the default ones, or a
     * refusal (only a CCR-I is refused: a running session keeps going on what is known).
     */
    Lookup fallback(SyFailure failure, Query q, Map<String, PolicyCounter> known, String detail) {
        counters.failure(failure);
        boolean reject = failure.fallback(config.fallback()) == SyConfig.Fallback.REJECT && initial(q.event());
        counters.count(reject ? SyCounters.Event.FALLBACK_REJECT : SyCounters.Event.FALLBACK_DEFAULT_STATUS);
        LOG.warn("Sy: {} for {} (Gx Session-Id={}): {}; {}", failure, q.owner(), q.gxSessionId(), detail,
                reject ? "refusing the CCR-I" : "deciding on default statuses");
        if (reject) {
            SyConfig.RejectCode code = config.reject();
            return Lookup.refuse(new ResultCode(code.experimental() ? VendorIds.THREE_GPP : 0, code.code()),
                    failure + " (" + detail + ")");
        }
        return lookup(q, known);
    }

    /** Re-decides every Gx session on {@code s}'s counters (RAR where a decision changed). */
    void pushAll(SySession s) {
        counters.count(SyCounters.Event.PUSHES, s.gxSessions().size());
        s.gxSessions().keySet().forEach(push);
    }

    /** Schedules the owner's earliest pending status change, if any. */
    void schedulePending(SySession s) {
        Instant first = null;
        for (PolicyCounter c : s.counters().values()) {
            if (!c.pending().isEmpty() && (first == null || c.pending().get(0).changeTime().isBefore(first))) {
                first = c.pending().get(0).changeTime();
            }
        }
        pending.decided(s.owner(), java.util.Optional.ofNullable(first));
    }

    private static boolean initial(PolicyEvent e) {
        return e.kind() == PolicyEvent.Kind.GX_REQUEST && e.requestType() == CcRequestType.INITIAL;
    }
}
