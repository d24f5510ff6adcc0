package io.pcrfd.it.docker;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.config.PeerConfig;
import io.pcrfd.pcrf.config.Role;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker/compose.yaml's OCS and Policy DRA services, and docker/compose.sy.yaml (Sy on), without
 * a Docker engine: every pcrfd service's file loads with the role it is started for, listens
 * where the other containers reach it, publishes the ports of its sample, and the nodes a node
 * dials are services whose configuration has that identity and port.
 */
class ComposeRolesTest {
    private static final Map<String, Role> ROLES = Map.of("pcrf", Role.PCRF, "bpcf", Role.BPCF, "ocs", Role.OCS,
            "dra", Role.DRA, "pcrf1", Role.PCRF, "pcrf2", Role.PCRF);

    @SuppressWarnings("unchecked")
    static List<String> pcrfdServices() {
        Map<String, Object> services = (Map<String, Object>) DockerFiles.compose().get("services");
        return services.entrySet().stream()
                .filter(e -> "pcrfd:local".equals(((Map<String, Object>) e.getValue()).get("image")))
                .map(Map.Entry::getKey).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyPcrfdServiceLoadsItsSampleWithItsRoleAndItsHealthCheckPort() {
        assertThat(pcrfdServices()).containsExactlyInAnyOrderElementsOf(ROLES.keySet());
        for (String service : pcrfdServices()) {
            NodeConfig config = ComposeFileTest.configOf(service);
            assertThat(config.role()).as(service).isEqualTo(ROLES.get(service));
            assertThat(config.diameter().listen()).as(service).allMatch(l -> l.address().equals("0.0.0.0"));
            assertThat(config.rest().address()).as(service).isEqualTo("0.0.0.0");
            Map<String, Object> env = (Map<String, Object>) DockerFiles.service(service).get("environment");
            assertThat(String.valueOf(env.get("PCRFD_REST_PORT"))).as(service + ": the HEALTHCHECK's port")
                    .isEqualTo(String.valueOf(config.rest().port()));
        }
    }

    @Test
    void theOcsPublishesGyAndItsApiOnTheSamplePortsAndKeepsItsStateOnAVolume() {
        NodeConfig ocs = ComposeFileTest.configOf("ocs");
        assertThat(ocs.diameter().listen().get(0).port()).isEqualTo(3872);
        assertThat(ocs.rest().port()).isEqualTo(8084);
        assertThat(ComposeFileTest.ports("ocs")).containsExactly("3872:3872", "127.0.0.1:8084:8084");
        assertThat(ocs.ocs().stateFile().toString()).isEqualTo("/var/lib/pcrfd/ocs-state.txt");
        assertThat(volumes("ocs")).contains("ocs-state:/var/lib/pcrfd");
        assertThat(ocs.diameter().peers()).as("the OCS dials nobody: ready without the PCRF").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDraDialsBothPoolPcrfsAtTheirServicesAndWaitsForThem() {
        NodeConfig dra = ComposeFileTest.configOf("dra");
        assertThat(dra.diameter().listen().get(0).port()).isEqualTo(3870);
        assertThat(dra.rest().port()).isEqualTo(8082);
        assertThat(ComposeFileTest.ports("dra")).containsExactly("3870:3870", "127.0.0.1:8082:8082");
        Map<String, Object> dependsOn = (Map<String, Object>) DockerFiles.service("dra").get("depends_on");
        assertThat(dra.diameter().peers()).hasSize(2).allMatch(PeerConfig::connect);
        for (PeerConfig peer : dra.diameter().peers()) {
            NodeConfig pcrf = ComposeFileTest.configOf(peer.address());
            assertThat(pcrf.diameter().originHost()).isEqualTo(peer.host());
            assertThat(pcrf.diameter().listen().get(0).port()).isEqualTo(peer.port());
            assertThat(pcrf.diameter().peers()).noneMatch(PeerConfig::connect);
            assertThat(dependsOn.get(peer.address())).isEqualTo(Map.of("condition", "service_healthy"));
            assertThat(DockerFiles.service(peer.address()).get("profiles")).isEqualTo(List.of("dra"));
        }
        assertThat(DockerFiles.service("dra").get("profiles")).isEqualTo(List.of("dra"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSyOverlayMakesThePcrfDialTheOcsServiceAndNameItInSyOcs() throws Exception {
        Map<String, Object> overlay = (Map<String, Object>) ((Map<String, Object>) new Yaml()
                .load(Files.readString(DockerFiles.ROOT.resolve("docker/compose.sy.yaml")))).get("services");
        Map<String, Object> pcrfOverlay = (Map<String, Object>) overlay.get("pcrf");
        assertThat(overlay).containsOnlyKeys("pcrf");
        NodeConfig pcrf = withOverlay("pcrf", (Map<String, Object>) pcrfOverlay.get("environment"));
        NodeConfig ocs = ComposeFileTest.configOf("ocs");
        String ocsHost = ocs.diameter().originHost();
        PeerConfig toOcs = pcrf.diameter().peer(ocsHost);
        assertThat(toOcs.address()).isEqualTo("ocs");
        assertThat(toOcs.port()).isEqualTo(ocs.diameter().listen().get(0).port());
        assertThat(toOcs.realm()).isEqualTo(ocs.diameter().originRealm());
        assertThat(toOcs.connect()).isTrue();
        assertThat(pcrf.sy().ocs().host()).isEqualTo(ocsHost);
        assertThat(pcrf.sy().ocs().realm()).isEqualTo(ocs.diameter().originRealm());
        assertThat(pcrf.store().redis().uri()).as("the base service's keys still apply").isEqualTo("redis://redis:6379");
        assertThat(((Map<String, Object>) pcrfOverlay.get("depends_on")).get("ocs"))
                .as("the PCRF now dials the OCS, so its readiness waits for it")
                .isEqualTo(Map.of("condition", "service_healthy"));
        assertThat(ComposeFileTest.configOf("pcrf").sy().ocs()).as("Sy is off without the overlay").isNull();
    }

    /** The service's configuration with the overlay's environment merged over compose.yaml's (as compose does). */
    @SuppressWarnings("unchecked")
    private static NodeConfig withOverlay(String service, Map<String, Object> overlayEnv) {
        Map<String, String> env = new LinkedHashMap<>(DockerFiles.imageEnvironment());
        ((Map<String, Object>) DockerFiles.service(service).get("environment"))
                .forEach((k, v) -> env.put(k, String.valueOf(v)));
        overlayEnv.forEach((k, v) -> env.put(k, String.valueOf(v)));
        String file = env.get("PCRFD_CONFIG").substring("/etc/pcrfd/".length());
        return ConfigLoader.load(DockerFiles.ROOT.resolve("config").resolve(file), env);
    }

    @SuppressWarnings("unchecked")
    private static List<String> volumes(String service) {
        return (List<String>) DockerFiles.service(service).get("volumes");
    }
}
