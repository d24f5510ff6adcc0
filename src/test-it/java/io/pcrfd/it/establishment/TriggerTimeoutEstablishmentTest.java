package io.pcrfd.it.establishment;

import static io.pcrfd.it.establishment.S9aWire.TER;
import static io.pcrfd.it.establishment.S9aWire.counter;
import static io.pcrfd.it.establishment.S9aWire.exchange;
import static io.pcrfd.it.establishment.S9aWire.resultCode;
import static io.pcrfd.it.establishment.S9aWire.seenTimes;
import static io.pcrfd.it.establishment.S9aWire.toBpcf;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.it.Await;
import io.pcrfd.it.establishment.RunningPcrfFixture.Setup;
import io.pcrfd.it.gx.MutableClock;
import io.pcrfd.pcrf.cli.demo.WireEvent;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A BPCF that accepts the TER (TEA 2001) but never opens its S9a session (establishment
 * package-info: retried at each {@code triggerTimeout} deadline, at most {@code retries} times,
 * then FAILED, counted, the Gx session untouched). The PCRF reads its deadlines from a clock the
 * test moves; each step is followed by a {@code runDue()} pass, as the node's 1 s timer does.
 */
@Timeout(60)
class TriggerTimeoutEstablishmentTest {
    private static final String GX = RunningPcrfFixture.PCEF + ";1;81";
    private static final String UE_IP = "198.51.100.81";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final int RETRIES = 2;

    @Test
    void triggerWithoutCcrIIsSentOnePlusRetriesTimesThenFailsAndTheGxSessionCarriesOn() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
        Setup setup = new Setup("ter", "notify-only", "5s", RETRIES, clock, true);
        try (RunningPcrfFixture f = new RunningPcrfFixture(RunningPcrfEstablishmentTest.policy(false), setup)) {
            assertThat(resultCode(exchange(f, f.wlanInitial(GX, "001010000000081", UE_IP)))).isEqualTo(2001);
            Predicate<WireEvent> ter = e -> toBpcf(e) && e.isRequest() && e.command() == TER;
            Predicate<WireEvent> tea = e -> !toBpcf(e) && !e.isRequest() && e.command() == TER;
            seenTimes(f, "TEA 2001", tea, 1);

            for (int attempt = 2; attempt <= 1 + RETRIES; attempt++) {
                clock.advance(TIMEOUT);
                f.pcrf.establishment().runDue();
                seenTimes(f, "TEA of attempt " + attempt, tea, attempt);
            }
            clock.advance(TIMEOUT);
            f.pcrf.establishment().runDue();
            Await.await("the trigger failed and counted", S9aWire.WAIT,
                    () -> counter(f, "establishment.failedTimeout") == 1);

            List<WireEvent> ters = S9aWire.all(f, ter);
            assertThat(ters).as("1 + retries TERs, each stateless with a new Session-Id").hasSize(1 + RETRIES)
                    .allSatisfy(e -> {
                        assertThat(e.application()).isEqualTo(RunningPcrfFixture.S9A);
                        assertThat(e.message().avp("Auth-Session-State").orElseThrow().enumName())
                                .isEqualTo("NO_STATE_MAINTAINED");
                        assertThat(e.message().avp("UE-Local-IP-Address").orElseThrow().asAddress())
                                .isEqualTo(InetAddress.getByName(UE_IP));
                    });
            assertThat(ters.stream().map(S9aWire::sessionId).distinct()).hasSize(1 + RETRIES);
            assertThat(S9aWire.all(f, tea)).extracting(WireEvent::resultCode).containsOnly(2001L);

            assertThat(resultCode(exchange(f, f.ccr(GX, "UPDATE_REQUEST", 1).build())))
                    .as("the Gx session carries on").isEqualTo(2001);
            assertThat(S9aWire.linkedSessions(f, GX)).isEmpty();
            clock.advance(TIMEOUT.multipliedBy(3));
            f.pcrf.establishment().runDue();
            assertThat(counter(f, "establishment.triggersSent")).isEqualTo(1 + RETRIES);
            assertThat(counter(f, "establishment.triggersRetried")).isEqualTo(RETRIES);
            assertThat(counter(f, "establishment.failedTimeout")).isEqualTo(1);
            assertThat(counter(f, "establishment.matched")).isZero();
            assertThat(S9aWire.all(f, ter)).as("nothing after FAILED").hasSize(1 + RETRIES);
            assertThat(S9aWire.all(f, e -> !toBpcf(e) && e.isRequest())).as("the BPCF never opened S9a").isEmpty();
        }
    }
}
