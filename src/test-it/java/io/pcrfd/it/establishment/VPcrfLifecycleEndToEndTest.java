package io.pcrfd.it.establishment;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.it.Await;
import io.pcrfd.it.WireGrammar;
import io.pcrfd.pcrf.cli.demo.Ladder;
import io.pcrfd.pcrf.cli.demo.WireEvent;
import io.pcrfd.pcrf.cli.demo.WireRelay;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.establishment.TriggerResult;
import io.pcrfd.pcrf.establishment.vpcrf.VisitedS9SessionView;
import io.pcrfd.pcrf.node.NodeEnvironment;
import io.pcrfd.pcrf.node.PcrfNode;
import io.pcrfd.pcrf.policy.PolicyState;
import io.pcrfd.store.model.AccessInfo;
import io.pcrfd.store.model.IpCanSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The S9 session a pcrfd V-PCRF opens after the H-PCRF's TER (TS 29.215 §A.6.1.1.1), through its
 * whole life over TCP: the H-PCRF's RAR with new QoS rules (§4.5.2) is answered 2001 and the rules
 * are kept on the session; a release RAR (Session-Release-Cause) is answered 2001 and followed by
 * the V-PCRF's CCR-T (§4.5.3); and the S9 session ends with CCR-T when the V-PCRF's own Gx session
 * for that user ends. The V-PCRF is the shipped {@link PcrfNode} (Gx from a TestPeer PCEF); the
 * H-PCRF an {@link EstablishmentNode}; the S9 wire between them is relayed and every message both
 * write is checked against its grammar ({@link WireGrammar}).
 */
@Timeout(60)
class VPcrfLifecycleEndToEndTest {
    private static final long S9 = 16777267L;
    private static final String H = "hpcrf.home.example";
    private static final String V = "vpcrf.visited.example";
    private static final String PCEF = "pcef.visited.example";
    private static final String IMSI = "001010000000001";
    private static final String LOCAL_GX = PCEF + ";1;1";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final Ladder wire = new Ladder(List.of("V-PCRF", "H-PCRF"));
    private EstablishmentNode home;
    private WireGrammar grammar;
    private WireRelay relay;
    private Path dir;
    private PcrfNode visited;
    private TestPeer pcef;

    @BeforeEach
    void start() throws Exception {
        home = new EstablishmentNode(hPcrfYaml(), EstablishmentEndToEndTest.policy("v", 2, 1_000_000L));
        grammar = new WireGrammar(home.dictionary, Set.of("V-PCRF", "H-PCRF"), wire::record);
        relay = new WireRelay(home.dictionary, home.port(), "V-PCRF", "H-PCRF", grammar);
        dir = Files.createTempDirectory("pcrfd-vpcrf");
        Files.writeString(dir.resolve("policy.yaml"), RunningPcrfEstablishmentTest.policy(false));
        visited = PcrfNode.start(ConfigLoader.load(vPcrfYaml(relay.port()), dir, Map.of()),
                NodeEnvironment.DEFAULTS.withEphemeralPorts(true));
        pcef = TestPeer.client(home.dictionary, PCEF, "visited.example", visited.diameterAddresses().get(0).getPort(),
                ApplicationIds.GX);
        home.awaitPeer(V);
        Await.await("the PCEF at the V-PCRF", WAIT, () -> visited.diameter().peer(PCEF)
                .map(s -> s.state().isOpen()).orElse(false));
    }

    @AfterEach
    void stop() throws Exception {
        pcef.close();
        visited.shutdown(Duration.ofSeconds(1));
        relay.close();
        home.close();
        Files.deleteIfExists(dir.resolve("policy.yaml"));
        Files.deleteIfExists(dir);
        grammar.assertClean();
    }

