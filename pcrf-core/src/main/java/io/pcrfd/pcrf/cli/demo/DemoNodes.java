package io.pcrfd.pcrf.cli.demo;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.config.Role;
import io.pcrfd.pcrf.establishment.EstablishmentModule;
import io.pcrfd.pcrf.node.NodeEnvironment;
import io.pcrfd.pcrf.node.PcrfNode;
import io.pcrfd.pcrf.runtime.LogLevels;
import io.pcrfd.pcrf.runtime.Roles;
import io.pcrfd.pcrf.runtime.RunningNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The demo's three nodes on loopback and the two relays that record the wire between them:
 * PCEF -> relay -> PCRF (Gx) and BPCF -> relay -> PCRF (S9a; the PCRF's TER and RARs travel
 * back over the connection the BPCF opened, as with config/bpcf.yaml). The PCRF binds a free
 * port; the BPCF only dials out. The BPCF is found through ServiceLoader ({@link Roles}), as
 * {@code pcrfd run} finds it, so pcrf-core names nothing of bpcf-agent.
 */
final class DemoNodes implements AutoCloseable {
    static final List<String> COLUMNS = List.of("PCEF", "PCRF", "BPCF");

    final Ladder ladder = new Ladder(COLUMNS);
    final Path dir;
    final PcrfNode pcrf;
    final int bpcfRestPort;
    final Dictionary dictionary;
    private final WireRelay gxRelay;
    private final WireRelay s9aRelay;
    private RunningNode bpcf;
    private DemoPcef pcef;

    DemoNodes(String encoding, String mode) {
        this(encoding, mode, DemoConfigs.policy(false));
    }

    /** The same with {@code policy} as the PCRF's policy file. */
    DemoNodes(String encoding, String mode, String policy) {
        dir = tempDir();
        write(policy);
        NodeConfig config = ConfigLoader.load(DemoConfigs.pcrf(dir.resolve("policy.yaml").toString(), encoding, mode),
                dir, Map.of());
        LogLevels.apply(config.logging()); // warn: the ladder is the output
        pcrf = PcrfNode.start(config, NodeEnvironment.DEFAULTS.withEphemeralPorts(true));
        dictionary = EstablishmentModule.dictionary(config);
        int port = pcrf.diameterAddresses().get(0).getPort();
        gxRelay = new WireRelay(dictionary, port, "PCEF", "PCRF", ladder::record);
        s9aRelay = new WireRelay(dictionary, port, "BPCF", "PCRF", ladder::record);
        bpcfRestPort = freePort();
    }

    /** Starts the BPCF and the PCEF, each dialling the PCRF through its relay. */
    void connect() {
        bpcf = Roles.find(Role.BPCF).start(ConfigLoader.load(DemoConfigs.bpcf(s9aRelay.port(), bpcfRestPort), dir,
                Map.of()));
        pcef = new DemoPcef(dictionary, DemoConfigs.PCRF, DemoConfigs.REALM, gxRelay.port());
    }

    DemoPcef pcef() {
        return pcef;
    }

    /** Whether the PCRF sees {@code host} open with its watchdog OKAY (it routes to it then). */
    boolean peerUp(String host) {
        return pcrf.diameter().peer(host).map(s -> s.state().isOpen() && "OKAY".equals(s.watchdog().name()))
                .orElse(false);
    }

    boolean pcefSeesPcrf() {
        return pcef.node().peer(DemoConfigs.PCRF).map(s -> s.state().isOpen() && "OKAY".equals(s.watchdog().name()))
                .orElse(false);
    }

    /** Replaces the policy file (the demo's policy change; the caller reloads it). */
    void write(String policy) {
        try {
            Files.writeString(dir.resolve("policy.yaml"), policy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (pcef != null) {
            pcef.close();
        }
        if (bpcf != null) {
            bpcf.shutdown(Duration.ofSeconds(1));
        }
        pcrf.shutdown(Duration.ofSeconds(1));
        gxRelay.close();
        s9aRelay.close();
        try {
            Files.deleteIfExists(dir.resolve("policy.yaml"));
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("pcrfd-demo");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A free loopback port for the BPCF's REST API (its role runtime binds configured ports only). */
    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
