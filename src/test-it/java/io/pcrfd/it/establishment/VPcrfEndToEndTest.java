package io.pcrfd.it.establishment;

import static io.pcrfd.it.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.pcrf.establishment.TriggerResult.Outcome;
import io.pcrfd.pcrf.establishment.TriggerResult;
import io.pcrfd.store.model.AccessInfo;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.LinkedInterface;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The H-PCRF → V-PCRF variant on S9 (16777267) over TCP, and 5471 while one is under way. */
@Timeout(60)
class VPcrfEndToEndTest {
    private static final long S9 = 16777267L;
    private static final String IMSI = "001010000000001";

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

    private static String vPcrfYaml(String hPcrfHost, int port) {
        return """
                diameter:
                  originHost: vpcrf.visited.example
                  originRealm: visited.example
                  listen:
                    - address: 127.0.0.1
                      port: 3868
                  peers:
                    - host: %s
                      address: 127.0.0.1
                      port: %d
                      realm: home.example
                      connect: true
                """.formatted(hPcrfHost, port);
    }

    @Test
    void hPcrfTerIsAnsweredAndTheVPcrfOpensS9TowardsIt() {
        try (EstablishmentNode home = new EstablishmentNode(hPcrfYaml(), EstablishmentEndToEndTest.policy("v", 2, 1000L));
             EstablishmentNode visited = new EstablishmentNode(vPcrfYaml("hpcrf.home.example", home.port()), null)) {
            home.awaitPeer("vpcrf.visited.example");
            IpCanSession gx = IpCanSession.builder("pgw;1").imsi(IMSI).apn("internet").gatewayHost("pgw.home.example")
                    .access(new AccessInfo("198.51.100.7", null, 0, null)).startedAt(home.clock.instant())
                    .updatedAt(home.clock.instant()).expiresAt(home.clock.instant().plusSeconds(3600)).build();
            home.store.sessions().create(gx).toCompletableFuture().join();

            TriggerResult r = home.module.trigger().onGxSessionEstablished(gx).toCompletableFuture().join();

            assertThat(r.outcome()).as(r.detail()).isEqualTo(Outcome.ACCEPTED);
            await("the S9 session at the H-PCRF", Duration.ofSeconds(10), () -> !home.store.sessions().get("pgw;1")
                    .toCompletableFuture().join().orElseThrow().linkedSessions().isEmpty());
            assertThat(home.store.sessions().get("pgw;1").toCompletableFuture().join().orElseThrow().linkedSessions())
                    .singleElement().satisfies(l -> {
                        assertThat(l.iface()).isEqualTo(LinkedInterface.S9);
                        assertThat(l.peer()).isEqualTo("vpcrf.visited.example");
                    });
            // the link is stored before the match is counted: wait for the count, then check it is exactly one
            await("the match counted", Duration.ofSeconds(10), () -> home.module.counters().snapshot().matched() > 0);
            assertThat(home.module.counters().snapshot().matched()).isEqualTo(1);
        }
    }

    @Test
    void secondTerForTheSameUserWhileTheFirstIsUnderWayGets5471() throws Exception {
        try (TestPeer hPcrf = TestPeer.server(io.pcrfd.diameter.dictionary.Dictionary.standard(), "hpcrf.home.example",
                "home.example", S9);
             EstablishmentNode visited = new EstablishmentNode(vPcrfYaml("hpcrf.home.example", hPcrf.port()), null)) {
            hPcrf.onRequest(req -> null); // never answers the V-PCRF's CCR-I: the first stays under way
            visited.awaitPeer("hpcrf.home.example");

            DiameterMessage tea1 = hPcrf.request(ter(hPcrf, "hpcrf.home.example;1;1")).get(10, TimeUnit.SECONDS);
            DiameterMessage ccrI = hPcrf.awaitReceived(m -> m.commandCode() == 272 && m.flags().request(),
                    Duration.ofSeconds(10));
            DiameterMessage tea2 = hPcrf.request(ter(hPcrf, "hpcrf.home.example;1;2")).get(10, TimeUnit.SECONDS);

            assertThat(tea1.commandCode()).isEqualTo(8388656);
            assertThat(tea1.avp("Result-Code").orElseThrow().asUnsigned32()).isEqualTo(2001);
            assertThat(ccrI.applicationId()).isEqualTo(S9);
            assertThat(ccrI.avp("Destination-Host").orElseThrow().asUtf8String()).isEqualTo("hpcrf.home.example");
            // TS 29.215 §5.6.2: the S9 CCR names the APN and the local IP per subsession only
            Avp sub = ccrI.avp("Subsession-Enforcement-Info").orElseThrow();
            assertThat(sub.child("UE-Local-IP-Address").orElseThrow().asAddress().getHostAddress())
                    .isEqualTo("198.51.100.7");
            assertThat(sub.child("Called-Station-Id").orElseThrow().asUtf8String()).isEqualTo("internet");
            assertThat(ccrI.avp("Called-Station-Id")).as("not at the top: the S9 CCR grammar does not name it")
                    .isEmpty();
            assertThat(tea2.avp("Result-Code")).isEmpty();
            Avp er = tea2.avp("Experimental-Result").orElseThrow();
            assertThat(er.child("Vendor-Id").orElseThrow().asUnsigned32()).isEqualTo(10415);
            assertThat(er.child("Experimental-Result-Code").orElseThrow().asUnsigned32()).isEqualTo(5471);
        }
    }

    private static DiameterMessage ter(TestPeer from, String sessionId) throws Exception {
        return MessageBuilder.request(io.pcrfd.diameter.dictionary.Dictionary.standard(), S9, "TER")
                .add("Session-Id", sessionId).add("Auth-Application-Id", S9)
                .originHost(from.originHost()).originRealm("home.example")
                .add("Destination-Realm", "visited.example").add("Destination-Host", "vpcrf.visited.example")
                .add("Auth-Session-State", "NO_STATE_MAINTAINED")
                .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", IMSI))
                .add("Called-Station-Id", "internet")
                .add("UE-Local-IP-Address", InetAddress.getByName("198.51.100.7"))
                .build();
    }
}
