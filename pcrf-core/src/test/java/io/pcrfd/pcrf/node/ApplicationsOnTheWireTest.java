package io.pcrfd.pcrf.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.peer.ApplicationSupport;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.pcrf.app.DiameterApplicationModule;
import io.pcrfd.pcrf.app.ModuleContext;
import io.pcrfd.pcrf.app.ServedApplication;
import io.pcrfd.pcrf.config.ConfigException;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.establishment.EstablishmentModule;
import io.pcrfd.store.Store;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** CER/CEA advertise exactly the applications the configuration switches on; the rest are 3007. */
class ApplicationsOnTheWireTest {
    private static final NodeEnvironment FREE_PORTS = NodeEnvironment.DEFAULTS.withEphemeralPorts(true);
    private static final long TEST_APP = 4_711L;
    private static final String BASE = """
            diameter:
              originHost: pcrf.test.example
              originRealm: test.example
              listen: [{address: 127.0.0.1, port: 3868}]
            rest: {enabled: false}
            store: {snapshot: {enabled: false}}
            """;
    private static final String PEERS = """
            establishment:
              peers:
                - {host: bpcf.test.example, application: s9a}
              mappings:
                - {prefix: 198.51.100.0/24, peer: bpcf.test.example}
            """;

    private static NodeConfig config(String yaml) {
        return ConfigLoader.load(yaml, null, Map.of());
    }

    /** The CEA the node answers a CER offering every application with. */
    private static DiameterMessage cea(PcrfNode pcrf) {
        try (TestPeer gw = client(pcrf)) {
            return gw.awaitReceived(m -> m.commandCode() == 257, Duration.ofSeconds(5));
        }
    }

    private static TestPeer client(PcrfNode pcrf) {
        return TestPeer.client(EstablishmentModule.dictionary(NodeConfig.defaults()), "gw.test.example", "test.example",
                pcrf.diameterAddresses().get(0).getPort(), ApplicationIds.GX, ApplicationIds.S9A, ApplicationIds.S9,
                ApplicationIds.RX, TEST_APP);
    }

    private static List<Long> authApps(DiameterMessage cea) {
        return cea.avps("Auth-Application-Id").stream().map(Avp::asUnsigned32).toList();
    }

    private static List<Long> vsaiApps(DiameterMessage cea) {
        List<Long> out = new ArrayList<>();
        for (Avp vsai : cea.avps("Vendor-Specific-Application-Id")) {
            assertThat(vsai.child("Vendor-Id").orElseThrow().asUnsigned32()).isEqualTo(10415L);
            out.add(vsai.child("Auth-Application-Id").orElseThrow().asUnsigned32());
        }
        return out;
    }

    @Test
    void aDefaultPcrfAdvertisesGxOnly() {
        try (PcrfNode pcrf = PcrfNode.start(config(BASE), FREE_PORTS)) {
            DiameterMessage cea = cea(pcrf);
            assertThat(cea.avp("Result-Code").orElseThrow().asUnsigned32()).isEqualTo(2001L);
            assertThat(authApps(cea)).containsExactly(ApplicationIds.GX);
            assertThat(vsaiApps(cea)).containsExactly(ApplicationIds.GX);
        }
    }

    @Test
    void establishmentPeersBringS9aAndS9WhenConfigured() {
        try (PcrfNode pcrf = PcrfNode.start(config(BASE + PEERS), FREE_PORTS)) {
            assertThat(authApps(cea(pcrf))).containsExactly(ApplicationIds.GX, ApplicationIds.S9A);
        }
        try (PcrfNode pcrf = PcrfNode.start(config(BASE + PEERS + "applications: {s9: on}\n"), FREE_PORTS)) {
            DiameterMessage cea = cea(pcrf);
            assertThat(authApps(cea)).containsExactly(ApplicationIds.GX, ApplicationIds.S9A, ApplicationIds.S9);
            assertThat(vsaiApps(cea)).containsExactly(ApplicationIds.GX, ApplicationIds.S9A, ApplicationIds.S9);
        }
    }

    @Test
    void rxIsAdvertisedOnlyWhenSwitchedOn() {
        try (PcrfNode pcrf = PcrfNode.start(config(BASE + "applications: {rx: auto}\n"), FREE_PORTS)) {
            assertThat(authApps(cea(pcrf))).containsExactly(ApplicationIds.GX);
        }
        try (PcrfNode pcrf = PcrfNode.start(config(BASE + "applications: {rx: on}\n"), FREE_PORTS)) {
            DiameterMessage cea = cea(pcrf);
            assertThat(authApps(cea)).containsExactly(ApplicationIds.GX, ApplicationIds.RX);
            assertThat(vsaiApps(cea)).containsExactly(ApplicationIds.GX, ApplicationIds.RX);
        }
    }

