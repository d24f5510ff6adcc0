package io.pcrfd.pcrf.gx;

import static io.pcrfd.pcrf.gx.GxHarness.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.store.model.IpCanSession;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** RAR pushes: the time-of-day boundary at its exact instant, RAA 5002, a missing RAA. */
class GxPolicyPusherTest {
    /** The gold plan removes "video" in 22:00-06:00 UTC. */
    private static final Instant NINE_PM = Instant.parse("2026-11-18T21:00:00Z");
    private static final Instant TEN_PM = Instant.parse("2026-11-18T22:00:00Z");
    private static final Instant SIX_AM = Instant.parse("2026-11-19T06:00:00Z");
    private final GxHarness h = new GxHarness();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void aTimeOfDayBoundarySendsTheRarAtThatInstant() {
        h.clock.set(NINE_PM);
        h.call(h.pcef.initial("pgw1;20;gold", Pcef.GOLD_IMSI, "10.0.3.1").build());
        assertThat(h.timer.scheduled()).containsExactly(TEN_PM);

        h.timer.advanceTo(TEN_PM.plusSeconds(600));

        assertThat(h.rars).hasSize(1);
        assertThat(h.rarTimes).containsExactly(TEN_PM);
        DiameterMessage rar = h.onTheWire(h.rars.get(0));
        assertThat(rar.isRequest()).isTrue();
        assertThat(rar.commandCode()).isEqualTo(258);
        assertThat(rar.applicationId()).isEqualTo(16777238L);
        assertThat(rar.sessionId()).contains("pgw1;20;gold");
        assertThat(rar.avp("Destination-Host").orElseThrow().asUtf8String()).isEqualTo(Pcef.HOST);
        assertThat(rar.avp("Destination-Realm").orElseThrow().asUtf8String()).isEqualTo(Pcef.REALM);
        assertThat(rar.avp("Re-Auth-Request-Type").orElseThrow().asInt()).isZero();
        Avp remove = rar.avp("Charging-Rule-Remove").orElseThrow();
        assertThat(new String(remove.child("Charging-Rule-Name").orElseThrow().asOctetString(), StandardCharsets.UTF_8))
                .isEqualTo("video");
        assertThat(rar.avp("Charging-Rule-Install")).isEmpty();

        IpCanSession s = join(h.store.sessions().get("pgw1;20;gold")).orElseThrow();
        assertThat(s.pccRules()).containsExactly("internet", "gold-services");
        assertThat(s.pccRulesChangedAt()).isEqualTo(TEN_PM);
        assertThat(h.timer.scheduled()).as("the window closes again at 06:00").containsExactly(SIX_AM);
    }

    @Test
    void raa5002RemovesTheSession() {
        h.call(h.pcef.initial("pgw1;21;gold", Pcef.GOLD_IMSI, "10.0.3.2").build());
        h.gateway = rar -> CompletableFuture.completedFuture(h.raa(rar, 5002));

        GxPolicyPusher.Outcome outcome = join(h.app.pusher().push("pgw1;21;gold", GxPolicyPusher.Reason.OPERATOR));

        assertThat(outcome).isEqualTo(GxPolicyPusher.Outcome.SESSION_REMOVED);
        assertThat(join(h.store.sessions().get("pgw1;21;gold"))).isEmpty();
        assertThat(h.app.scheduler().pendingCount()).isZero();
    }

    @Test
    void aMissingRaaIsRetriedWithTheTBitThenCounted() {
        h.call(h.pcef.initial("pgw1;22;gold", Pcef.GOLD_IMSI, "10.0.3.3").build());
        h.gateway = rar -> CompletableFuture.failedFuture(new TimeoutException("no RAA"));

        GxPolicyPusher.Outcome outcome = join(h.app.pusher().push("pgw1;22;gold", GxPolicyPusher.Reason.OPERATOR));

        assertThat(outcome).isEqualTo(GxPolicyPusher.Outcome.UNANSWERED);
        assertThat(h.rars).hasSize(1 + GxSettings.defaults().rarRetries());
        assertThat(h.rars.get(0).flags().retransmitted()).isFalse();
        assertThat(h.rars.subList(1, h.rars.size())).allSatisfy(r -> {
            assertThat(r.flags().retransmitted()).isTrue();
            assertThat(r.endToEnd()).isEqualTo(h.rars.get(0).endToEnd());
        });
        assertThat(h.app.pusher().unansweredCount()).isEqualTo(1);
        assertThat(join(h.store.sessions().get("pgw1;22;gold"))).as("the session stays").isPresent();
    }

