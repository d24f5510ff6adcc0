package io.pcrfd.pcrf.gx;

import static io.pcrfd.pcrf.gx.GxHarness.join;
import static io.pcrfd.pcrf.gx.GxHarness.resultCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.SessionState;
import io.pcrfd.store.model.SubscriberId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The store's lifetime of a Gx session follows {@code gx.inactivityTimeout}, and a session the
 * store expired anyway is ended through the audit's end-of-session path, never silently
 * (README "Session lifetimes"), on a clock stepped by hand.
 */
class GxSessionExpiryTest {
    private static final Duration THREE_DAYS = Duration.ofDays(3);

    private static GxHarness harness(Duration inactivityTimeout) {
        return new GxHarness(GxSettings.defaults().withInactivityTimeout(inactivityTimeout));
    }

    @Test
    void withNoInactivityTimeoutASessionOutlivesTheOldTwoDayMark() {
        try (GxHarness h = harness(Duration.ZERO)) {
            h.call(h.pcef.initial("pgw1;exp;never", Pcef.BASIC_IMSI, "10.0.5.1").build());
            assertThat(join(h.store.sessions().get("pgw1;exp;never")).orElseThrow().expiresAt())
                    .isEqualTo(IpCanSession.NO_EXPIRY);

            h.clock.advance(THREE_DAYS);
            assertThat(join(h.store.sweep())).isZero();
            assertThat(join(h.app.service().auditInactive())).isZero();

            assertThat(join(h.store.sessions().get("pgw1;exp;never"))).isPresent();
            assertThat(resultCode(h.call(h.pcef.usage("pgw1;exp;never", 1, "mk1", 1, 33)))).isEqualTo(2001);
            assertThat(h.app.service().endCounters().snapshot().expired()).isZero();
        }
    }

    @Test
    void aSessionPastItsStoreLifetimeIsEndedByTheAuditWithItsClosedContext() {
        try (GxHarness h = harness(Duration.ofHours(1))) {
            h.call(h.pcef.initial("pgw1;exp;lost", Pcef.BASIC_IMSI, "10.0.5.2").build());

            h.clock.advance(THREE_DAYS);
            int ended = join(h.app.service().auditInactive());

            assertThat(ended).isEqualTo(1);
            assertThat(h.ended).containsExactly("pgw1;exp;lost expired");
            assertThat(h.app.service().endCounters().snapshot())
                    .isEqualTo(new SessionEndCounters.Snapshot(0, 0, 0, 1));
            assertThat(join(h.store.contexts().findClosed("internet", SubscriberId.imsi(Pcef.BASIC_IMSI))))
                    .hasValueSatisfying(c -> {
                        assertThat(c.sessionId()).isEqualTo("pgw1;exp;lost");
                        assertThat(c.state()).isEqualTo(SessionState.CLOSED);
                    });
            assertThat(join(h.app.service().auditInactive())).as("handed over once").isZero();
            assertThat(resultCode(h.call(h.pcef.usage("pgw1;exp;lost", 1, "mk1", 1, 33)))).isEqualTo(5002);
        }
    }

    @Test
    void aSessionTheSweepExpiredIsStillEndedByTheNextAudit() {
        try (GxHarness h = harness(Duration.ofHours(1))) {
            h.call(h.pcef.initial("pgw1;exp;swept", Pcef.BASIC_IMSI, "10.0.5.3").build());
            h.clock.advance(THREE_DAYS);
            assertThat(join(h.store.sweep())).isEqualTo(1);

            assertThat(join(h.app.service().auditInactive())).isEqualTo(1);

            assertThat(h.ended).containsExactly("pgw1;exp;swept expired");
            assertThat(join(h.store.contexts().findClosed("internet", SubscriberId.imsi(Pcef.BASIC_IMSI))))
                    .isPresent();
        }
    }

    @Test
    void theStoreKeepsASilentSessionTheTimeoutPlusAMarginSoTheAuditEndsItFirst() {
        try (GxHarness h = harness(Duration.ofHours(12))) {
            h.call(h.pcef.initial("pgw1;exp;audited", Pcef.BASIC_IMSI, "10.0.5.4").build());
            assertThat(join(h.store.sessions().get("pgw1;exp;audited")).orElseThrow().expiresAt())
                    .isEqualTo(GxHarness.WEDNESDAY_NOON.plus(Duration.ofHours(24)));

            h.clock.advance(Duration.ofHours(12).plusMinutes(1));
            assertThat(join(h.app.service().auditInactive())).isEqualTo(1);

            assertThat(h.ended).containsExactly("pgw1;exp;audited inactive");
            assertThat(h.app.service().endCounters().snapshot())
                    .isEqualTo(new SessionEndCounters.Snapshot(0, 0, 1, 0));
        }
    }

    @Test
    void aShortTimeoutStillGetsAnHourOfMarginAndEveryRequestRenewsIt() {
        try (GxHarness h = harness(Duration.ofMinutes(10))) {
            h.call(h.pcef.initial("pgw1;exp;renewed", Pcef.BASIC_IMSI, "10.0.5.5").build());
            h.clock.advance(Duration.ofMinutes(9));
            h.call(h.pcef.usage("pgw1;exp;renewed", 1, "mk1", 1, 33));

            assertThat(join(h.store.sessions().get("pgw1;exp;renewed")).orElseThrow().expiresAt())
                    .isEqualTo(h.clock.instant().plus(Duration.ofMinutes(70)));
        }
    }
}