    @Test
    void hPcrfRarIsAppliedAndItsReleaseIsAnsweredThenEndedWithCcrT() throws Exception {
        String s9 = establish();

        PolicyState hd = EstablishmentEndToEndTest.policy("hd", 2, 2_000_000L);
        home.module.trigger().onPolicyChanged(homeGx(), EstablishmentEndToEndTest.policy("v", 2, 1_000_000L), hd)
                .toCompletableFuture().get(10, TimeUnit.SECONDS);
        WireEvent rar = seen("S9 RAR with the new rule", e -> toV(e) && e.isRequest() && e.command() == 258
                && e.has("QoS-Rule-Install"));
        assertThat(rar.application()).isEqualTo(S9);
        assertThat(seen("its RAA", e -> !toV(e) && !e.isRequest() && e.command() == 258).resultCode())
                .as("handled, not 3001").isEqualTo(2001);
        assertThat(view(s9).qosRules()).containsExactly("hd");

        IpCanSession ended = home.store.sessions().close("pgw;1", home.clock.instant(), home.clock.instant())
                .toCompletableFuture().join().orElseThrow();
        home.module.trigger().onGxSessionTerminated(ended).toCompletableFuture().get(10, TimeUnit.SECONDS);
        WireEvent release = seen("release RAR", e -> toV(e) && e.isRequest() && e.has("Session-Release-Cause"));
        assertThat(release.message().avp("Session-Release-Cause").orElseThrow().enumName())
                .isEqualTo("UNSPECIFIED_REASON");
        WireEvent raa = seen("RAA to the release", e -> !toV(e) && !e.isRequest() && e.command() == 258
                && e.message().hopByHop().equals(release.message().hopByHop()));
        assertThat(raa.resultCode()).isEqualTo(2001);
        WireEvent ccrT = seen("V-PCRF CCR-T", e -> !toV(e) && e.isRequest() && ccType(e) == 3);
        assertThat(ccrT.message().sessionId()).hasValue(s9);
        assertThat(ccrT.message().avp("CC-Request-Number").orElseThrow().asUnsigned32()).isEqualTo(1);
        assertThat(ccrT.nanos()).as("CCR-T after the RAA").isGreaterThan(raa.nanos());
        assertThat(seen("CCA-T", e -> toV(e) && !e.isRequest() && ccType(e) == 3).resultCode()).isEqualTo(2001);
        assertThat(visited.establishment().visitedS9().list()).isEmpty();
    }

    @Test
    void theS9SessionEndsWithCcrTWhenTheVPcrfsGxSessionEnds() throws Exception {
        String s9 = establish();

        DiameterMessage ccaT = pcef.request(gxCcr("TERMINATION_REQUEST", 1).add("Termination-Cause", "DIAMETER_LOGOUT")
                .build()).get(10, TimeUnit.SECONDS);
        assertThat(ccaT.avp("Result-Code").orElseThrow().asUnsigned32()).isEqualTo(2001);

        WireEvent ccrT = seen("V-PCRF CCR-T", e -> !toV(e) && e.isRequest() && ccType(e) == 3);
        assertThat(ccrT.message().sessionId()).hasValue(s9);
        assertThat(seen("CCA-T", e -> toV(e) && !e.isRequest() && ccType(e) == 3).resultCode()).isEqualTo(2001);
        Await.await("the H-PCRF's Gx session unlinked", WAIT, () -> homeGx().linkedSessions().isEmpty());
        assertThat(visited.establishment().visitedS9().list()).isEmpty();
    }

