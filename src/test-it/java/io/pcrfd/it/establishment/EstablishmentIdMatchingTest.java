package io.pcrfd.it.establishment;

import static io.pcrfd.it.establishment.S9aWire.CC;
import static io.pcrfd.it.establishment.S9aWire.cc;
import static io.pcrfd.it.establishment.S9aWire.counter;
import static io.pcrfd.it.establishment.S9aWire.establishmentId;
import static io.pcrfd.it.establishment.S9aWire.exchange;
import static io.pcrfd.it.establishment.S9aWire.resultCode;
import static io.pcrfd.it.establishment.S9aWire.ruleNames;
import static io.pcrfd.it.establishment.S9aWire.seen;
import static io.pcrfd.it.establishment.S9aWire.sessionId;
import static io.pcrfd.it.establishment.S9aWire.toBpcf;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.it.Await;
import io.pcrfd.it.establishment.RunningPcrfFixture.Setup;
import io.pcrfd.pcrf.cli.demo.WireEvent;
import java.net.InetAddress;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * How the PCRF matches a peer's S9a CCR-I to its pending trigger (TS 29.215
 * §A.5.1; S9aRequestHandler): by the Establishment-Id first, whatever the content says; an
 * unknown id falls back to content; nothing matched and no IP-CAN session gets 5030. The project's
 * CCR encoding (one-shot); the BPCF is a scripted peer so its CCR-I can carry what the test wants.
 */
@Timeout(60)
class EstablishmentIdMatchingTest {
    private static final String GX = RunningPcrfFixture.PCEF + ";1;91";
    private static final String IMSI = "001010000000091";
    private static final String UE_IP = "198.51.100.91";
    private static final String OTHER_IMSI = "001010000000999";
    private static final String OTHER_IP = "198.51.100.99";

    private RunningPcrfFixture f;

