package io.pcrfd.pcrf.establishment;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Application;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Encoding;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Mode;
import io.pcrfd.pcrf.establishment.TriggerResult.Outcome;
import io.pcrfd.store.model.AccessInfo;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.LinkedInterface;
import io.pcrfd.store.model.LinkedSession;
import io.pcrfd.store.model.PendingTrigger;
import io.pcrfd.store.model.TriggerState;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** When a trigger is sent, suppressed, retried, given up; the trigger session per mode. */
class InitiatorBehaviourTest {
    private static final String IMSI = "001010000000001";

    private static TriggerResult establish(Fixture f, IpCanSession s) {
        return f.initiator.onGxSessionEstablished(s).toCompletableFuture().join();
    }

    private static PendingTrigger stored(Fixture f, String id) {
        return f.store.triggers().get(id).toCompletableFuture().join().orElseThrow();
    }

    private static int runDue(Fixture f) {
        return f.initiator.runDue().toCompletableFuture().join();
    }

    @Test
    void noLocalIpOrNoMappedPeerSendsNothing() {
        try (Fixture f = Fixture.ter()) {
            assertThat(establish(f, f.gxSession("pgw;1", IMSI, AccessInfo.NONE)).outcome()).isEqualTo(Outcome.NOT_NEEDED);
            assertThat(establish(f, f.gxSession("pgw;2", IMSI, "203.0.113.5")).outcome()).isEqualTo(Outcome.NOT_NEEDED);
            assertThat(f.wire.requests()).isEmpty();
        }
    }