    /** The local Gx session at the V-PCRF, then the H-PCRF's trigger; returns the S9 Session-Id once up. */
    private String establish() throws Exception {
        DiameterMessage cca = pcef.request(gxCcr("INITIAL_REQUEST", 0)
                .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", IMSI))
                .add("Called-Station-Id", "internet").build()).get(10, TimeUnit.SECONDS);
        assertThat(cca.avp("Result-Code").orElseThrow().asUnsigned32()).isEqualTo(2001);
        IpCanSession gx = IpCanSession.builder("pgw;1").imsi(IMSI).apn("internet").gatewayHost("pgw.home.example")
                .access(new AccessInfo("198.51.100.7", null, 0, null)).startedAt(home.clock.instant())
                .updatedAt(home.clock.instant()).expiresAt(home.clock.instant().plusSeconds(3600)).build();
        home.store.sessions().create(gx).toCompletableFuture().join();
        TriggerResult r = home.module.trigger().onGxSessionEstablished(gx).toCompletableFuture().get(10,
                TimeUnit.SECONDS);
        assertThat(r.outcome()).as(r.detail()).isEqualTo(TriggerResult.Outcome.ACCEPTED);
        WireEvent ccrI = seen("V-PCRF CCR-I", e -> !toV(e) && e.isRequest() && ccType(e) == 1);
        String s9 = ccrI.message().sessionId().orElseThrow();
        assertThat(seen("CCA-I", e -> toV(e) && !e.isRequest() && ccType(e) == 1).resultCode()).isEqualTo(2001);
        // The S9 session is listed at its CCA-I; the local Gx sessions it serves are linked just
        // after, from the store's answer, so wait for both.
        Await.await("the V-PCRF's S9 session up, serving the local Gx session", WAIT,
                () -> visited.establishment().visitedS9().view(s9).filter(v -> v.gxSessions().contains(LOCAL_GX))
                        .isPresent());
        assertThat(view(s9).qosRules()).containsExactly("v");
        assertThat(view(s9).gxSessions()).containsExactly(LOCAL_GX);
        Await.await("linked at the H-PCRF", WAIT, () -> !homeGx().linkedSessions().isEmpty());
        return s9;
    }

    private MessageBuilder gxCcr(String type, long number) {
        return MessageBuilder.request(home.dictionary, ApplicationIds.GX, "CCR").add("Session-Id", LOCAL_GX)
                .add("Auth-Application-Id", ApplicationIds.GX).originHost(PCEF).originRealm("visited.example")
                .add("Destination-Realm", "visited.example").add("CC-Request-Type", type)
                .add("CC-Request-Number", number);
    }

    private VisitedS9SessionView view(String s9) {
        return visited.establishment().visitedS9().view(s9).orElseThrow();
    }

    private IpCanSession homeGx() {
        return home.store.sessions().get("pgw;1").toCompletableFuture().join().orElseThrow();
    }

    private WireEvent seen(String what, Predicate<WireEvent> p) throws InterruptedException {
        WireEvent e = wire.await(p, System.nanoTime() + WAIT.toNanos());
        assertThat(e).as(what + " on the S9 wire within " + WAIT + "; seen: " + wire.render()).isNotNull();
        return e;
    }

    private static boolean toV(WireEvent e) {
        return e.to().equals("V-PCRF");
    }

    private static int ccType(WireEvent e) {
        return e.command() == 272 && e.application() == S9 ? e.requestType() : 0;
    }

    private static String hPcrfYaml() {
        return """
                diameter:
                  originHost: hpcrf.home.example
                  originRealm: home.example
                  listen:
                    - address: 127.0.0.1
                      port: 3868
                  peers:
                    - host: vpcrf.visited.example
                      realm: visited.example
                      connect: false
                establishment:
                  peers:
                    - host: vpcrf.visited.example
                      encoding: ter
                      mode: notify-only
                      application: s9
                  mappings:
                    - prefix: 198.51.100.0/24
                      peer: vpcrf.visited.example
                """;
    }

    private static String vPcrfYaml(int hPort) {
        return """
                role: pcrf
                diameter:
                  originHost: vpcrf.visited.example
                  originRealm: visited.example
                  listen:
                    - address: 127.0.0.1
                      port: 3868
                  peers:
                    - host: hpcrf.home.example
                      address: 127.0.0.1
                      port: %d
                      realm: home.example
                      connect: true
                store:
                  snapshot:
                    enabled: false
                policy:
                  file: policy.yaml
                rest:
                  enabled: false
                # a V-PCRF: it answers its H-PCRF's TER on S9, which no other key implies
                applications:
                  s9: on
                """.formatted(hPort);
    }
}