    @BeforeEach
    void start() throws Exception {
        f = new RunningPcrfFixture(RunningPcrfEstablishmentTest.policy(false),
                new Setup("ccr", "one-shot", "5s", 2, Clock.systemUTC(), true));
        f.bpcfPeer.onRequest(this::answer);
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    @Test
    void ccrIWithTheTriggersIdIsMatchedThoughItsUeLocalIpAndImsiDiffer() throws Exception {
        WireEvent trigger = triggered();
        String id = establishmentId(trigger.message());

        DiameterMessage cca = bpcfInitial("bpcf.run.example;s9a;1", id, OTHER_IP, OTHER_IMSI);
        assertThat(resultCode(cca)).isEqualTo(2001);
        assertThat(ruleNames(cca, "QoS-Rule-Install")).containsExactly("video");
        WireEvent onWire = seen(f, "CCA-I 2001 to the BPCF", e -> toBpcf(e) && !e.isRequest() && cc(e, 1)
                && sessionId(e).equals("bpcf.run.example;s9a;1"));
        assertThat(onWire.resultCode()).isEqualTo(2001);
        Await.await("the Gx session linked", S9aWire.WAIT,
                () -> S9aWire.linked(f, GX, "bpcf.run.example;s9a;1"));
        assertThat(S9aWire.linkedSessions(f, GX)).hasSize(1);

        // one-shot: the trigger's own session is ended once the peer's session is up
        WireEvent ccrT = seen(f, "CCR-T of the trigger session", e -> toBpcf(e) && e.isRequest() && cc(e, 3));
        assertThat(sessionId(ccrT)).isEqualTo(sessionId(trigger));
        assertThat(counter(f, "establishment.matched")).isEqualTo(1);
        assertThat(counter(f, "establishment.unmatchedRequests")).isZero();
    }

    @Test
    void ccrIWithAnUnknownIdAndUnknownContentGets5030AndLeavesTheTriggerPending() throws Exception {
        triggered();

        DiameterMessage cca = bpcfInitial("bpcf.run.example;s9a;2", "pcrf.run.example;no-such-trigger", OTHER_IP,
                OTHER_IMSI);
        assertThat(resultCode(cca)).as("DIAMETER_USER_UNKNOWN").isEqualTo(5030);
        assertThat(cca.avps("QoS-Rule-Install")).isEmpty();
        assertThat(seen(f, "CCA-I 5030 to the BPCF", e -> toBpcf(e) && !e.isRequest() && cc(e, 1)).resultCode())
                .isEqualTo(5030);
        assertThat(counter(f, "establishment.unmatchedRequests")).isEqualTo(1);
        assertThat(S9aWire.linkedSessions(f, GX)).isEmpty();

        // The trigger is still pending: a CCR-I without an id but with its content is matched.
        DiameterMessage byContent = bpcfInitial("bpcf.run.example;s9a;3", null, UE_IP, IMSI);
        assertThat(resultCode(byContent)).isEqualTo(2001);
        assertThat(ruleNames(byContent, "QoS-Rule-Install")).containsExactly("video");
        assertThat(counter(f, "establishment.matched")).isEqualTo(1);
        Await.await("the Gx session linked", S9aWire.WAIT,
                () -> S9aWire.linked(f, GX, "bpcf.run.example;s9a;3"));
    }

    /** The PCEF's CCR-I, then the trigger CCR-I on S9a it causes and the BPCF's CCA 2001. */
    private WireEvent triggered() throws Exception {
        assertThat(resultCode(exchange(f, f.wlanInitial(GX, IMSI, UE_IP)))).isEqualTo(2001);
        WireEvent trigger = seen(f, "trigger CCR-I", e -> toBpcf(e) && e.isRequest() && cc(e, 1));
        assertThat(trigger.message().avp("Session-Establishment-Request").orElseThrow().enumName())
                .isEqualTo("ONE_SHOT");
        assertThat(establishmentId(trigger.message())).isNotBlank();
        assertThat(trigger.message().avp("UE-Local-IP-Address").orElseThrow().asAddress())
                .isEqualTo(InetAddress.getByName(UE_IP));
        seen(f, "CCA 2001 to the trigger", e -> !toBpcf(e) && !e.isRequest() && e.command() == CC
                && e.resultCode() == 2001);
        return trigger;
    }

    /** The BPCF's own S9a CCR-I towards the PCRF, answered within the wait. */
    private DiameterMessage bpcfInitial(String sessionId, String establishmentId, String ueIp, String imsi)
            throws Exception {
        MessageBuilder b = MessageBuilder.request(f.dictionary, RunningPcrfFixture.S9A, "CCR")
                .add("Session-Id", sessionId).add("Auth-Application-Id", RunningPcrfFixture.S9A)
                .originHost(RunningPcrfFixture.BPCF).originRealm(RunningPcrfFixture.REALM)
                .add("Destination-Realm", RunningPcrfFixture.REALM).add("Destination-Host", RunningPcrfFixture.PCRF)
                .add("CC-Request-Type", "INITIAL_REQUEST").add("CC-Request-Number", 0L)
                .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", imsi))
                .add("Called-Station-Id", "internet")
                .add("UE-Local-IP-Address", InetAddress.getByName(ueIp));
        if (establishmentId != null) {
            b.add("Establishment-Id", establishmentId);
        }
        return f.bpcfPeer.request(b.build()).get(S9aWire.WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The scripted BPCF: CCA 2001 to the trigger CCR and its CCR-T, a bare 2001 to anything else. */
    private DiameterMessage answer(DiameterMessage request) {
        if (request.commandCode() != CC) {
            return f.bpcfPeer.answer(request, 2001);
        }
        MessageBuilder b = MessageBuilder.answer(f.dictionary, request).resultCode(2001)
                .originHost(RunningPcrfFixture.BPCF).originRealm(RunningPcrfFixture.REALM)
                .add("Auth-Application-Id", request.applicationId());
        request.avp("CC-Request-Type").ifPresent(b::add);
        request.avp("CC-Request-Number").ifPresent(b::add);
        return b.build();
    }
}
