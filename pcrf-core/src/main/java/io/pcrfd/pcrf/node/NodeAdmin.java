package io.pcrfd.pcrf.node;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.pcrfd.diameter.peer.DiameterNode;
import io.pcrfd.diameter.peer.NodeCounters;
import io.pcrfd.diameter.peer.PeerStatus;
import io.pcrfd.diameter.peer.overload.OverloadControl;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.config.PeerConfig;
import io.pcrfd.pcrf.gx.GxApplication;
import io.pcrfd.pcrf.gx.GxPolicyPusher;
import io.pcrfd.pcrf.gx.PolicyRollout;
import io.pcrfd.pcrf.health.Readiness;
import io.pcrfd.pcrf.metrics.NodeMetrics;
import io.pcrfd.pcrf.policy.Policy;
import io.pcrfd.pcrf.exposure.ContextExposure;
import io.pcrfd.pcrf.exposure.SubscriberStates;
import io.pcrfd.pcrf.rest.AdminApi;
import io.pcrfd.pcrf.rest.AnalyticsApi;
import io.pcrfd.pcrf.rest.ApiError;
import io.pcrfd.pcrf.rest.SessionSearch;
import io.pcrfd.pcrf.console.SessionLadders;
import io.pcrfd.store.SessionStore;
import io.pcrfd.store.model.SubscriberId;
import io.pcrfd.store.Store;
import io.pcrfd.store.json.StoreJson;
import io.pcrfd.store.memory.InMemoryStore;
import io.pcrfd.store.model.IpCanSession;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin API over the parts of a running PCRF. Called on the REST server's virtual threads,
 * so it waits for the store and the RAA; every wait is bounded.
 */
final class NodeAdmin implements AdminApi {
    private static final Logger LOG = LoggerFactory.getLogger(NodeAdmin.class);
    /** Store reads: well above the Redis command timeout, so the store's own error comes first. */
    private static final Duration STORE_WAIT = Duration.ofSeconds(10);
    private static final Duration PUSH_SLACK = Duration.ofSeconds(5);

    private final Supplier<Map<String, Long>> modules;
    private final NodeConfig config;
    private final DiameterNode node;
    private final GxApplication gx;
    private final Store store;
    private final PolicyHolder policy;
    private final Operations operations;
    private final ContextExposure analytics;
    private final SessionLadders ladders;

    /**
     * @param readiness the readiness checks of {@code GET /health/ready}
     * @param metrics   the node's registry, scraped by {@code GET /metrics}
     * @param ladders   the sessions' recent messages, for the web console
     */
    record Operations(Readiness readiness, NodeMetrics metrics, SessionLadders ladders) {
    }

    NodeAdmin(NodeConfig config, DiameterNode node, GxApplication gx, Store store, PolicyHolder policy,
              Supplier<Map<String, Long>> modules, Operations operations) {
        this.modules = modules;
        this.operations = operations;
        this.ladders = operations.ladders();
        this.config = config;
        this.node = node;
        this.gx = gx;
        this.store = store;
        this.policy = policy;
        Duration rarBound = config.gx().rarTimeout().multipliedBy(config.gx().rarRetries() + 1L).plus(PUSH_SLACK);
        this.analytics = new ContextExposure(config.exposure().enabled(), store, () -> policy.get().policy(),
                new SubscriberStates(store.sessions(), gx.pusher(), gx.service().clock(), rarBound));
    }

    @Override
    public AnalyticsApi analytics() {
        return analytics;
    }

    @Override
    public io.pcrfd.pcrf.rest.MeteringApi metering() {
        return new NodeMetering(gx.metering());
    }

    @Override
    public Health health() {
        List<PeerStatus> peers = node.peers();
        boolean allConfiguredOpen = config.diameter().peers().stream().map(PeerConfig::host)
                .allMatch(h -> node.peer(h).map(p -> p.state().isOpen()).orElse(false));
        return new Health(allConfiguredOpen ? "UP" : "DEGRADED", config.diameter().originHost(),
                peers.stream().map(p -> new PeerHealth(p.host(), p.realm(), p.state().name(),
                        p.watchdog().name(), p.health().name())).toList());
    }

    @Override
    public Readiness.Report readiness() {
        return operations.readiness().check();
    }

    @Override
    public String metrics() {
        return operations.metrics().scrape();
    }

    @Override
    public Optional<JsonNode> session(String sessionId) {
        return await(store.sessions().get(sessionId), STORE_WAIT, "the store").map(NodeAdmin::view);
    }

    @Override
    public List<JsonNode> findSessions(SessionSearch search) {
        SessionStore sessions = store.sessions();
        CompletionStage<List<IpCanSession>> found = switch (search.by()) {
            case SESSION_ID -> sessions.get(search.value()).thenApply(s -> s.map(List::of).orElse(List.of()));
            case IMSI -> sessions.findBySubscriber(SubscriberId.imsi(search.value()));
            case UE_IPV4 -> sessions.findAllByIpv4(search.value());
            case UE_IPV6_PREFIX -> sessions.findAllByIpv6Prefix(search.value());
        };
        return await(found, STORE_WAIT, "the store").stream().map(NodeAdmin::view).toList();
    }

