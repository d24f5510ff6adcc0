package io.pcrfd.it.establishment;

import static io.pcrfd.it.establishment.S9aWire.exchange;
import static io.pcrfd.it.establishment.S9aWire.resultCode;
import static io.pcrfd.it.establishment.S9aWire.ruleNames;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcrfd.bpcf.Octets;
import io.pcrfd.bpcf.UsageResult;
import io.pcrfd.bpcf.UsageTarget;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.it.Await;
import io.pcrfd.pcrf.cli.demo.WireEvent;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shipped BPCF (its {@code usage} operation, as {@code pcrfd bpcf usage} and its REST call
 * drive it) against the shipped PCRF: the line's usage, reported in S9a CCR-U, is metered with
 * the UE's mobile usage; the CCA-U's grant is what the BPCF then holds; the report that crosses
 * the threshold throttles the mobile session (Gx RAR) and the line (S9a RAR installing the
 * throttling QoS rule, which the BPCF admits). The policy never resets, so the wall clock does
 * not matter.
 */
class MeteringWithShippedBpcfTest {
    private static final String GX = "pcef.run.example;metering-bpcf;1";
    private static final String IMSI = "001010000000044";
    private static final long MB = 1_000_000L;
    private static final long RAR = 258L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private RunningPcrfFixture f;

    @BeforeEach
    void start() throws Exception {
        f = new RunningPcrfFixture(MeteringEndToEndTest.policy().replace("reset: {period: daily}",
                "reset: {period: never}"));
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    @Test
    void theLinesUsageCrossingTheThresholdThrottlesTheMobileSessionAndTheLine() throws Exception {
        assertThat(resultCode(exchange(f, f.wlanInitial(GX, IMSI, "198.51.100.44")))).isEqualTo(2001);
        Await.await("the BPCF's S9a session linked", S9aWire.WAIT,
                () -> S9aWire.linkedSessions(f, GX).size() == 1);

        UsageResult first = report(900 * MB);
        assertThat(first.sent()).isTrue();
        assertThat(first.resultCode()).isEqualTo(2001L);
        WireEvent cca = S9aWire.seen(f, "CCA-U with a grant to the BPCF", e -> S9aWire.toBpcf(e) && !e.isRequest()
                && S9aWire.cc(e, 2) && e.has("Usage-Monitoring-Information"));
        assertThat(cca.message().avp("Usage-Monitoring-Information").orElseThrow().child("Granted-Service-Unit")
                .orElseThrow().child("CC-Total-Octets").orElseThrow().asLong())
                .as("450 MB rated: 350 MB to 80%, 700 MB of the line at 0.5; the policy's grant is 300 MB")
                .isEqualTo(300 * MB);

        assertThat(report(300 * MB).resultCode()).isEqualTo(2001L);
        assertThat(report(400 * MB).resultCode()).as("rated 450 + 150 + 200 = 800 MB: 80% reached").isEqualTo(2001L);

        WireEvent lineRar = S9aWire.seen(f, "S9a RAR installing the line throttle", e -> S9aWire.toBpcf(e)
                && e.isRequest() && e.command() == RAR && e.has("QoS-Rule-Install"));
        assertThat(ruleNames(lineRar.message(), "QoS-Rule-Install")).containsExactly("line-throttle");
        WireEvent raa = S9aWire.seen(f, "the BPCF's RAA", e -> !S9aWire.toBpcf(e) && !e.isRequest()
                && e.command() == RAR);
        assertThat(raa.resultCode()).isEqualTo(2001L);
        WireEvent gxRar = f.gxWire.await(e -> e.to().equals("PCEF") && e.isRequest() && e.command() == RAR
                && e.has("QoS-Information"), System.nanoTime() + S9aWire.WAIT.toNanos());
        assertThat(gxRar).as("Gx RAR; seen " + f.gxWire.render()).isNotNull();
        assertThat(gxRar.message().avp("QoS-Information").orElseThrow().child("APN-Aggregate-Max-Bitrate-DL")
                .map(Avp::asUnsigned32).orElseThrow()).isEqualTo(2_000_000L);

        var usage = JSON.readTree(f.rest("GET", "/subscribers/" + IMSI + "/usage").body()).path("policies").get(0);
        assertThat(usage.path("fixed").asLong()).isEqualTo(1600 * MB);
        assertThat(usage.path("ratedOctets").asLong()).isEqualTo(800 * MB);
    }

    private UsageResult report(long octets) throws Exception {
        return f.bpcf.bpcf().reportUsage(new UsageTarget(UsageTarget.Kind.IMSI, IMSI), "total",
                Octets.of(octets, null, null), false).toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
