package io.pcrfd.it.seagull;

import static io.pcrfd.it.Await.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each scenario of {@code config/seagull/} run by seagull through {@code run.sh} against the PCRF
 * of {@code config/pcrf.yaml}, for a bounded number of calls, asserted at both ends (package
 * documentation). Skipped, with one message, where there is no seagull. The timeout is a safety
 * net: a run takes 1 to 3 s on an idle machine; run.sh bounds each at 25 s.
 */
@Timeout(90)
class SeagullScenariosTest {
    /** Longer than run.sh's own --timeout (25 s), which stops seagull when a run hangs. */
    private static final Duration RUN = Duration.ofSeconds(30);
    private static final String TIMEOUT = "25";
    private static final String BPCF = "bpcf.pcrfd.local";
    private Path seagull;

    @BeforeEach
    void findSeagull() {
        seagull = Seagull.find().orElse(null);
        assumeTrue(seagull != null, Seagull::missing);
    }

    /**
     * gx-client: CCR-I, CCR-U with a usage report, pcrfd's RAR (here from a policy change and
     * POST /policy/reload, once every session has had its CCR-U) answered 2001, CCR-T.
     */
    @Test
    void gxClientSessionsAreAnsweredAndTheirRarsAnswered(@TempDir Path dir) throws IOException {
        int calls = 10;
        try (PcrfForSeagull pcrf = PcrfForSeagull.start(dir, 0)) {
            Seagull.Running running = Seagull.start(seagull, dir.resolve("run"), "gx-client",
                    "--pcrf", pcrf.address(), "--calls", Integer.toString(calls), "--rate", "20", "--timeout", TIMEOUT);
            await("CCR-I and CCR-U of every call answered 2001", RUN,
                    () -> pcrf.answered("Gx", "CCR", 2001) == 2 * calls);
            Path policy = dir.resolve("policy.yaml");
            // The basic plan subscribes one more event trigger: a change whatever the time of day.
            Files.writeString(policy, Files.readString(policy).replace(
                    "eventTriggers: [RAT_CHANGE, IP-CAN_CHANGE]", "eventTriggers: [RAT_CHANGE, IP-CAN_CHANGE, PLMN_CHANGE]"));
            assertThat(pcrf.post("/policy/reload").statusCode()).isEqualTo(200);

            Seagull.Run run = running.await(RUN);

            assertAllSucceeded(run, calls);
            assertThat(pcrf.answered("Gx", "CCR", 2001)).isEqualTo(3 * calls);
            assertThat(pcrf.answersReceived("Gx", "RAR", 2001)).isEqualTo(calls);
            assertThat(pcrf.counter("store.sessions")).isZero();
            assertThat(pcrf.counter("diameter.duplicateRequests")).isZero();
        }
    }

    /**
     * gx-load, twice against the same pcrfd: every session answered, and the second run's
     * requests are new to pcrfd (fresh End-to-End identifiers and Session-Ids, RFC 6733 §3 and
     * §8.8), not answered again from its duplicate cache.
     */
    @Test
    void gxLoadRunsTwiceWithFreshIdentifiers(@TempDir Path dir) {
        int calls = 40;
        try (PcrfForSeagull pcrf = PcrfForSeagull.start(dir, 0)) {
            for (String name : new String[] {"first", "second"}) {
                Seagull.Run run = Seagull.start(seagull, dir.resolve(name), "gx-load", "--pcrf", pcrf.address(),
                        "--calls", Integer.toString(calls), "--rate", "40", "--hold", "200", "--timeout", TIMEOUT)
                        .await(RUN);
                assertAllSucceeded(run, calls);
            }
            assertThat(pcrf.answered("Gx", "CCR", 2001)).isEqualTo(2 * 3 * calls);
            assertThat(pcrf.counter("diameter.duplicateRequests")).isZero();
            assertThat(pcrf.counter("gx.sessionsEvicted")).isZero();
            assertThat(pcrf.counter("store.sessions")).isZero();
        }
    }

    /**
     * s9a-bpcf as the sample's BPCF, gx-wlan as the PCEF: every WLAN CCR-I makes pcrfd send a
     * TER (answered 2001), seagull's CCR-I is matched to the trigger, its CCR-U reports usage, and
     * the Gx CCR-T releases the S9a session (RAR 2001, then seagull's CCR-T).
     */
    @Test
    void s9aBpcfServesEveryTriggerAndOpensTheMatchingSession(@TempDir Path dir) throws IOException {
        int calls = 5;
        int bpcfPort = freePort();
        Seagull.Running bpcf = Seagull.start(seagull, dir.resolve("bpcf"), "s9a-bpcf",
                "--listen", "127.0.0.1:" + bpcfPort, "--calls", Integer.toString(calls), "--timeout", TIMEOUT);
        try (PcrfForSeagull pcrf = PcrfForSeagull.start(dir, bpcfPort)) {
            await("seagull open as the BPCF at pcrfd", RUN, () -> pcrf.peerUp(BPCF));

            Seagull.Run pcef = Seagull.start(seagull, dir.resolve("pcef"), "gx-wlan", "--pcrf", pcrf.address(),
                    "--calls", Integer.toString(calls), "--rate", "10", "--hold", "1500", "--timeout", TIMEOUT).await(RUN);
            Seagull.Run bpcfRun = bpcf.await(RUN);

            assertAllSucceeded(pcef, calls);
            assertAllSucceeded(bpcfRun, calls);
            assertThat(pcrf.answersReceived("S9a", "TER", 2001)).isEqualTo(calls);
            assertThat(pcrf.counter("establishment.triggersSent")).isEqualTo(calls);
            assertThat(pcrf.counter("establishment.matched")).isEqualTo(calls);
            assertThat(pcrf.counter("establishment.unmatchedRequests")).isZero();
            assertThat(pcrf.answered("S9a", "CCR", 2001)).as("CCR-I, CCR-U with usage, CCR-T").isEqualTo(3 * calls);
            assertThat(pcrf.answersReceived("S9a", "RAR", 2001)).isEqualTo(calls);
            assertThat(pcrf.answered("Gx", "CCR", 2001)).isEqualTo(2 * calls);
        }
    }

    private static void assertAllSucceeded(Seagull.Run run, int calls) {
        assertThat(run.exitStatus()).as(run.summary()).isZero();
        assertThat(run.total("TrafficSuccessfulCall(C)")).as(run.summary()).isEqualTo(calls);
        assertThat(run.total("FailedCall(C)")).as(run.summary()).isZero();
        assertThat(run.total("UnexpectedMsg(C)")).as(run.summary()).isZero();
        assertThat(run.summary()).contains(calls + " of " + calls + " calls successful");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
