package io.pcrfd.pcrf.cli.demo;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.config.Role;
import io.pcrfd.pcrf.node.NodeEnvironment;
import io.pcrfd.pcrf.node.PcrfNode;
import io.pcrfd.pcrf.runtime.LogLevels;
import io.pcrfd.pcrf.runtime.Roles;
import io.pcrfd.pcrf.runtime.RunningNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The family scenario's nodes on loopback: the OCS role (found through ServiceLoader,
 * {@link Roles}, as {@code pcrfd run} finds it, so nothing outside the OCS package names it), the
 * PCRF (dialling the OCS through a relay, as with config/pcrf.yaml's sy section) and the PCEF
 * (dialling the PCRF through a relay). Both relays record into one {@link Ladder}, so Gx and Sy
 * appear in wire order. The OCS's Diameter and REST ports are probed free beforehand (a role
 * runtime binds configured ports only).
 */
final class FamilyNodes implements AutoCloseable {
    static final List<String> COLUMNS = List.of("PCEF", "PCRF", "OCS");

    final Ladder ladder = new Ladder(COLUMNS);
    final RunningNode ocs;
    final int ocsRestPort;
    final PcrfNode pcrf;
    private final Path dir;
    private final WireRelay syRelay;
    private final WireRelay gxRelay;
    private final DemoPcef pcef;

    FamilyNodes() {
        dir = tempDir();
        int ocsPort = freePort();
        ocsRestPort = freePort();
        write("ocs.yaml", FamilyConfigs.ocs(ocsPort, ocsRestPort));
        write("policy.yaml", FamilyConfigs.policy());
        NodeConfig ocsConfig = ConfigLoader.load(dir.resolve("ocs.yaml"), Map.of());
        LogLevels.apply(ocsConfig.logging()); // warn: the ladder is the output
        ocs = Roles.find(Role.OCS).start(ocsConfig);
        Dictionary dictionary = Dictionary.standard();
        syRelay = new WireRelay(dictionary, ocsPort, "PCRF", "OCS", ladder::record);
        NodeConfig config = ConfigLoader.load(FamilyConfigs.pcrf(dir.resolve("policy.yaml").toString(), syRelay.port()),
                dir, Map.of());
        LogLevels.apply(config.logging());
        try {
            pcrf = PcrfNode.start(config, NodeEnvironment.DEFAULTS.withEphemeralPorts(true));
        } catch (RuntimeException e) {
            syRelay.close();
            ocs.shutdown(Duration.ZERO);
            throw e;
        }
        gxRelay = new WireRelay(dictionary, pcrf.diameterAddresses().get(0).getPort(), "PCEF", "PCRF",
                ladder::record);
        pcef = new DemoPcef(dictionary, FamilyConfigs.PCRF, FamilyConfigs.REALM, gxRelay.port());
    }

    DemoPcef pcef() {
        return pcef;
    }

    /** The PCRF has the OCS and the PCEF open with their watchdogs OKAY, and the PCEF the PCRF. */
    boolean connected() {
        return open(pcrf.diameter().peer(FamilyConfigs.OCS)) && open(pcrf.diameter().peer(DemoPcef.HOST))
                && open(pcef.node().peer(FamilyConfigs.PCRF));
    }

    private static boolean open(java.util.Optional<io.pcrfd.diameter.peer.PeerStatus> peer) {
        return peer.map(s -> s.state().isOpen() && "OKAY".equals(s.watchdog().name())).orElse(false);
    }

    @Override
    public void close() {
        pcef.close();
        pcrf.shutdown(Duration.ofSeconds(1));
        ocs.shutdown(Duration.ofSeconds(1));
        gxRelay.close();
        syRelay.close();
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }

    private void write(String name, String text) {
        try {
            Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("pcrfd-demo-family");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
