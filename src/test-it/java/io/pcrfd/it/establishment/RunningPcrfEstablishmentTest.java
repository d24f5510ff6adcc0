package io.pcrfd.it.establishment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.it.Await;
import io.pcrfd.pcrf.cli.demo.WireEvent;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reverse-initiated establishment through the shipped runtimes: {@code PcrfNode} with
 * establishment wired in, {@code BpcfNode}, a TestPeer PCEF. Everything on S9a is asserted as
 * the relay between the BPCF and the PCRF read it off the socket.
 */
class RunningPcrfEstablishmentTest {
    private static final long S9A = 16777319L;
    private static final long TER = 8388656L;
    private static final String UE_LOCAL_IP = "198.51.100.7";
    private static final String GX_SESSION = RunningPcrfFixture.PCEF + ";1;7";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private RunningPcrfFixture f;

    @BeforeEach
    void start() throws Exception {
        f = new RunningPcrfFixture(policy(false));
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    @Test
    void wlanCcrTriggersTheBpcfWhoseS9aSessionFollowsTheGxSessionToItsEnd() throws Exception {
        DiameterMessage cca = f.pcef.request(f.wlanInitial(GX_SESSION, "001010000000077", UE_LOCAL_IP)).get(10,
                java.util.concurrent.TimeUnit.SECONDS);
        assertThat(resultCode(cca)).isEqualTo(2001);

        WireEvent ter = seen("TER to the BPCF", e -> toBpcf(e) && e.isRequest() && e.command() == TER);
        assertThat(ter.application()).isEqualTo(S9A);
        assertThat(ter.message().flags().proxiable()).as("TER has R and P set").isTrue();
        assertThat(ter.message().avp("PCRF-Address").orElseThrow().asUtf8String()).isEqualTo(RunningPcrfFixture.PCRF);
        assertThat(ter.message().avp("UE-Local-IP-Address").orElseThrow().asAddress())
                .isEqualTo(InetAddress.getByName(UE_LOCAL_IP));
        assertThat(ter.message().avp("Auth-Session-State").orElseThrow().enumName()).isEqualTo("NO_STATE_MAINTAINED");
        seen("TEA 2001", e -> !toBpcf(e) && !e.isRequest() && e.command() == TER && e.resultCode() == 2001);
        WireEvent ccrI = seen("BPCF CCR-I on S9a", e -> !toBpcf(e) && e.isRequest() && cc(e, 1));
        WireEvent ccaI = seen("CCA-I", e -> toBpcf(e) && !e.isRequest() && cc(e, 1));
        assertThat(ccaI.resultCode()).isEqualTo(2001);
        assertThat(ruleNames(ccaI, "QoS-Rule-Install")).containsExactly("video");
        String s9aSession = ccrI.message().sessionId().orElseThrow();
        Await.await("the S9a session linked to the Gx session", WAIT, () -> linked(s9aSession));

        f.writePolicy(policy(true));
        assertThat(f.rest("POST", "/policy/reload").statusCode()).isEqualTo(200);
        assertThat(f.rest("POST", "/sessions/" + GX_SESSION + "/reauthorize").statusCode()).isEqualTo(202);
        WireEvent rar = seen("S9a RAR with the new rule", e -> toBpcf(e) && e.isRequest() && e.command() == 258
                && e.has("QoS-Rule-Install"));
        assertThat(rar.message().sessionId().orElseThrow()).isEqualTo(s9aSession);
        assertThat(ruleNames(rar, "QoS-Rule-Install")).containsExactly("voice");
        seen("S9a RAA 2001", e -> !toBpcf(e) && !e.isRequest() && e.command() == 258 && e.resultCode() == 2001);

        DiameterMessage ccaT = f.pcef.request(f.ccr(GX_SESSION, "TERMINATION_REQUEST", 1)
                .add("Termination-Cause", "DIAMETER_LOGOUT").build()).get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(resultCode(ccaT)).isEqualTo(2001);
        WireEvent release = seen("RAR with Session-Release-Cause", e -> toBpcf(e) && e.isRequest()
                && e.has("Session-Release-Cause"));
        // TS 29.212 §5.3.44: IP_CAN_SESSION_TERMINATION (3) is for Sd only; S9a gets UNSPECIFIED_REASON (0)
        assertThat(release.message().avp("Session-Release-Cause").orElseThrow().asInt()).isZero();
        assertThat(release.message().avp("Session-Release-Cause").orElseThrow().enumName())
                .isEqualTo("UNSPECIFIED_REASON");
        seen("BPCF CCR-T", e -> !toBpcf(e) && e.isRequest() && cc(e, 3)
                && e.message().sessionId().orElseThrow().equals(s9aSession));
        assertThat(seen("CCA-T", e -> toBpcf(e) && !e.isRequest() && cc(e, 3)).resultCode()).isEqualTo(2001);
        assertThat(f.pcrf.admin().counters()).containsEntry("establishment.triggersSent", 1L)
                .containsEntry("establishment.matched", 1L);
    }

    private boolean linked(String s9aSession) {
        try {
            JsonNode json = new ObjectMapper().readTree(f.rest("GET", "/sessions/" + GX_SESSION).body());
            return json.path("linkedSessions").toString().contains(s9aSession);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private WireEvent seen(String what, Predicate<WireEvent> p) throws InterruptedException {
        WireEvent e = f.wire.await(p, System.nanoTime() + WAIT.toNanos());
        assertThat(e).as(what + " on the wire, within " + WAIT + "; seen: " + f.wire.render()).isNotNull();
        return e;
    }

    private static boolean toBpcf(WireEvent e) {
        return e.to().equals("BPCF");
    }

    private static boolean cc(WireEvent e, int type) {
        return e.command() == 272 && e.application() == S9A && e.requestType() == type;
    }

    private static long resultCode(DiameterMessage answer) {
        return answer.avp("Result-Code").map(Avp::asUnsigned32).orElse(0L);
    }

    private static List<String> ruleNames(WireEvent e, String avp) {
        return e.message().avps(avp).stream().flatMap(i -> i.children("QoS-Rule-Definition").stream())
                .map(d -> d.child("QoS-Rule-Name").orElseThrow().asUtf8String()).toList();
    }

    /** A plan with a video rule (QCI 2, GBR) and, after the change, a voice rule too (QCI 1). */
    static String policy(boolean withVoice) {
        String voice = !withVoice ? "" : """
                            - name: voice
                              flows:
                                - {description: "permit out 17 from 203.0.113.9 to any", direction: downlink}
                              qci: 1
                              arp: {priority: 2, capability: disabled, vulnerability: enabled}
                              mbr: {uplink: 128kbps, downlink: 128kbps}
                              gbr: {uplink: 64kbps, downlink: 64kbps}
                              precedence: 50
                              flowStatus: enabled
                """;
        return """
                defaultPlan: wlan
                plans:
                  wlan:
                    rules:
                      - name: base
                        then:
                          defaultQos:
                            qci: 9
                            arp: {priority: 10, capability: disabled, vulnerability: enabled}
                          ambr: {uplink: 10Mbps, downlink: 50Mbps}
                          dynamicRules:
                            - name: video
                              flows:
                                - {description: "permit out 17 from 203.0.113.0/24 5000-5100 to any", direction: downlink}
                              qci: 2
                              arp: {priority: 4, capability: disabled, vulnerability: enabled}
                              mbr: {uplink: 1Mbps, downlink: 8Mbps}
                              gbr: {uplink: 512kbps, downlink: 4Mbps}
                              precedence: 100
                              flowStatus: enabled
                """ + voice;
    }
}