    @Test
    void anOperatorPushIsSentEvenWhenNothingChangedAndATimedOneIsNot() {
        h.call(h.pcef.initial("pgw1;23;gold", Pcef.GOLD_IMSI, "10.0.3.4").build());

        assertThat(join(h.app.pusher().push("pgw1;23;gold", GxPolicyPusher.Reason.TIME_OF_DAY)))
                .isEqualTo(GxPolicyPusher.Outcome.NOTHING_TO_SEND);
        assertThat(h.rars).isEmpty();
        assertThat(join(h.app.pusher().push("pgw1;23;gold", GxPolicyPusher.Reason.OPERATOR)))
                .isEqualTo(GxPolicyPusher.Outcome.APPLIED);
        assertThat(h.rars).hasSize(1);
        assertThat(join(h.app.pusher().push("pgw1;nope", GxPolicyPusher.Reason.OPERATOR)))
                .isEqualTo(GxPolicyPusher.Outcome.SESSION_UNKNOWN);
    }

    @Test
    void aSessionEndedByCcrTCancelsItsScheduledPush() {
        h.clock.set(NINE_PM);
        h.call(h.pcef.initial("pgw1;24;gold", Pcef.GOLD_IMSI, "10.0.3.5").build());
        h.call(h.pcef.terminate("pgw1;24;gold", 1, "mk1", 1));

        h.timer.advanceTo(TEN_PM.plusSeconds(1));

        assertThat(h.rars).isEmpty();
        assertThat(h.app.scheduler().pendingCount()).isZero();
    }

    @Test
    void aPushAskedForWhileTheSessionsRarIsOutDecidesAfterItsRaa() {
        h.clock.set(NINE_PM);
        h.call(h.pcef.initial("pgw1;25;gold", Pcef.GOLD_IMSI, "10.0.3.6").build());
        CompletableFuture<DiameterMessage> heldRaa = new CompletableFuture<>();
        h.gateway = rar -> heldRaa;
        h.clock.set(TEN_PM);
        CompletableFuture<GxPolicyPusher.Outcome> first =
                h.app.pusher().push("pgw1;25;gold", GxPolicyPusher.Reason.TIME_OF_DAY).toCompletableFuture();
        assertThat(h.rars).as("22:00: video removed").hasSize(1);

        // back before the window while the first RAR is out: the policy wants video again
        h.clock.set(NINE_PM.plusSeconds(60));
        h.gateway = rar -> CompletableFuture.completedFuture(h.raa(rar, 2001));
        CompletableFuture<GxPolicyPusher.Outcome> second =
                h.app.pusher().push("pgw1;25;gold", GxPolicyPusher.Reason.TIME_OF_DAY).toCompletableFuture();
        assertThat(second).as("waits for the first RAR's outcome").isNotDone();
        assertThat(h.rars).hasSize(1);

        heldRaa.complete(h.raa(h.rars.get(0), 2001));

        assertThat(join(first)).isEqualTo(GxPolicyPusher.Outcome.APPLIED);
        assertThat(join(second)).isEqualTo(GxPolicyPusher.Outcome.APPLIED);
        assertThat(h.rars).hasSize(2);
        Avp install = h.onTheWire(h.rars.get(1)).avp("Charging-Rule-Install").orElseThrow();
        Avp definition = install.child("Charging-Rule-Definition").orElseThrow();
        assertThat(new String(definition.child("Charging-Rule-Name").orElseThrow().asOctetString(),
                StandardCharsets.UTF_8)).as("video is installed again").isEqualTo("video");
        assertThat(join(h.store.sessions().get("pgw1;25;gold")).orElseThrow().pccRules()).contains("video");
        assertThat(h.app.pusher().lanesInUse()).isZero();
    }
}
