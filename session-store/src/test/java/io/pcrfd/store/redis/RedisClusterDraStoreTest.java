package io.pcrfd.store.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.cluster.SlotHash;
import io.pcrfd.store.Claim;
import io.pcrfd.store.DraStore;
import io.pcrfd.store.DraStoreContractTest;
import io.pcrfd.store.TestClock;
import io.pcrfd.store.model.AlternateKeys;
import io.pcrfd.store.model.BoundSession;
import io.pcrfd.store.model.PcrfBinding;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The DRA store contract on a private three-master Redis Cluster through Lettuce's cluster
 * client: two cluster clients with one key prefix are two DRA nodes. Each test has a prefix of
 * its own; the binding's slot depends on the IMSI alone ({@code {IMSI}} hash tag).
 */
class RedisClusterDraStoreTest extends DraStoreContractTest {

    private static final AtomicInteger PREFIXES = new AtomicInteger();
    private static RedisClusterProcess cluster;
    private String prefix;

    @BeforeAll
    static void startCluster() {
        Assumptions.assumeTrue(RedisServerProcess.available(),
                "redis-server is not on PATH: Redis Cluster DRA store tests skipped");
        cluster = RedisClusterProcess.start();
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Override
    protected DraStore openEmpty(TestClock clock) {
        prefix = "dra" + PREFIXES.incrementAndGet() + ":";
        return open();
    }

    @Override
    protected DraStore openSibling(TestClock clock) {
        return open();
    }

    private RedisDraStore open() {
        return RedisDraStore.openCluster(RedisStoreOptions.DEFAULTS.withKeyPrefix(prefix)
                .withCommandTimeout(Duration.ofSeconds(5)), cluster.seeds());
    }

    private static <T> T await(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static PcrfBinding binding(String imsi, String pcrf) {
        return new PcrfBinding(imsi, "internet", pcrf, "default", false, "s-" + imsi, List.of(), Instant.now());
    }

    @Test
    void bindingsOfSubscribersOnEveryMasterAreListedAndFoundByAlternateKey() throws Exception {
        try (RedisDraStore a = open(); RedisDraStore b = open()) {
            List<String> imsis = IntStream.range(0, 12).mapToObj(i -> "00101000000010" + (10 + i)).toList();
            Set<RedisClusterProcess.Node> masters = imsis.stream()
                    .map(i -> cluster.owner(SlotHash.getSlot(i))).collect(Collectors.toSet());
            assertThat(masters).as("the IMSIs spread over every master").hasSize(RedisClusterProcess.MASTERS);
            Instant exp = Instant.now().plus(Duration.ofMinutes(5));
            for (String imsi : imsis) {
                assertThat(await(a.findOrCreate(binding(imsi, "pcrf-a.example"), exp)).claimed()).isTrue();
                String ip = AlternateKeys.any(AlternateKeys.Type.IPV4, "10.1.0." + imsi.substring(13));
                await(a.confirm(PcrfBinding.key(imsi, "internet"), List.of(ip)));
                assertThat(await(b.bindingByAlternate(ip))).map(PcrfBinding::imsi).contains(imsi);
            }

            assertThat(await(b.bindings(100))).extracting(PcrfBinding::imsi).containsExactlyInAnyOrderElementsOf(imsis);
        }
    }

    /**
     * Each master has a config epoch of its own from the start (Redis Cluster specification,
     * "Configuration epoch"): with collisions left to gossip, a slot moved early could end with
     * its old and new owner sending MOVED to each other.
     */
    @Test
    void theMastersHaveConfigEpochsOfTheirOwn() {
        List<Long> epochs = cluster.nodes().stream().map(n -> n.sync().clusterInfo().lines()
                .filter(l -> l.startsWith("cluster_my_epoch:")).map(l -> Long.parseLong(l.substring(17).trim()))
                .findFirst().orElseThrow()).toList();
        assertThat(epochs).doesNotContain(0L).doesNotHaveDuplicates();
    }

    @Test
    void aBindingWhoseSlotMovesIsFollowedThroughAskAndMoved() throws Exception {
        String imsi = "001010000000777";
        int slot = SlotHash.getSlot(imsi);
        RedisClusterProcess.Node from = cluster.owner(slot);
        RedisClusterProcess.Node to = cluster.nodes().stream().filter(n -> n != from).findFirst().orElseThrow();
        try (RedisDraStore a = open(); RedisDraStore b = open()) {
            Instant exp = Instant.now().plus(Duration.ofMinutes(5));
            PcrfBinding first = binding(imsi, "pcrf-a.example");
            await(a.findOrCreate(first, exp));
            assertThat(await(a.attach(session("gx1", imsi, exp)))).isTrue();

            cluster.beginMove(slot, from, to);
            assertThat(await(b.findOrCreate(binding(imsi, "pcrf-b.example"), exp)).value().pcrfHost())
                    .as("during the move (ASK)").isEqualTo("pcrf-a.example");

            cluster.finishMove(slot, to);
            String key = prefix + "dra:b:{" + imsi + "}:internet";
            assertThatThrownBy(() -> from.sync().get(key)).isInstanceOf(RedisCommandExecutionException.class)
                    .hasMessage("MOVED " + slot + " 127.0.0.1:" + to.port());
            assertThat(to.sync().get(key)).as("the new owner serves the slot itself").contains("pcrf-a.example");
            Claim<PcrfBinding> after = await(b.findOrCreate(binding(imsi, "pcrf-c.example"), exp));
            assertThat(after.claimed()).isFalse();
            assertThat(after.value().pcrfHost()).isEqualTo("pcrf-a.example");
            assertThat(await(a.attach(session("gx2", imsi, exp)))).isTrue();
            assertThat(await(b.sessionsOf(PcrfBinding.key(imsi, "internet")))).containsExactlyInAnyOrder("gx1", "gx2");
            assertThat(to.sync().clusterCountKeysInSlot(slot)).isEqualTo(2L);
        }
    }

    private static BoundSession session(String id, String imsi, Instant exp) {
        return new BoundSession(id, PcrfBinding.key(imsi, "internet"), true, 16777238L, "pgw1.example", "example",
                "pcrf-a.example", exp);
    }
}
