package io.pcrfd.store.redis;

import io.lettuce.core.MigrateArgs;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.cluster.models.partitions.ClusterPartitionParser;
import io.lettuce.core.cluster.models.partitions.RedisClusterNode;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.output.StatusOutput;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * A private Redis Cluster for tests: three masters ({@code redis-server --cluster-enabled yes},
 * node files in a temporary directory, persistence off) on free loopback ports, each given a
 * config epoch of its own with CLUSTER SET-CONFIG-EPOCH, slots split in three with CLUSTER
 * ADDSLOTSRANGE and joined with CLUSTER MEET, ready once every node reports
 * {@code cluster_state:ok}; stopped (and the directory deleted) by {@link #close()}. Every wait
 * polls a condition against a deadline. Public for the DRA's end-to-end tests in pcrf-core
 * (this module's test-jar).
 *
 * <p>Distinct epochs before MEET are what {@code redis-cli --cluster create} does too. Nodes
 * that meet with epoch 0 resolve the collision by gossip, one bump at a time, well after
 * {@code cluster_state:ok} (one master stays at 0), and each node learns the others' new
 * epochs late. In that window the importing node can skip its epoch bump on CLUSTER SETSLOT
 * NODE, its stale view making its epoch look newest, and own the slot at an epoch older than
 * the source's; a claim of the source's older configuration, gossiped before the source's own
 * SETSLOT, then wins the slot back (Redis Cluster specification, "Hash slots configuration
 * propagation") and source and target answer MOVED to each other.
 */
public final class RedisClusterProcess implements AutoCloseable {

    static final int MASTERS = 3;
    private static final Duration DEADLINE = Duration.ofSeconds(20);
    /** Between two looks at a condition, so polling leaves the CPU to the servers. */
    private static final Duration POLL = Duration.ofMillis(10);

    private final Path dir;
    private final List<Node> nodes = new ArrayList<>();

    /** One master: its process, client port, bus port and an admin connection. */
    record Node(Process process, int port, int busPort, RedisClient client,
                StatefulRedisConnection<String, String> connection) {
        RedisCommands<String, String> sync() {
            return connection.sync();
        }

        String uri() {
            return "redis://127.0.0.1:" + port;
        }
    }

    private RedisClusterProcess(Path dir) {
        this.dir = dir;
    }

    public static RedisClusterProcess start() {
        RedisClusterProcess c;
        try {
            c = new RedisClusterProcess(Files.createTempDirectory("pcrfd-cluster"));
        } catch (IOException e) {
            throw new IllegalStateException("no temporary directory", e);
        }
        try {
            for (int i = 0; i < MASTERS; i++) {
                c.nodes.add(c.startNode());
            }
            c.assignSlotsAndMeet();
            c.awaitOk();
            return c;
        } catch (RuntimeException e) {
            c.close();
            throw e;
        }
    }

    List<Node> nodes() {
        return nodes;
    }

    /** URIs of every master: the seeds a cluster client starts from. */
    public List<String> seeds() {
        return nodes.stream().map(Node::uri).toList();
    }

    private Node startNode() {
        int port = freePort();
        int bus = freePort();
        Process p;
        try {
            p = new ProcessBuilder(List.of("redis-server", "--save", "", "--appendonly", "no", "--bind", "127.0.0.1",
                    "--port", Integer.toString(port), "--cluster-enabled", "yes", "--cluster-port",
                    Integer.toString(bus), "--cluster-config-file", "nodes-" + port + ".conf",
                    "--cluster-node-timeout", "5000", "--dir", dir.toString()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start redis-server", e);
        }
        RedisClient client = RedisClient.create(RedisURI.create("redis://127.0.0.1:" + port));
        StatefulRedisConnection<String, String>[] conn = new StatefulRedisConnection[1];
        await("redis-server on " + port + " answers", () -> {
            if (!p.isAlive()) {
                throw new IllegalStateException("redis-server exited with " + p.exitValue());
            }
            try {
                conn[0] = client.connect(StringCodec.UTF8);
                return "PONG".equals(conn[0].sync().ping());
            } catch (RedisException e) {
                return false;
            }
        });
        return new Node(p, port, bus, client, conn[0]);
    }

    private void assignSlotsAndMeet() {
        int per = 16384 / MASTERS;
        for (int i = 0; i < MASTERS; i++) {
            int from = i * per;
            int to = i == MASTERS - 1 ? 16383 : from + per - 1;
            nodes.get(i).sync().clusterSetConfigEpoch(i + 1L);
            nodes.get(i).sync().clusterAddSlotsRange(Range.create(from, to));
        }
        for (Node n : nodes.subList(1, nodes.size())) {
            nodes.get(0).sync().dispatch(CommandType.CLUSTER, new StatusOutput<>(StringCodec.UTF8),
                    new CommandArgs<>(StringCodec.UTF8).add("MEET").add("127.0.0.1").add(n.port()).add(n.busPort()));
        }
    }

    private void awaitOk() {
        await("cluster_state:ok on every node", () -> nodes.stream().allMatch(n -> {
            String info = n.sync().clusterInfo();
            return info.contains("cluster_state:ok") && info.contains("cluster_known_nodes:" + MASTERS);
        }));
    }

    /** How many keys matching {@code pattern} (a KEYS pattern) each master holds, in master order. */
    public List<Integer> keysPerMaster(String pattern) {
        return nodes.stream().map(n -> n.sync().keys(pattern).size()).toList();
    }

    /** The master serving {@code slot}, as the first master sees it (slots move: see {@link #finishMove}). */
    Node owner(int slot) {
        String id = ownerIn(view(nodes.get(0)), slot).getNodeId();
        return nodes.stream().filter(n -> n.sync().clusterMyId().equals(id)).findFirst().orElseThrow();
    }

    /** Every node as {@code n} sees it (CLUSTER NODES): slots and config epochs. */
    private static List<RedisClusterNode> view(Node n) {
        return ClusterPartitionParser.parse(n.sync().clusterNodes()).getPartitions();
    }

    private static RedisClusterNode ownerIn(List<RedisClusterNode> view, int slot) {
        return view.stream().filter(p -> p.hasSlot(slot)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no node serves slot " + slot));
    }

    /**
     * Starts moving {@code slot} from {@code from} to {@code to}: IMPORTING on the target,
     * MIGRATING on the source, then MIGRATE of every key in it. Until {@link #finishMove}
     * the source answers ASK for those keys.
     */
    void beginMove(int slot, Node from, Node to) {
        to.sync().clusterSetSlotImporting(slot, from.sync().clusterMyId());
        from.sync().clusterSetSlotMigrating(slot, to.sync().clusterMyId());
        List<String> keys = from.sync().clusterGetKeysInSlot(slot, 1000);
        if (!keys.isEmpty()) {
            from.sync().migrate("127.0.0.1", to.port(), 0, 5000, MigrateArgs.Builder.keys(keys));
        }
    }

    /**
     * Gives {@code slot} to {@code to} on every node, the target first, and returns once every
     * node names {@code to} as its owner with the greatest config epoch it knows, so that no
     * claim the source gossiped before its own SETSLOT can win the slot back. The source then
     * answers MOVED; a cluster client that has not refreshed its slot map still asks it first.
     */
    void finishMove(int slot, Node to) {
        String id = to.sync().clusterMyId();
        to.sync().clusterSetSlotNode(slot, id);
        for (Node n : nodes) {
            if (n != to) {
                n.sync().clusterSetSlotNode(slot, id);
            }
        }
        await("every node gives slot " + slot + " to " + to.port() + " at the newest config epoch",
                () -> nodes.stream().allMatch(n -> ownsAtNewestEpoch(n, slot, id)));
    }

    private static boolean ownsAtNewestEpoch(Node n, int slot, String id) {
        List<RedisClusterNode> view = view(n);
        RedisClusterNode owner = ownerIn(view, slot);
        return owner.getNodeId().equals(id) && view.stream()
                .allMatch(o -> o.getNodeId().equals(id) || o.getConfigEpoch() < owner.getConfigEpoch());
    }

    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not within " + DEADLINE + ": " + what);
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
    }

    @Override
    public void close() {
        for (Node n : nodes) {
            n.connection().close();
            n.client().shutdown(Duration.ZERO, Duration.ofSeconds(1));
            n.process().destroyForcibly();
            try {
                n.process().waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try (var files = Files.walk(dir)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