    @Test
    void anApplicationSwitchedOffIsNeitherAdvertisedNorDispatched() throws Exception {
        try (PcrfNode pcrf = PcrfNode.start(config(BASE + PEERS + "applications: {gx: off}\n"), FREE_PORTS);
             TestPeer gw = client(pcrf)) {
            DiameterMessage cea = gw.awaitReceived(m -> m.commandCode() == 257, Duration.ofSeconds(5));
            assertThat(authApps(cea)).containsExactly(ApplicationIds.S9A);
            DiameterMessage ccr = MessageBuilder.request(EstablishmentModule.dictionary(NodeConfig.defaults()),
                    ApplicationIds.GX, "CCR").add("Session-Id", "gw.test.example;1;1")
                    .originHost("gw.test.example").originRealm("test.example").add("Destination-Realm", "test.example")
                    .add("Auth-Application-Id", ApplicationIds.GX).add("CC-Request-Type", 1)
                    .add("CC-Request-Number", 0L).build();
            DiameterMessage cca = gw.request(ccr).get(5, TimeUnit.SECONDS);
            assertThat(cca.avp("Result-Code").orElseThrow().asUnsigned32()).isEqualTo(3007L);
            assertThat(cca.flags().error()).isTrue();
        }
    }

    @Test
    void badSwitchesAreOneLineNamingTheKey() {
        assertThatThrownBy(() -> PcrfNode.start(config(BASE + "applications: {sd: on}\n"), FREE_PORTS))
                .isInstanceOf(ConfigException.class)
                .hasMessage("applications.sd: the pcrf role has no application 'sd'; it has gx, s9a, s9, rx, sy");
        assertThatThrownBy(() -> PcrfNode.start(config(BASE + "applications: {sy: on}\n"), FREE_PORTS))
                .isInstanceOf(ConfigException.class)
                .hasMessage("sy.ocs: applications.sy is on but sy.ocs names no OCS (realm, and host)");
        assertThatThrownBy(() -> PcrfNode.start(config(BASE + "sy: {ocs: {realm: ocs.example}}\n"
                + "applications: {sy: off}\n"), FREE_PORTS)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("applications.sy: is off, but sy.ocs");
        assertThatThrownBy(() -> PcrfNode.start(config(BASE + PEERS + "applications: {s9a: off}\n"), FREE_PORTS))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("applications.s9a: is off, but an "
                        + "establishment.peers entry with application s9a uses it");
        assertThatThrownBy(() -> config(BASE + "applications: {gx: maybe}\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("applications.gx: expected on, off or auto, got 'maybe'");
        assertThat(ConfigLoader.load(BASE, null, Map.of("PCRFD_APPLICATIONS_S9", "on")).application("s9").name())
                .isEqualTo("ON");
    }

    @Test
    void aListedModuleIsStartedAdvertisedCountedAndStopped() {
        RecordingModule extra = new RecordingModule();
        NodeConfig c = config(BASE);
        PolicyHolder policy = PolicyHolder.load(c.policy());
        Store store = Stores.open(c.store(), FREE_PORTS.clock());
        List<DiameterApplicationModule> list = new ArrayList<>(PcrfModules.list(FREE_PORTS));
        list.add(extra);
        PcrfNode pcrf = PcrfNode.start(c, FREE_PORTS, policy, store, list);
        try {
            assertThat(extra.started.get()).isEqualTo(1);
            assertThat(authApps(cea(pcrf))).containsExactly(ApplicationIds.GX, TEST_APP);
            assertThat(pcrf.admin().counters()).containsEntry("test.requests", 7L).containsKey("gx.rarRefused");
            assertThat(extra.stopped.get()).isZero();
        } finally {
            pcrf.shutdown(Duration.ofSeconds(1));
        }
        assertThat(extra.stopped.get()).isEqualTo(1);
    }

    /** A module of an IETF-style application 4711 that records its lifecycle. */
    private static final class RecordingModule implements DiameterApplicationModule {
        final AtomicInteger started = new AtomicInteger();
        final AtomicInteger stopped = new AtomicInteger();

        @Override
        public String name() {
            return "test";
        }

        @Override
        public List<ServedApplication> applications() {
            return List.of(ServedApplication.byDefault("test", ApplicationSupport.auth(TEST_APP)));
        }

        @Override
        public void configure(ModuleContext context) {
            context.ports().require(Store.class, name());
        }

        @Override
        public void start() {
            started.incrementAndGet();
        }

        @Override
        public void stop() {
            stopped.incrementAndGet();
        }

        @Override
        public Map<String, Long> counters() {
            return Map.of("test.requests", 7L);
        }
    }
}
