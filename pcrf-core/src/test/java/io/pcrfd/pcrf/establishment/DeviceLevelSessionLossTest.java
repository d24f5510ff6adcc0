package io.pcrfd.pcrf.establishment;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Application;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Encoding;
import io.pcrfd.pcrf.config.EstablishmentPeerConfig.Mode;
import io.pcrfd.pcrf.establishment.TriggerResult.Outcome;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The standing device-level trigger session (mode device-level) when the peer loses it: 5002 on
 * it, the peer's restart or its connection going down; the next request opens a new session.
 */
class DeviceLevelSessionLossTest {

    private static TriggerResult trigger(Fixture f, String gx, String imsi, String ip) {
        return f.initiator.onGxSessionEstablished(f.gxSession(gx, imsi, ip)).toCompletableFuture().join();
    }

    private static List<String> types(Fixture f) {
        return f.wire.requests().stream().map(m -> m.avp("CC-Request-Type").orElseThrow().enumName()).toList();
    }

    private static String sid(DiameterMessage m) {
        return m.sessionId().orElseThrow();
    }

    @Test
    void an5002ToTheUpdateOpensANewSessionAtOnceAndTheTriggerSucceeds() {
        try (Fixture f = new Fixture(Encoding.CCR, Mode.DEVICE_LEVEL, Application.S9A)) {
            trigger(f, "pgw;1", "001010000000001", "198.51.100.1");
            AtomicInteger unknown = new AtomicInteger(1); // the peer forgot the session once
            f.wire.answerWith(r -> CompletableFuture.completedFuture(f.wire.answer(r,
                    "UPDATE_REQUEST".equals(r.avp("CC-Request-Type").orElseThrow().enumName())
                            && unknown.getAndDecrement() > 0 ? 5002 : 2001)));

            TriggerResult second = trigger(f, "pgw;2", "001010000000002", "198.51.100.2");
            TriggerResult third = trigger(f, "pgw;3", "001010000000003", "198.51.100.3");

            assertThat(second.outcome()).as(second.detail()).isEqualTo(Outcome.ACCEPTED);
            assertThat(third.outcome()).as(third.detail()).isEqualTo(Outcome.ACCEPTED);
            List<DiameterMessage> sent = f.wire.requests();
            assertThat(types(f)).containsExactly("INITIAL_REQUEST", "UPDATE_REQUEST", "INITIAL_REQUEST",
                    "UPDATE_REQUEST");
            assertThat(sid(sent.get(1))).isEqualTo(sid(sent.get(0)));
            assertThat(sid(sent.get(2))).as("a new session").isNotEqualTo(sid(sent.get(0)));
            assertThat(sid(sent.get(3))).as("the new session stays").isEqualTo(sid(sent.get(2)));
            assertThat(sent.get(2).avp("CC-Request-Number").orElseThrow().asUnsigned32()).isZero();
            assertThat(sent.get(2).avp("Establishment-Id")).isEqualTo(sent.get(1).avp("Establishment-Id"));
            assertThat(f.initiator.counters().snapshot().failedRejected()).isZero();
        }
    }

    @Test
    void aTriggerWhileTheSessionsInitialIsOutWaitsAndThenUpdatesTheSameSession() {
        try (Fixture f = new Fixture(Encoding.CCR, Mode.DEVICE_LEVEL, Application.S9A)) {
            CompletableFuture<DiameterMessage> firstAnswer = new CompletableFuture<>();
            f.wire.answerWith(r -> f.wire.requests().size() == 1 ? firstAnswer
                    : CompletableFuture.completedFuture(f.wire.answer(r, 2001)));
            CompletableFuture<TriggerResult> first = f.initiator.onGxSessionEstablished(
                    f.gxSession("pgw;1", "001010000000001", "198.51.100.1")).toCompletableFuture();
            CompletableFuture<TriggerResult> second = f.initiator.onGxSessionEstablished(
                    f.gxSession("pgw;2", "001010000000002", "198.51.100.2")).toCompletableFuture();

            assertThat(f.wire.requests()).as("the second waits for the first's answer").hasSize(1);
            firstAnswer.complete(f.wire.answer(f.wire.requests().get(0), 2001));

            assertThat(first.join().outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(second.join().outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(types(f)).containsExactly("INITIAL_REQUEST", "UPDATE_REQUEST");
            assertThat(sid(f.wire.requests().get(1))).isEqualTo(sid(f.wire.requests().get(0)));
        }
    }

    @Test
    void an5002ToTheInitialFailsTheTriggerWithoutALoop() {
        try (Fixture f = new Fixture(Encoding.AAR, Mode.DEVICE_LEVEL, Application.S9A)) {
            f.wire.answerAll(5002);
            TriggerResult r = trigger(f, "pgw;1", "001010000000001", "198.51.100.1");
            assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(f.wire.requests()).hasSize(1);
            f.wire.answerAll(2001);
            trigger(f, "pgw;2", "001010000000002", "198.51.100.2");
            assertThat(sid(f.wire.last())).as("not the refused session").isNotEqualTo(sid(f.wire.requests().get(0)));
        }
    }

    @Test
    void aPeerRestartOrConnectionLossMakesTheNextTriggerAnInitial() {
        try (Fixture f = new Fixture(Encoding.CCR, Mode.DEVICE_LEVEL, Application.S9A)) {
            trigger(f, "pgw;1", "001010000000001", "198.51.100.1");
            f.initiator.peerReset(Fixture.BPCF.toUpperCase(), "restarted"); // hosts compare without case
            trigger(f, "pgw;2", "001010000000002", "198.51.100.2");
            f.initiator.peerReset("other.example", "down");
            trigger(f, "pgw;3", "001010000000003", "198.51.100.3");

            List<DiameterMessage> sent = f.wire.requests();
            assertThat(types(f)).containsExactly("INITIAL_REQUEST", "INITIAL_REQUEST", "UPDATE_REQUEST");
            assertThat(sid(sent.get(1))).isNotEqualTo(sid(sent.get(0)));
            assertThat(sid(sent.get(2))).isEqualTo(sid(sent.get(1)));
        }
    }
}
