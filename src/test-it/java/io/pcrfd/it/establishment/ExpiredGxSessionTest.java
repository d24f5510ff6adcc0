package io.pcrfd.it.establishment;

import static io.pcrfd.it.establishment.S9aWire.cc;
import static io.pcrfd.it.establishment.S9aWire.counter;
import static io.pcrfd.it.establishment.S9aWire.exchange;
import static io.pcrfd.it.establishment.S9aWire.resultCode;
import static io.pcrfd.it.establishment.S9aWire.seen;
import static io.pcrfd.it.establishment.S9aWire.toBpcf;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.it.Await;
import io.pcrfd.it.establishment.RunningPcrfFixture.Setup;
import io.pcrfd.it.gx.MutableClock;
import io.pcrfd.pcrf.cli.demo.WireEvent;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Session lifetimes through the shipped runtimes (README "Session lifetimes"): a Gx session the
 * store expired, because the PCRF's clock jumped past its whole store lifetime before any audit
 * saw it silent, is still ended through the end-of-session path (its S9a session released by
 * RAR with Session-Release-Cause, TS 29.215 §A.5.3.2, counted, 5002 afterwards); with
 * {@code gx.inactivityTimeout: 0s} a session outlives the two days that used to be the store's
 * fixed lifetime.
 */
@Timeout(60)
class ExpiredGxSessionTest {
    private static final Instant NOON = Instant.parse("2030-01-01T12:00:00Z");
    private static final Duration THREE_DAYS = Duration.ofDays(3);

    private static RunningPcrfFixture fixture(MutableClock clock, String inactivityTimeout) throws Exception {
        return new RunningPcrfFixture(RunningPcrfEstablishmentTest.policy(false),
                new Setup("ter", "notify-only", "5s", 2, clock, false, inactivityTimeout));
    }

    /** A WLAN UE's Gx session whose BPCF opened and linked its S9a session; returns the S9a Session-Id. */
    private static String linkedWlanSession(RunningPcrfFixture f, String gx, String ueLocalIp) throws Exception {
        assertThat(resultCode(exchange(f, f.wlanInitial(gx, "001010000000091", ueLocalIp)))).isEqualTo(2001);
        String s9a = S9aWire.sessionId(seen(f, "BPCF CCR-I on S9a", e -> !toBpcf(e) && e.isRequest() && cc(e, 1)));
        Await.await("the S9a session linked", S9aWire.WAIT, () -> S9aWire.linked(f, gx, s9a));
        return s9a;
    }

    @Test
    void aSessionTheStoreExpiredIsEndedByTheAuditAndItsS9aSessionReleased() throws Exception {
        MutableClock clock = new MutableClock(NOON);
        try (RunningPcrfFixture f = fixture(clock, "10s")) {
            String gx = RunningPcrfFixture.PCEF + ";1;91";
            String s9a = linkedWlanSession(f, gx, "198.51.100.91");

            clock.advance(THREE_DAYS);

            WireEvent release = seen(f, "RAR with Session-Release-Cause", e -> toBpcf(e) && e.isRequest()
                    && e.command() == 258 && e.has("Session-Release-Cause"));
            assertThat(S9aWire.sessionId(release)).isEqualTo(s9a);
            assertThat(release.message().avp("Session-Release-Cause").orElseThrow().enumName())
                    .isEqualTo("UNSPECIFIED_REASON"); // TS 29.212 §5.3.44: 3 is for Sd
            seen(f, "BPCF CCR-T", e -> !toBpcf(e) && e.isRequest() && cc(e, 3) && S9aWire.sessionId(e).equals(s9a));
            assertThat(seen(f, "CCA-T", e -> toBpcf(e) && !e.isRequest() && cc(e, 3)).resultCode()).isEqualTo(2001);
            assertThat(counter(f, "gx.sessionsExpired")).isEqualTo(1);
            assertThat(counter(f, "gx.sessionsInactive")).isZero();
            assertThat(f.rest("GET", "/sessions/" + gx).statusCode()).isEqualTo(404);
            assertThat(resultCode(exchange(f, f.ccr(gx, "UPDATE_REQUEST", 1).build()))).isEqualTo(5002);
        }
    }

    @Test
    void withNoInactivityTimeoutASessionIsStillThereAfterTheOldTwoDayMark() throws Exception {
        MutableClock clock = new MutableClock(NOON);
        try (RunningPcrfFixture f = fixture(clock, "0s")) {
            String gx = RunningPcrfFixture.PCEF + ";1;92";
            String s9a = linkedWlanSession(f, gx, "198.51.100.92");

            clock.advance(THREE_DAYS);

            assertThat(f.rest("GET", "/sessions/" + gx).statusCode()).isEqualTo(200);
            assertThat(resultCode(exchange(f, f.ccr(gx, "UPDATE_REQUEST", 1).build()))).isEqualTo(2001);
            assertThat(S9aWire.linked(f, gx, s9a)).isTrue();
            assertThat(S9aWire.all(f, e -> e.has("Session-Release-Cause"))).isEmpty();
            assertThat(counter(f, "gx.sessionsExpired")).isZero();
        }
    }
}
