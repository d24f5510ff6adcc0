package io.pcrfd.pcrf.rx;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.spec.Ts29214;
import io.pcrfd.pcrf.gx.GxSessionListener;
import io.pcrfd.store.model.AfSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells AFs what happened to the IP-CAN sessions their AF sessions are bound to (TS 29.214
 * §4.4.6), as a listener of the Gx sessions:
 *
 * <ul>
 *   <li>The IP-CAN session ended (CCR-T, eviction, a gateway restart, the audit, RAA 5002): each
 *       bound AF session gets an ASR with Abort-Cause BEARER_RELEASED (§4.4.6.2); the AF answers
 *       and sends STR, which removes the AF session (until then it waits, within its expiry).</li>
 *   <li>The PCEF reported rules of an AF session INACTIVE (Charging-Rule-Report in a RAA or a
 *       CCR-U): a RAR with Specific-Action INDICATION_OF_FAILED_RESOURCES_ALLOCATION when the AF
 *       subscribed to it, else INDICATION_OF_LOSS_OF_BEARER when it subscribed to that (§4.4.6.1);
 *       nothing when it subscribed to neither. A report made while the AAR that installed the
 *       rules is still unanswered is sent once its AAA is.</li>
 * </ul>
 * A RAR or ASR is sent once and waits {@code gx.rarTimeout}; an AF that does not answer is
 * counted and logged, and its session is left to its STR or its expiry.
 */
final class RxNotifier implements GxSessionListener {
    private static final Logger LOG = LoggerFactory.getLogger(RxNotifier.class);
    private static final CompletableFuture<Void> NOT_ANSWERING = CompletableFuture.completedFuture(null);

    private final RxContext ctx;
    private final Map<String, CompletableFuture<Void>> answering = new ConcurrentHashMap<>();
    private final LongAdder rarsSent = new LongAdder();
    private final LongAdder asrsSent = new LongAdder();
    private final LongAdder unanswered = new LongAdder();

    RxNotifier(RxContext ctx) {
        this.ctx = ctx;
    }

    /** An AAR of {@code afSessionId} is being handled: its reports wait for its AAA. */
    void answering(String afSessionId) {
        answering.put(afSessionId, new CompletableFuture<>());
    }

    /** The AAA of {@code afSessionId} is ready: reports held for it go out after it. */
    void answered(String afSessionId) {
        CompletableFuture<Void> f = answering.remove(afSessionId);
        if (f != null) {
            f.complete(null);
        }
    }

    @Override
    public void ended(String gxSessionId, String reason) {
        ctx.store().afSessions().findByGxSession(gxSessionId).thenAccept(afs -> afs.forEach(af -> {
            LOG.info("Session-Id={} its IP-CAN session {} ended ({}): ASR to {}", af.sessionId(), gxSessionId,
                    reason, af.afHost());
            asrsSent.increment();
            send(af, ctx.answers().asr(af, ctx.ids().next(), Ts29214.AbortCause.BEARER_RELEASED));
        }));
    }

    @Override
    public void rulesFailed(String gxSessionId, Map<String, Integer> failed) {
        Map<String, List<String>> byAf = new HashMap<>();
        failed.keySet().forEach(rule -> MediaRules.afSessionOf(rule)
                .ifPresent(af -> byAf.computeIfAbsent(af, k -> new java.util.ArrayList<>()).add(rule)));
        byAf.forEach((afId, rules) -> answering.getOrDefault(afId, NOT_ANSWERING)
                .thenRunAsync(() -> report(afId, rules), ctx.afterAnswer()));
    }

    private void report(String afSessionId, List<String> rules) {
        ctx.store().afSessions().get(afSessionId).thenAccept(found -> found.ifPresent(af -> {
            int action = af.subscribed(Ts29214.SpecificAction.INDICATION_OF_FAILED_RESOURCES_ALLOCATION)
                    ? Ts29214.SpecificAction.INDICATION_OF_FAILED_RESOURCES_ALLOCATION
                    : af.subscribed(Ts29214.SpecificAction.INDICATION_OF_LOSS_OF_BEARER)
                    ? Ts29214.SpecificAction.INDICATION_OF_LOSS_OF_BEARER : -1;
            LOG.info("Session-Id={} rules {} reported failed by the PCEF{}", afSessionId, rules,
                    action < 0 ? "; the AF subscribed to no report of it" : ": RAR to " + af.afHost());
            if (action >= 0) {
                rarsSent.increment();
                send(af, ctx.answers().rar(af, ctx.ids().next(), action));
            }
        }));
    }

    private void send(AfSession af, DiameterMessage request) {
        ctx.exchange(request).whenComplete((answer, failure) -> {
            if (failure != null || !ResultCodes.isSuccess(ResultCodes.of(answer))) {
                unanswered.increment();
                LOG.warn("Session-Id={} {} to {} not acknowledged: {}", af.sessionId(),
                        request.commandCode() == io.pcrfd.diameter.message.CommandCodes.ABORT_SESSION ? "ASR" : "RAR",
                        af.afHost(), failure != null ? failure.toString() : ResultCodes.of(answer));
            }
        });
    }

    long rarsSent() {
        return rarsSent.sum();
    }

    long asrsSent() {
        return asrsSent.sum();
    }

    long unanswered() {
        return unanswered.sum();
    }
}
