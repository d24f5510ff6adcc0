package io.pcrfd.it.establishment;

import static io.pcrfd.it.establishment.S9aWire.all;
import static io.pcrfd.it.establishment.S9aWire.cc;
import static io.pcrfd.it.establishment.S9aWire.counter;
import static io.pcrfd.it.establishment.S9aWire.exchange;
import static io.pcrfd.it.establishment.S9aWire.resultCode;
import static io.pcrfd.it.establishment.S9aWire.seenTimes;
import static io.pcrfd.it.establishment.S9aWire.sessionId;
import static io.pcrfd.it.establishment.S9aWire.toBpcf;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.testing.TestPeer;
import io.pcrfd.it.Await;
import io.pcrfd.it.establishment.RunningPcrfFixture.Setup;
import io.pcrfd.pcrf.cli.demo.WireEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The standing device-level trigger session (mode device-level; one per peer, INITIAL then
 * UPDATE) when the BPCF loses it, against a scripted BPCF over TCP: after a 5002 on it, or the
 * BPCF's restart, the PCRF opens a new one (CCR-I with a new Session-Id) and the trigger succeeds,
 * instead of sending every later trigger into a session the peer no longer has.
 */
@Timeout(60)
class DeviceLevelSessionLossEndToEndTest {
    private static final Predicate<WireEvent> TRIGGER = e -> toBpcf(e) && e.isRequest() && e.command() == S9aWire.CC;

    private static RunningPcrfFixture fixture() throws Exception {
        return new RunningPcrfFixture(RunningPcrfEstablishmentTest.policy(false),
                new Setup("ccr", "device-level", "5s", 2, Clock.systemUTC(), true));
    }

    /** The PCEF's CCR-I for UE {@code n}; returns once the PCRF's {@code count}-th trigger request is on the wire. */
    private static void gxInitial(RunningPcrfFixture f, int n, int count) throws Exception {
        String gx = RunningPcrfFixture.PCEF + ";1;5" + n;
        assertThat(resultCode(exchange(f, f.wlanInitial(gx, "00101000000005" + n, "198.51.100.5" + n))))
                .isEqualTo(2001);
        seenTimes(f, "trigger request " + count, TRIGGER, count);
    }

    /** A scripted BPCF's CCA: {@code rc} with CC-Request-Type and -Number echoed. */
    private static DiameterMessage cca(RunningPcrfFixture f, TestPeer bpcf, DiameterMessage ccr, long rc) {
        MessageBuilder b = MessageBuilder.answer(f.dictionary, ccr).resultCode(rc)
                .originHost(bpcf.originHost()).originRealm(RunningPcrfFixture.REALM)
                .add("Auth-Application-Id", ccr.applicationId());
        ccr.avp("CC-Request-Type").ifPresent(b::add);
        ccr.avp("CC-Request-Number").ifPresent(b::add);
        return b.build();
    }

    private static List<String> types(RunningPcrfFixture f) {
        return all(f, TRIGGER).stream().map(e -> e.message().avp("CC-Request-Type").orElseThrow().enumName()).toList();
    }

    private static List<String> sessions(RunningPcrfFixture f) {
        return all(f, TRIGGER).stream().map(S9aWire::sessionId).toList();
    }

    @Test
    void after5002OnTheStandingSessionTheTriggerOpensANewOneAndLaterTriggersUseIt() throws Exception {
        try (RunningPcrfFixture f = fixture()) {
            AtomicInteger unknownOnce = new AtomicInteger(1);
            f.bpcfPeer.onRequest(ccr -> cca(f, f.bpcfPeer, ccr, "UPDATE_REQUEST".equals(
                    ccr.avp("CC-Request-Type").orElseThrow().enumName()) && unknownOnce.getAndDecrement() > 0
                    ? 5002 : 2001));

            gxInitial(f, 1, 1);
            gxInitial(f, 2, 3); // CCR-U answered 5002, then at once a CCR-I in a new session
            gxInitial(f, 3, 4);

            assertThat(types(f)).containsExactly("INITIAL_REQUEST", "UPDATE_REQUEST", "INITIAL_REQUEST",
                    "UPDATE_REQUEST");
            List<String> sids = sessions(f);
            assertThat(sids.get(1)).isEqualTo(sids.get(0));
            assertThat(sids.get(2)).as("a fresh device-level session").isNotEqualTo(sids.get(0));
            assertThat(sids.get(3)).as("later triggers use the fresh session").isEqualTo(sids.get(2));
            Predicate<WireEvent> answer = e -> !toBpcf(e) && !e.isRequest() && e.command() == S9aWire.CC;
            Await.await("four answers", S9aWire.WAIT, () -> all(f, answer).size() == 4);
            assertThat(all(f, answer)).extracting(WireEvent::resultCode).containsExactly(2001L, 5002L, 2001L, 2001L);
            assertThat(counter(f, "establishment.failedRejected")).isZero();
            assertThat(counter(f, "establishment.triggersSent")).as("the re-opening CCR-I counts as a send")
                    .isEqualTo(4);
        }
    }

    @Test
    void afterTheBpcfRestartsTheNextTriggerOpensANewSession() throws Exception {
        try (RunningPcrfFixture f = fixture()) {
            Function<TestPeer, Function<DiameterMessage, DiameterMessage>> accept = p -> ccr -> cca(f, p, ccr, 2001);
            f.bpcfPeer.onRequest(accept.apply(f.bpcfPeer));
            gxInitial(f, 1, 1);
            gxInitial(f, 2, 2);

            f.bpcfPeer.disconnect(); // the BPCF process ends ...
            Await.await("the PCRF sees the BPCF down", S9aWire.WAIT,
                    () -> f.pcrf.diameter().peer(RunningPcrfFixture.BPCF).map(s -> !s.state().isOpen()).orElse(true));
            try (TestPeer restarted = TestPeer.client(f.dictionary, RunningPcrfFixture.BPCF, RunningPcrfFixture.REALM,
                    f.relay.port(), RunningPcrfFixture.S9A)) { // ... and comes back with a new Origin-State-Id
                restarted.onRequest(accept.apply(restarted));
                // Open, its watchdog in REOPEN (RFC 3539 §3.4.1): used for requests naming it in
                // Destination-Host, as the trigger does.
                Await.await("the restarted BPCF connected", S9aWire.WAIT, () -> f.pcrf.diameter()
                        .peer(RunningPcrfFixture.BPCF).map(s -> s.state().isOpen()).orElse(false));
                gxInitial(f, 3, 3);
                gxInitial(f, 4, 4);
            }

            assertThat(types(f)).containsExactly("INITIAL_REQUEST", "UPDATE_REQUEST", "INITIAL_REQUEST",
                    "UPDATE_REQUEST");
            List<String> sids = sessions(f);
            assertThat(sids.get(2)).as("not the session the old BPCF process held").isNotEqualTo(sids.get(0));
            assertThat(sids.get(3)).isEqualTo(sids.get(2));
            assertThat(all(f, e -> !toBpcf(e) && !e.isRequest() && cc(e, 1))).extracting(WireEvent::resultCode)
                    .containsOnly(2001L);
            assertThat(sessionId(all(f, TRIGGER).get(2))).startsWith(RunningPcrfFixture.PCRF);
        }
    }
}
