package io.pcrfd.pcrf.gx;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.pcrf.establishment.s9a.GxPolicyPort;
import io.pcrfd.pcrf.policy.PolicyEngine;
import io.pcrfd.pcrf.policy.PolicyState;
import io.pcrfd.store.model.IpCanSession;
import java.util.List;
import io.pcrfd.store.Store;
import java.time.Clock;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Gx application wired together: the CCR service, the RAR pusher and what drives the
 * pusher: the time-of-day scheduler and the usage fan-out to a subscriber's other sessions. The peer stack needs two lines:
 *
 * <pre>
 *   GxApplication gx = GxApplication.create(settings, dict, store, engine, clock, timer, peers::send, other);
 *   dispatcher.register(ApplicationIds.GX, CommandCodes.CREDIT_CONTROL, gx::handle);
 * </pre>
 * and, on a peer's Origin-State-Id increase, {@code gx.service().purgeGateway(host, osi)}.
 *
 * @param service   CCR-I/U/T
 * @param pusher    RAR/RAA
 * @param scheduler time-of-day pushes
 */
public record GxApplication(GxSessionService service, GxPolicyPusher pusher, TimeOfDayScheduler scheduler) {
    private static final Logger LOG = LoggerFactory.getLogger(GxApplication.class);

    /**
     * @param send  the peer stack's request sender (completes with the answer or fails)
     * @param other a further listener (reverse-initiated establishment), or {@link GxSessionListener#NONE}
     */
    public static GxApplication create(GxSettings settings, Dictionary dictionary, Store store,
                                       Supplier<PolicyEngine> engine, Clock clock, TimeOfDayScheduler.Timer timer,
                                       Function<DiameterMessage, CompletionStage<DiameterMessage>> send,
                                       GxSessionListener other) {
        AtomicReference<GxPolicyPusher> pusher = new AtomicReference<>();
        TimeOfDayScheduler scheduler = new TimeOfDayScheduler(timer, id -> pusher.get()
                .push(id, GxPolicyPusher.Reason.TIME_OF_DAY)
                .whenComplete((outcome, failure) -> {
                    if (failure != null) {
                        LOG.error("Session-Id={} time-of-day push failed: {}", id, failure.toString());
                    }
                }));
        AtomicReference<GxContext> context = new AtomicReference<>();
        UsageThresholdPushes usagePushes = new UsageThresholdPushes(store.sessions(),
                id -> pusher.get().push(id, GxPolicyPusher.Reason.USAGE_THRESHOLD), UsageThresholdPushes.ownThread(),
                () -> context.get().usageDecides());
        GxSessionService service = new GxSessionService(settings, dictionary, store, engine, clock,
                GxSessionListener.all(scheduler, usagePushes, other));
        context.set(service.context());
        pusher.set(new GxPolicyPusher(service, send));
        return new GxApplication(service, pusher.get(), scheduler);
    }

    /** What the S9a side of reverse-initiated establishment needs from Gx (installed policy, rejections). */
    public GxPolicyPort policyPort() {
        return new GxQosPort(service.context(), pusher);
    }

    /**
     * A port for a Gx application created later: establishment needs the port before
     * {@link #create} can take its listener, so the node hands this one over and sets {@code gx}.
     */
    public static GxPolicyPort policyPort(Supplier<GxApplication> gx) {
        return new GxPolicyPort() {
            @Override
            public CompletionStage<PolicyState> installedPolicy(IpCanSession session) {
                return gx.get().policyPort().installedPolicy(session);
            }

            @Override
            public CompletionStage<Void> qosRulesRejected(IpCanSession session, List<RejectedQosRule> rejected) {
                return gx.get().policyPort().qosRulesRejected(session, rejected);
            }

            @Override
            public CompletionStage<PolicyState> fixedPolicy(IpCanSession session) {
                return gx.get().policyPort().fixedPolicy(session);
            }

            @Override
            public CompletionStage<List<io.pcrfd.pcrf.policy.UsageGrant>> fixedUsage(
                    IpCanSession session, String reportId, List<io.pcrfd.pcrf.policy.UsageReport> reports) {
                return gx.get().policyPort().fixedUsage(session, reportId, reports);
            }
        };
    }

    /** The subscribers' usage metering, for the admin REST API. */
    public SubscriberMetering metering() {
        return new SubscriberMetering(service.context(), pusher);
    }

    /** Where decisions find the Rx AF sessions of an IP-CAN session (set by the Rx module). */
    public GxAfSessions afSessions() {
        return service.context().afSessions();
    }

    /**
     * The Rx media types the policy refuses an AF on the session {@code s} now
     * ({@code refuseMedia} of the plan's rules that hold, TS 29.214 §4.4.1).
     */
    public CompletionStage<java.util.Set<io.pcrfd.pcrf.policy.MediaKind>> refusedMedia(IpCanSession s) {
        GxContext ctx = service.context();
        return ctx.situation(s).thenApply(situation -> ctx.engine().get().refusedMedia(situation));
    }

    /** The dispatcher's handler for Gx CCR. */
    public CompletionStage<DiameterMessage> handle(DiameterMessage ccr) {
        return service.handle(ccr);
    }
}
