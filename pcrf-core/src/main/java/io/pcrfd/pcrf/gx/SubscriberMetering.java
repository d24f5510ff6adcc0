package io.pcrfd.pcrf.gx;

import io.pcrfd.pcrf.metering.MeteringView;
import io.pcrfd.pcrf.metering.UsageMeters;
import io.pcrfd.pcrf.policy.IpCanContext;
import io.pcrfd.pcrf.policy.PolicySession;
import io.pcrfd.pcrf.policy.Situation;
import io.pcrfd.pcrf.policy.SubscriptionId;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.SubscriberId;
import io.pcrfd.store.model.SubscriberIdType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * A subscriber's usage metering as the operator sees it (the admin REST API): the view of every
 * metering policy, and the operator reset, after which the subscriber's sessions are decided
 * again (a throttle that came from the reset meters is lifted by RAR, on Gx and on S9a).
 */
public final class SubscriberMetering {
    private final GxContext ctx;
    private final GxPolicyPusher pusher;

    SubscriberMetering(GxContext ctx, GxPolicyPusher pusher) {
        this.ctx = ctx;
        this.pusher = pusher;
    }

    public boolean enabled() {
        return ctx.meters().enabled();
    }

    /** The names of the metering policies in force. */
    public Set<String> policyNames() {
        return ctx.meters().metering().plan().policies().keySet();
    }

    /**
     * Every metering policy for {@code id}: seen from its first live session's situation when it
     * has one (its access, APN, attributes), else from its profile alone.
     */
    public CompletionStage<List<MeteringView.PolicyView>> usage(SubscriberId id) {
        UsageMeters meters = ctx.meters();
        return ctx.store().sessions().findBySubscriber(id).thenCompose(sessions -> sessions.isEmpty()
                ? meters.view(id.key(), bare(id))
                : ctx.situation(sessions.get(0)).thenCompose(s -> meters.view(id.key(), s)));
    }

    /** Removes {@code policy}'s meters (every policy's when empty), then decides the sessions again. */
    public CompletionStage<Integer> reset(SubscriberId id, Optional<String> policy) {
        return ctx.meters().reset(id.key(), policy).thenCompose(removed -> ctx.store().sessions().findBySubscriber(id)
                .thenApply(sessions -> {
                    for (IpCanSession s : sessions) {
                        pusher.push(s.sessionId(), GxPolicyPusher.Reason.USAGE_THRESHOLD);
                    }
                    return removed;
                }));
    }

    private Situation bare(SubscriberId id) {
        SubscriptionId sub = id.type() == SubscriberIdType.IMSI ? SubscriptionId.imsi(id.value())
                : new SubscriptionId(SubscriptionId.Type.END_USER_E164, id.value());
        IpCanContext c = new IpCanContext(List.of(sub), null, null, null, null, null, null);
        return Situation.of(PolicySession.NEW, c, ctx.engine().get().subscriber(c), Map.of(), ctx.now(),
                ctx.settings().zone());
    }
}