    @Test
    void secondSessionForTheSameLocalIpIsSuppressedWhileTheTriggerIsPending() {
        try (Fixture f = Fixture.ter()) {
            TriggerResult first = establish(f, f.gxSession("pgw;1", IMSI, "198.51.100.7"));
            TriggerResult second = establish(f, f.gxSession("pgw;2", "001010000000002", "198.51.100.7"));
            assertThat(first.outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(second.outcome()).isEqualTo(Outcome.SUPPRESSED);
            assertThat(second.triggerId()).isEqualTo(first.triggerId());
            assertThat(f.wire.requests()).hasSize(1);
            assertThat(f.initiator.counters().snapshot().suppressed()).isEqualTo(1);
        }
    }

    @Test
    void noTriggerWhenAnS9aSessionExistsForTheLocalIp() {
        try (Fixture f = Fixture.ter()) {
            IpCanSession old = f.gxSession("pgw;1", IMSI, new AccessInfo(null, "198.51.100.9", 0, null));
            f.store.sessions().update(old.toBuilder().linkedSessions(List.of(
                    new LinkedSession(LinkedInterface.S9A, "bpcf;1;1", Fixture.BPCF))).build()).toCompletableFuture().join();
            IpCanSession behindSameHenb = f.gxSession("pgw;2", "001010000000002",
                    new AccessInfo(null, "198.51.100.9", 0, null));
            assertThat(establish(f, behindSameHenb).outcome()).isEqualTo(Outcome.ALREADY_ESTABLISHED);
            assertThat(f.wire.requests()).isEmpty();
        }
    }

    @Test
    void noCcrIWithinTheTimeoutIsRetriedThenMarkedFailed() {
        try (Fixture f = Fixture.ter()) {
            String id = establish(f, f.gxSession("pgw;1", IMSI, "198.51.100.7")).triggerId();
            f.clock.advance(Fixture.TIMEOUT.minusMillis(1));
            assertThat(runDue(f)).isZero();
            for (int attempt = 2; attempt <= 3; attempt++) {
                f.clock.advance(Fixture.TIMEOUT);
                assertThat(runDue(f)).isEqualTo(1);
                assertThat(f.wire.requests()).hasSize(attempt);
                assertThat(stored(f, id).attempts()).isEqualTo(attempt);
                assertThat(stored(f, id).state()).isEqualTo(TriggerState.PENDING);
            }
            f.clock.advance(Fixture.TIMEOUT);
            assertThat(runDue(f)).isEqualTo(1);
            assertThat(f.wire.requests()).hasSize(3); // 1 + retries (2), no fourth
            assertThat(stored(f, id).state()).isEqualTo(TriggerState.FAILED);
            assertThat(f.initiator.counters().snapshot().failedTimeout()).isEqualTo(1);
            assertThat(f.initiator.counters().snapshot().retried()).isEqualTo(2);
            // The TER attempts are distinct stateless requests: a new Session-Id each time.
            assertThat(f.wire.requests().stream().map(m -> m.sessionId().orElseThrow()).distinct()).hasSize(3);
            // A failed trigger releases the local IP: a new Gx session may trigger again.
            assertThat(establish(f, f.gxSession("pgw;2", IMSI, "198.51.100.7")).outcome()).isEqualTo(Outcome.ACCEPTED);
        }
    }

    @Test
    void busyOrUndeliverableOrNoAnswerIsRetried() {
        try (Fixture f = Fixture.ter()) {
            f.wire.answerAll(3004);
            TriggerResult r = establish(f, f.gxSession("pgw;1", IMSI, "198.51.100.7"));
            assertThat(r.outcome()).isEqualTo(Outcome.RETRYING);
            assertThat(r.detail()).contains("3004");
            f.wire.answerWith(req -> CompletableFuture.failedFuture(new TimeoutException("no TEA in 10 s")));
            f.clock.advance(Fixture.TIMEOUT);
            runDue(f);
            assertThat(stored(f, r.triggerId()).state()).isEqualTo(TriggerState.PENDING);
            f.wire.answerAll(2001);
            f.clock.advance(Fixture.TIMEOUT);
            runDue(f);
            assertThat(f.wire.requests()).hasSize(3);
            assertThat(stored(f, r.triggerId()).state()).isEqualTo(TriggerState.PENDING);
            assertThat(f.initiator.counters().snapshot().failedRejected()).isZero();
        }
    }

    @Test
    void permanentErrorsGiveUpAtOnce() {
        for (long code : new long[] {5030, 5471, 3007}) {
            try (Fixture f = Fixture.ter()) {
                f.wire.answerAll(code);
                TriggerResult r = establish(f, f.gxSession("pgw;1", IMSI, "198.51.100.7"));
                assertThat(r.outcome()).as("code %d", code).isEqualTo(Outcome.FAILED);
                assertThat(r.detail()).contains(Long.toString(code));
                assertThat(stored(f, r.triggerId()).state()).isEqualTo(TriggerState.FAILED);
                f.clock.advance(Fixture.TIMEOUT.multipliedBy(3));
                assertThat(runDue(f)).isZero();
                assertThat(f.wire.requests()).hasSize(1);
                assertThat(f.initiator.counters().snapshot().failedRejected()).isEqualTo(1);
            }
        }
    }

    @Test
    void deviceLevelOpensOneSessionAndUpdatesItForLaterTriggers() {
        try (Fixture f = new Fixture(Encoding.CCR, Mode.DEVICE_LEVEL, Application.S9A)) {
            establish(f, f.gxSession("pgw;1", IMSI, "198.51.100.7"));
            establish(f, f.gxSession("pgw;2", "001010000000002", "198.51.100.8"));
            establish(f, f.gxSession("pgw;3", "001010000000003", "198.51.100.9"));
            List<DiameterMessage> sent = f.wire.requests();
            assertThat(sent).hasSize(3);
            assertThat(sent.stream().map(m -> m.sessionId().orElseThrow()).distinct()).hasSize(1);
            assertThat(sent.stream().map(m -> m.avp("CC-Request-Type").orElseThrow().enumName()))
                    .containsExactly("INITIAL_REQUEST", "UPDATE_REQUEST", "UPDATE_REQUEST");
            assertThat(sent.stream().map(m -> m.avp("CC-Request-Number").orElseThrow().asUnsigned32()))
                    .containsExactly(0L, 1L, 2L);
            assertThat(sent.stream().map(m -> m.avp("Session-Establishment-Request").orElseThrow().enumName()).distinct())
                    .containsExactly("DEVICE_LEVEL");
            assertThat(sent.stream().map(m -> m.avp("Establishment-Id").orElseThrow().asUtf8String()).distinct())
                    .hasSize(3);
        }
    }

    @Test
    void deviceLevelInitialThatFailedIsSentAgainAsInitial() {
        try (Fixture f = new Fixture(Encoding.CCR, Mode.DEVICE_LEVEL, Application.S9A)) {
            f.wire.answerAll(3002);
            establish(f, f.gxSession("pgw;1", IMSI, "198.51.100.7"));
            f.wire.answerAll(2001);
            f.clock.advance(Fixture.TIMEOUT);
            runDue(f);
            assertThat(f.wire.requests().stream().map(m -> m.avp("CC-Request-Type").orElseThrow().enumName()))
                    .containsExactly("INITIAL_REQUEST", "INITIAL_REQUEST");
        }
    }

    @Test
    void oneShotSessionEndsWithCcrTOnceThePeerSessionIsUp() {
        try (Fixture f = new Fixture(Encoding.CCR, Mode.ONE_SHOT, Application.S9A)) {
            String id = establish(f, f.gxSession("pgw;1", IMSI, "198.51.100.7")).triggerId();
            String triggerSession = f.wire.last().sessionId().orElseThrow();
            f.initiator.peerSessionUp(stored(f, id));
            DiameterMessage ccrT = f.wire.last();
            assertThat(f.wire.requests()).hasSize(2);
            assertThat(ccrT.sessionId()).hasValue(triggerSession);
            assertThat(ccrT.avp("CC-Request-Type").orElseThrow().enumName()).isEqualTo("TERMINATION_REQUEST");
            assertThat(ccrT.avp("CC-Request-Number").orElseThrow().asUnsigned32()).isEqualTo(1);
            f.initiator.peerSessionUp(stored(f, id)); // a second report ends nothing more
            assertThat(f.wire.requests()).hasSize(2);
            assertThat(f.initiator.counters().snapshot().matched()).isEqualTo(2);
        }
    }

    @Test
    void notifyOnlySessionsAreNeverEnded() {
        try (Fixture f = new Fixture(Encoding.CCR, Mode.NOTIFY_ONLY, Application.S9A)) {
            String id = establish(f, f.gxSession("pgw;1", IMSI, "198.51.100.7")).triggerId();
            f.initiator.peerSessionUp(stored(f, id));
            assertThat(f.wire.requests()).hasSize(1);
            // The mode travels in Session-Establishment-Request: the S9a CC-Request grammar
            // (TS 29.215 §A.7.2.1) names no Auth-Session-State.
            assertThat(f.wire.last().avp("Session-Establishment-Request").orElseThrow().enumName())
                    .isEqualTo("NOTIFY_ONLY");
            assertThat(f.wire.last().avp("Auth-Session-State")).isEmpty();
        }
    }

    @Test
    void gxSessionEndDropsItsPendingTriggerAndStopsRetries() {
        try (Fixture f = Fixture.ter()) {
            IpCanSession gx = f.gxSession("pgw;1", IMSI, "198.51.100.7");
            String id = establish(f, gx).triggerId();
            f.initiator.cancel(gx).toCompletableFuture().join();
            assertThat(f.store.triggers().get(id).toCompletableFuture().join()).isEmpty();
            f.clock.advance(Duration.ofMinutes(1));
            assertThat(runDue(f)).isZero();
            assertThat(f.wire.requests()).hasSize(1);
        }
    }
}
