package io.pcrfd.it.establishment;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.peer.DiameterNode;
import io.pcrfd.diameter.peer.Dispatcher;
import io.pcrfd.it.Await;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.establishment.EstablishmentModule;
import io.pcrfd.pcrf.establishment.s9a.GxPolicyPort;
import io.pcrfd.pcrf.node.DiameterOptions;
import io.pcrfd.pcrf.policy.PolicyState;
import io.pcrfd.store.memory.InMemoryStore;
import io.pcrfd.store.memory.InMemoryStoreOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** One pcrfd PCRF node with only the establishment module on its dispatcher, from YAML. */
final class EstablishmentNode implements AutoCloseable {
    final Clock clock = Clock.systemUTC();
    final InMemoryStore store = InMemoryStore.open(new InMemoryStoreOptions(Optional.empty(), Duration.ZERO), clock);
    final ExecutorService afterAnswer = Executors.newVirtualThreadPerTaskExecutor();
    final Dictionary dictionary;
    final DiameterNode node;
    final EstablishmentModule module;

    EstablishmentNode(String yaml, PolicyState policy) {
        NodeConfig config = ConfigLoader.load(yaml, Path.of("."), Map.of());
        dictionary = EstablishmentModule.dictionary(config);
        Dispatcher dispatcher = new Dispatcher();
        node = DiameterNode.create(dictionary, DiameterOptions.from(config.diameter(), EstablishmentModule.APPLICATIONS,
                clock.millis() / 1000, true), dispatcher);
        GxPolicyPort gx = new GxPolicyPort() {
            @Override
            public CompletableFuture<PolicyState> installedPolicy(io.pcrfd.store.model.IpCanSession s) {
                return CompletableFuture.completedFuture(policy);
            }

            @Override
            public CompletableFuture<Void> qosRulesRejected(io.pcrfd.store.model.IpCanSession s,
                                                            List<RejectedQosRule> r) {
                return CompletableFuture.completedFuture(null);
            }
        };
        module = EstablishmentModule.create(config, dictionary, store, gx, node::send, afterAnswer, clock);
        module.register(dispatcher);
        node.subscribe(module::onNodeEvent);
        node.start();
    }

    int port() {
        return node.localAddresses().get(0).getPort();
    }

    /** Waits until {@code host}'s connection is open and its watchdog OKAY (routable). */
    void awaitPeer(String host) {
        Await.await(host + " open", Duration.ofSeconds(10), () -> node.peer(host)
                .map(s -> s.state().name().endsWith("OPEN") && "OKAY".equals(s.watchdog().name())).orElse(false));
    }

    @Override
    public void close() {
        node.close();
        afterAnswer.shutdownNow();
        store.close();
    }
}
