package io.pcrfd.dra;

import io.pcrfd.diameter.peer.DiameterNode;
import io.pcrfd.diameter.peer.PeerStatus;
import io.pcrfd.diameter.peer.routing.Route;
import io.pcrfd.dra.rest.DraApi;
import io.pcrfd.pcrf.config.DraConfig;
import io.pcrfd.pcrf.config.DraPoolConfig;
import io.pcrfd.pcrf.config.DraRouteConfig;
import io.pcrfd.pcrf.health.Readiness;
import io.pcrfd.pcrf.metrics.NodeMetrics;
import io.pcrfd.store.DraStore;
import io.pcrfd.store.StoreException;
import io.pcrfd.store.model.PcrfBinding;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** The running DRA as its REST API sees it; every call may block briefly on the binding store. */
final class DraAdmin implements DraApi {
    private static final long STORE_WAIT_SECONDS = 10;

    private final DraConfig config;
    private final DraStore store;
    private final DiameterNode node;
    private final Readiness readiness;
    private final NodeMetrics metrics;
    private final Supplier<Map<String, Long>> counters;

    DraAdmin(DraConfig config, DraStore store, DiameterNode node, Readiness readiness, NodeMetrics metrics,
             Supplier<Map<String, Long>> counters) {
        this.config = config;
        this.store = store;
        this.node = node;
        this.readiness = readiness;
        this.metrics = metrics;
        this.counters = counters;
    }

    @Override
    public Optional<BindingView> bindingByImsi(String imsi, String apn) {
        return await(store.binding(imsi, apn)).map(this::view);
    }

    @Override
    public Optional<BindingView> bindingByAlternate(String alternateKey) {
        return await(store.bindingByAlternate(alternateKey)).map(this::view);
    }

    @Override
    public boolean removeBinding(String imsi, String apn) {
        return await(store.removeBinding(PcrfBinding.key(imsi, apn)));
    }

    @Override
    public boolean bindingPerApn() {
        return config.bindingPerApn();
    }

    @Override
    public List<PoolView> pools() {
        return config.pools().stream().map(this::pool).toList();
    }

    @Override
    public Map<String, Long> counters() {
        return counters.get();
    }

    @Override
    public Readiness.Report readiness() {
        return readiness.check();
    }

    @Override
    public String metrics() {
        return metrics.scrape();
    }

    private PoolView pool(DraPoolConfig p) {
        return new PoolView(p.name(), p.routingTable(), p.onPcrfDown().name().toLowerCase(java.util.Locale.ROOT),
                config.routingTable(p.routingTable()).routes().stream().map(this::pcrf).toList());
    }

    private PcrfView pcrf(DraRouteConfig r) {
        Optional<PeerStatus> s = node.peer(r.host());
        return new PcrfView(r.host(), r.priority(), r.weight(), s.map(x -> x.state().name()).orElse("CLOSED"),
                s.map(x -> x.watchdog().name()).orElse("-"),
                s.map(x -> x.health() != Route.Health.UNAVAILABLE).orElse(false));
    }

    private BindingView view(PcrfBinding b) {
        return new BindingView(b.imsi(), b.apn(), b.pcrfHost(), b.pool(), b.confirmed(), b.createdBy(),
                b.alternateKeys(), b.createdAt().toString(), await(store.sessionsOf(b.key())));
    }

    private static <T> T await(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(STORE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new StoreException(e.getCause().toString());
        } catch (TimeoutException e) {
            throw new StoreException("the binding store did not answer within " + STORE_WAIT_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the binding store");
        }
    }
}