    @Override
    public SessionLadders ladders() {
        return ladders;
    }

    @Override
    public Reauthorization reauthorize(String sessionId) {
        Duration bound = config.gx().rarTimeout().multipliedBy(config.gx().rarRetries() + 1L).plus(PUSH_SLACK);
        GxPolicyPusher.Outcome outcome = await(gx.pusher().push(sessionId, GxPolicyPusher.Reason.OPERATOR), bound,
                "the RAR");
        LOG.info("Session-Id={} re-authorised by the operator: {}", sessionId, outcome);
        return new Reauthorization(sessionId, outcome.name());
    }

    @Override
    public PolicyReload reloadPolicy() {
        if (policy.file() == null) {
            throw new ApiError(409, "no policy file",
                    "policy.file is not set: the embedded default policy has nothing to reload");
        }
        Policy p = policy.reload();
        // Sessions already up follow the new policy: each is decided again, changes go out by RAR.
        PolicyRollout rollout = new PolicyRollout(store.sessions(), gx.pusher());
        List<String> gateways = node.peers().stream().map(PeerStatus::host).toList();
        List<String> sessions = await(rollout.sessionsOf(gateways), STORE_WAIT, "the store");
        LOG.info("policy reloaded from {}: {} plans, {} subscribers; deciding {} live sessions again",
                policy.file(), p.plans().size(), p.subscribers().size(), sessions.size());
        rollout.push(sessions).whenComplete((summary, failure) -> LOG.info(
                "policy reload pushed to {} sessions: {}", sessions.size(),
                failure == null ? summary.outcomes() : failure.toString()));
        return new PolicyReload(policy.file().toString(), p.plans().size(), p.subscribers().size(),
                sessions.size());
    }

    @Override
    public Map<String, Long> counters() {
        Map<String, Long> out = new LinkedHashMap<>();
        NodeCounters c = node.counters();
        out.put("diameter.peersOpen", node.peers().stream().filter(p -> p.state().isOpen()).count());
        out.put("diameter.duplicateRequests", c.duplicates());
        out.put("diameter.tooBusy", c.tooBusy());
        out.put("diameter.requestTimeouts", c.timeouts());
        out.put("diameter.unknownAnswers", c.unknownAnswers());
        OverloadControl o = node.overload();
        out.put("diameter.overload.pending", o.pending());
        out.put("diameter.overload.refused", o.refusedOnArrivalCount());
        out.put("diameter.overload.expired", o.refusedAgedCount());
        out.put("diameter.overload.reduction", (long) o.report().abatement().reduction());
        out.putAll(modules.get()); // each application module's own, in the role's order
        if (ladders.enabled()) {
            SessionLadders.Stats l = ladders.stats();
            out.put("console.ladder.sessions", (long) l.sessions());
            out.put("console.ladder.dropped", l.dropped());
        }
        if (store instanceof InMemoryStore memory) {
            out.put("store.sessions", (long) memory.sessionCount());
            out.put("store.expiredSessionsWaiting", (long) memory.expiredSessionCount());
            out.put("store.usageEntries", (long) memory.usageEntryCount());
            out.put("store.usageEvictions", memory.usageEvictionCount());
            out.put("store.meterSubscribers", (long) memory.meterSubscriberCount());
            out.put("store.meterEvictions", memory.meterEvictionCount());
        }
        return out;
    }

    /**
     * The stored record, with the Gx state shown as JSON: the Gx handler keeps it as JSON, with
     * the last CC-Request-Number in the record's {@code lastRequestNumber} (a record of an
     * earlier version as that number, a colon and JSON); shown as that JSON with
     * {@code lastRequestNumber} in it either way.
     */
    static JsonNode view(IpCanSession s) {
        ObjectNode json = StoreJson.mapper().valueToTree(s);
        if (s.policyState() != null) {
            json.set("policyState", policyState(s.policyState(), s.lastRequestNumber()));
        }
        return json;
    }

    private static JsonNode policyState(String text, long number) {
        int colon = text.indexOf(':');
        boolean numbered = colon > 0 && text.substring(0, colon).chars().allMatch(c -> c >= '0' && c <= '9');
        try {
            JsonNode state = StoreJson.mapper().readTree(numbered ? text.substring(colon + 1) : text);
            if (state instanceof ObjectNode o) {
                o.put("lastRequestNumber", numbered ? Long.parseLong(text.substring(0, colon)) : number);
            }
            return state;
        } catch (JsonProcessingException | NumberFormatException e) {
            return TextNode.valueOf(text); // not JSON after all: the text form, which is what the store holds
        }
    }

    static <T> T await(CompletionStage<T> stage, Duration bound, String what) {
        try {
            return stage.toCompletableFuture().get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new ApiError(504, "timeout", what + " did not answer within " + bound.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new ApiError(503, "unavailable", what + " failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(503, "unavailable", "interrupted while waiting for " + what);
        }
    }
}
