package io.pcrfd.it.establishment;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.bpcf.BpcfSessionView;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.it.Await;
import io.pcrfd.pcrf.cli.demo.WireEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the BPCF keeps across a restart (README "What a restart keeps"), through the shipped
 * runtimes, everything between the BPCF and the PCRF read off the relayed socket. A planned stop
 * writes the BPCF's snapshot: the restarted BPCF announces the same Origin-State-Id in its CER and
 * the S9a session carries on. A crash writes nothing: the BPCF announces a larger Origin-State-Id,
 * the PCRF ends the S9a session it had and triggers the BPCF again, which opens a new one.
 */
class BpcfRestartTest {
    private static final long TER = 8388656L;
    private static final String UE_LOCAL_IP = "198.51.100.7";
    private static final String GX_SESSION = RunningPcrfFixture.PCEF + ";1;restart";
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** The restarted BPCF's clock: a new Origin-State-Id would be this much larger. */
    private static final Clock LATER = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(30));

    @TempDir
    Path dir;
    private RunningPcrfFixture f;

    @BeforeEach
    void start() throws Exception {
        f = new RunningPcrfFixture(RunningPcrfEstablishmentTest.policy(false),
                RunningPcrfFixture.Setup.DEFAULT.withBpcfSnapshot(dir.resolve("bpcf-snapshot.dat")));
        DiameterMessage cca = f.pcef.request(f.wlanInitial(GX_SESSION, "001010000000077", UE_LOCAL_IP))
                .get(10, TimeUnit.SECONDS);
        assertThat(cca.avp("Result-Code").map(Avp::asUnsigned32)).contains(2001L);
        Await.await("the S9a session up at the BPCF", WAIT, () -> f.bpcf.bpcf().list().stream()
                .anyMatch(BpcfSessionView::up));
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    @Test
    void aPlannedRestartKeepsTheS9aSessionAndTheOriginStateId() throws Exception {
        BpcfSessionView before = f.bpcf.bpcf().list().iterator().next();
        long announced = cerOriginStateId(0);

        f.bpcf.shutdown(Duration.ofSeconds(1));
        f.startBpcf(LATER);

        assertThat(cerOriginStateId(1)).as("the second CER's Origin-State-Id").isEqualTo(announced);
        assertThat(f.bpcf.bpcf().list()).containsExactly(before);
        f.writePolicy(RunningPcrfEstablishmentTest.policy(true));
        assertThat(f.rest("POST", "/policy/reload").statusCode()).isEqualTo(200);
        assertThat(f.rest("POST", "/sessions/" + GX_SESSION + "/reauthorize").statusCode()).isEqualTo(202);
        seen("the RAA on the kept S9a session", e -> !toBpcf(e) && !e.isRequest() && e.command() == 258
                && e.message().sessionId().orElseThrow().equals(before.sessionId()) && e.resultCode() == 2001);
        Await.await("the new rule admitted on the kept session", WAIT,
                () -> f.bpcf.bpcf().list().iterator().next().admitted().contains("voice"));
        assertThat(f.wire.events()).filteredOn(e -> e.command() == TER).as("no trigger after the restart").hasSize(2);
    }

    @Test
    void afterACrashTheBpcfAnnouncesALargerOriginStateIdAndThePcrfTriggersItAgain() throws Exception {
        String lost = f.bpcf.bpcf().list().iterator().next().sessionId();
        long announced = cerOriginStateId(0);

        f.crashBpcf();
        f.startBpcf(LATER);

        assertThat(cerOriginStateId(1)).as("the second CER's Origin-State-Id").isGreaterThan(announced);
        seen("a second TER after the restart", e -> toBpcf(e) && e.isRequest() && e.command() == TER
                && e.nanos() > secondCer().nanos());
        WireEvent ccrI = seen("a new S9a CCR-I", e -> !toBpcf(e) && e.isRequest() && e.command() == 272
                && e.requestType() == 1 && !e.message().sessionId().orElseThrow().equals(lost));
        String reopened = ccrI.message().sessionId().orElseThrow();
        seen("its CCA-I 2001", e -> toBpcf(e) && !e.isRequest() && e.command() == 272
                && e.message().sessionId().orElseThrow().equals(reopened) && e.resultCode() == 2001);
        Await.await("the new S9a session up at the BPCF", WAIT, () -> f.bpcf.bpcf().list().stream()
                .anyMatch(v -> v.sessionId().equals(reopened) && v.up()));
        String links = f.rest("GET", "/sessions/" + GX_SESSION).body();
        assertThat(links).contains(reopened).doesNotContain(lost);
    }

    /** The Origin-State-Id of the BPCF's {@code n}th CER (0: the first connection), as read off the socket. */
    private long cerOriginStateId(int n) {
        Await.await("CER number " + (n + 1) + " from the BPCF", WAIT, () -> cers().size() > n);
        return cers().get(n).message().avp("Origin-State-Id").orElseThrow().asUnsigned32();
    }

    private WireEvent secondCer() {
        return cers().get(1);
    }

    private List<WireEvent> cers() {
        return f.base.stream().filter(e -> !toBpcf(e) && e.isRequest() && e.command() == 257).toList();
    }

    private WireEvent seen(String what, Predicate<WireEvent> p) throws InterruptedException {
        WireEvent e = f.wire.await(p, System.nanoTime() + WAIT.toNanos());
        assertThat(e).as(what + " on the wire, within " + WAIT + "; seen: " + f.wire.render()).isNotNull();
        return e;
    }

    private static boolean toBpcf(WireEvent e) {
        return e.to().equals("BPCF");
    }
}
