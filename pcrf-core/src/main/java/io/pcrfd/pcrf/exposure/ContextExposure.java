package io.pcrfd.pcrf.exposure;

import io.pcrfd.pcrf.policy.Policy;
import io.pcrfd.pcrf.rest.AnalyticsApi;
import io.pcrfd.pcrf.rest.ApiError;
import io.pcrfd.store.Store;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.SessionContext;
import io.pcrfd.store.model.SubscriberId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Session context exposure over the node's store: the contexts of a subscriber, its state
 * ({@link SubscriberStates}) and the IMSI list by IP address. Called on the REST server's
 * virtual threads; every store wait is bounded ({@link #STORE_WAIT}), a store failure is a 500
 * with its cause.
 */
public final class ContextExposure implements AnalyticsApi {
    /** Store reads: well above the Redis command timeout, so the store's own error comes first. */
    static final Duration STORE_WAIT = Duration.ofSeconds(10);

    private final boolean enabled;
    private final Store store;
    private final Supplier<Policy> policy;
    private final SubscriberStates states;

    /**
     * @param enabled {@code exposure.enabled}
     * @param states  how subscriber-state asks for usage reports
     */
    public ContextExposure(boolean enabled, Store store, Supplier<Policy> policy, SubscriberStates states) {
        this.enabled = enabled;
        this.store = store;
        this.policy = policy;
        this.states = states;
    }

    @Override
    public boolean enabled() {
        return enabled;
    }

    @Override
    public boolean known(SubscriberKey subscriber) {
        return inPolicy(subscriber) || !stored(subscriber).isEmpty();
    }

    @Override
    public List<Context> contexts(SubscriberKey subscriber) {
        return ContextViews.ordered(stored(subscriber));
    }

    @Override
    public SubscriberState state(SubscriberKey subscriber, long reportWaitMillis) {
        List<IpCanSession> ongoing = new ArrayList<>();
        for (SubscriberId id : ids(subscriber)) {
            await(store.sessions().findBySubscriber(id)).stream()
                    .filter(s -> id.equals(s.trafficId())).forEach(ongoing::add);
        }
        return states.state(subscriber.value(), ongoing, Duration.ofMillis(reportWaitMillis));
    }

    @Override
    public List<String> imsiList(IpQuery address, String apn, String pcef) {
        List<IpCanSession> holders = await(address.ipv4() != null
                ? store.sessions().findAllByIpv4(address.ipv4())
                : store.sessions().findAllByIpv6Prefix(address.ipv6Prefix()));
        TreeSet<String> imsis = new TreeSet<>();
        for (IpCanSession s : holders) {
            if (s.imsi() != null && (apn == null || IpCanSession.sameApn(apn, s.apn()))
                    && (pcef == null || pcef.equalsIgnoreCase(s.gatewayHost()))) {
                imsis.add(s.imsi());
            }
        }
        return List.copyOf(imsis);
    }

    private List<SessionContext> stored(SubscriberKey subscriber) {
        List<SessionContext> out = new ArrayList<>();
        for (SubscriberId id : ids(subscriber)) {
            out.addAll(await(store.contexts().findBySubscriber(id)));
        }
        return out;
    }

    /** The trafficIds a path's subscriber may be: its type, or IMSI and MSISDN for bare digits. */
    static List<SubscriberId> ids(SubscriberKey k) {
        if (k.type() == null) {
            return List.of(SubscriberId.imsi(k.value()), SubscriberId.msisdn(k.value()));
        }
        return List.of("MSISDN".equals(k.type()) ? SubscriberId.msisdn(k.value()) : SubscriberId.imsi(k.value()));
    }

    /** Listed in the policy file: an IMSI as bare digits or {@code imsi:}, an MSISDN as {@code msisdn:}. */
    private boolean inPolicy(SubscriberKey k) {
        Map<String, ?> listed = policy.get().subscribers();
        boolean imsi = k.type() == null || "IMSI".equals(k.type());
        boolean msisdn = k.type() == null || "MSISDN".equals(k.type());
        return imsi && (listed.containsKey(k.value()) || listed.containsKey("imsi:" + k.value()))
                || msisdn && listed.containsKey("msisdn:" + k.value());
    }

    static <T> T await(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(STORE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new ApiError(500, "store timeout", "the store did not answer within " + STORE_WAIT.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new ApiError(500, "store failure", "the store failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(500, "interrupted", "interrupted while waiting for the store");
        }
    }
}
