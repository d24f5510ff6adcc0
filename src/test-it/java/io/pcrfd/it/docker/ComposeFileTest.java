package io.pcrfd.it.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.config.PeerConfig;
import io.pcrfd.pcrf.config.Role;
import io.pcrfd.pcrf.config.StoreConfig;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * docker/compose.yaml without a Docker engine: each node's mounted sample configuration, with the
 * image's and the service's environment applied, is a valid configuration that makes the nodes
 * find each other (service names, ports), publishes what it serves and cannot deadlock on
 * readiness.
 */
class ComposeFileTest {

    /** The configuration the service's container loads: its PCRFD_CONFIG file, mounted from config/. */
    @SuppressWarnings("unchecked")
    static NodeConfig configOf(String service) {
        Map<String, String> env = new LinkedHashMap<>(DockerFiles.imageEnvironment());
        ((Map<String, Object>) DockerFiles.service(service).get("environment")).forEach((k, v) -> env.put(k,
                String.valueOf(v)));
        assertThat((List<String>) DockerFiles.service(service).get("volumes")).contains("../config:/etc/pcrfd:ro");
        String file = env.get("PCRFD_CONFIG");
        assertThat(file).startsWith("/etc/pcrfd/");
        return ConfigLoader.load(DockerFiles.ROOT.resolve("config").resolve(file.substring("/etc/pcrfd/".length())),
                env);
    }

    @SuppressWarnings("unchecked")
    static List<String> ports(String service) {
        return (List<String>) DockerFiles.service(service).get("ports");
    }

    @Test
    void thePcrfKeepsItsSessionsInTheRedisServiceAndPublishesGxAndItsApi() {
        NodeConfig pcrf = configOf("pcrf");
        assertThat(pcrf.role()).isEqualTo(Role.PCRF);
        assertThat(pcrf.store().type()).isEqualTo(StoreConfig.Type.REDIS);
        assertThat(pcrf.store().redis().uri()).isEqualTo("redis://redis:6379");
        assertThat(DockerFiles.compose().get("services")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsKeys("redis", "pcrf", "bpcf", "ocs", "dra");
        assertThat(pcrf.diameter().listen().get(0).address()).isEqualTo("0.0.0.0");
        assertThat(pcrf.rest().address()).isEqualTo("0.0.0.0");
        assertThat(ports("pcrf")).containsExactly(pcrf.diameter().listen().get(0).port() + ":3868",
                "127.0.0.1:" + pcrf.rest().port() + ":" + pcrf.rest().port());
    }

    @Test
    void theBpcfDialsThePcrfServiceAndListensForIt() {
        NodeConfig bpcf = configOf("bpcf");
        NodeConfig pcrf = configOf("pcrf");
        assertThat(bpcf.role()).isEqualTo(Role.BPCF);
        PeerConfig toPcrf = bpcf.diameter().peer(pcrf.diameter().originHost());
        assertThat(toPcrf.address()).isEqualTo("pcrf");
        assertThat(toPcrf.port()).isEqualTo(pcrf.diameter().listen().get(0).port());
        assertThat(toPcrf.connect()).isTrue();
        assertThat(bpcf.diameter().listen().get(0).address()).isEqualTo("0.0.0.0");
        assertThat(bpcf.rest().address()).isEqualTo("0.0.0.0");
        assertThat(ports("bpcf")).containsExactly("127.0.0.1:" + bpcf.rest().port() + ":" + bpcf.rest().port());
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachHealthCheckProbesTheRestPortItsNodeUsesAndTheBpcfWaitsForAPcrfThatNeedsNoBpcf() {
        for (String service : List.of("pcrf", "bpcf")) {
            Map<String, Object> env = (Map<String, Object>) DockerFiles.service(service).get("environment");
            assertThat(String.valueOf(env.get("PCRFD_REST_PORT"))).as(service + ": the HEALTHCHECK's port")
                    .isEqualTo(String.valueOf(configOf(service).rest().port()));
        }
        Map<String, Object> dependsOn = (Map<String, Object>) DockerFiles.service("bpcf").get("depends_on");
        assertThat(dependsOn.get("pcrf")).isEqualTo(Map.of("condition", "service_healthy"));
        // readiness requires only peers a node dials: the PCRF dials nobody, so it is ready without the BPCF
        assertThat(configOf("pcrf").diameter().peers()).noneMatch(PeerConfig::connect);
    }

    @Test
    void prometheusScrapesBothNodesAndPromtoolAcceptsItsConfig() throws Exception {
        Path prometheus = DockerFiles.ROOT.resolve("docker/prometheus.yml");
        String text = Files.readString(prometheus);
        assertThat(text).contains("pcrf:" + configOf("pcrf").rest().port(), "bpcf:" + configOf("bpcf").rest().port(),
                "ocs:" + configOf("ocs").rest().port());
        assumeTrue(onPath("promtool"), "promtool is not installed (Debian package 'prometheus'): its check is skipped");
        Process p = new ProcessBuilder("promtool", "check", "config", prometheus.toString()).redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }

    static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
