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
 * throttling QoS rule, which the BPCF admits). A usage report the PCRF asks of the Gx gateway
 * (session context exposure's subscriber state) is asked of the BPCF too, in an S9a RAR, and
 * the usage the BPCF held comes in its CCR-U. The policy never resets, so the wall clock does
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
                "reset: {period: never}"), RunningPcrfFixture.Setup.DEFAULT.withExposure());
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

    /**
     * TS 29.212 §4.5.16 over S9a: the RAR carries Usage-Monitoring-Information { Monitoring-Key,
     * Usage-Monitoring-Report USAGE_MONITORING_REPORT_REQUIRED (0) } with the M bit clear (S9a's
     * {@code *[AVP]}); the BPCF answers 2001 and reports the usage it was holding in a CCR-U.
     */
    @Test
    void aUsageReportAskedOfTheGatewayIsAskedOfTheBpcfToo() throws Exception {
        assertThat(resultCode(exchange(f, f.wlanInitial(GX, IMSI, "198.51.100.44")))).isEqualTo(2001);
        Await.await("the BPCF's S9a session linked", S9aWire.WAIT,
                () -> S9aWire.linkedSessions(f, GX).size() == 1);
        assertThat(report(100 * MB).resultCode()).as("the first report gets the line a grant").isEqualTo(2001L);
        UsageResult held = f.bpcf.bpcf().reportUsage(new UsageTarget(UsageTarget.Kind.IMSI, IMSI), "total",
                Octets.of(40 * MB, null, null), true).toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(held.sent()).as("40 MB is below the grant: held").isFalse();
        assertThat(S9aWire.all(f, MeteringWithShippedBpcfTest::usageReportRequest)).isEmpty();

        var state = f.rest("GET", "/analytics/v1/subscribers/" + IMSI + "/subscriber-state");

        assertThat(state.statusCode()).as(state.body()).isEqualTo(200);
        assertThat(JSON.readTree(state.body()).at("/sessions/0/usageReport").asText()).isEqualTo("REQUESTED");
        WireEvent rar = S9aWire.seen(f, "S9a RAR asking for a usage report",
                MeteringWithShippedBpcfTest::usageReportRequest);
        Avp umi = rar.message().avp("Usage-Monitoring-Information").orElseThrow();
        assertThat(umi.isMandatory()).as("M bit clear: S9a's grammar has it in *[AVP]").isFalse();
        assertThat(umi.child("Monitoring-Key").orElseThrow().asUtf8String()).isEqualTo("total");
        assertThat(umi.child("Usage-Monitoring-Report").orElseThrow().asInt()).isZero();
        WireEvent raa = S9aWire.seen(f, "the BPCF's RAA", e -> !S9aWire.toBpcf(e) && !e.isRequest()
                && e.command() == RAR && e.nanos() > rar.nanos());
        assertThat(raa.resultCode()).isEqualTo(2001L);
        WireEvent ccr = S9aWire.seen(f, "the BPCF's CCR-U with the held usage", e -> !S9aWire.toBpcf(e)
                && e.isRequest() && S9aWire.cc(e, 2) && e.nanos() > raa.nanos());
        assertThat(ccr.message().avp("Usage-Monitoring-Information").orElseThrow().child("Used-Service-Unit")
                .orElseThrow().child("CC-Total-Octets").orElseThrow().asLong()).isEqualTo(40 * MB);
        Await.await("the reported usage metered", S9aWire.WAIT, () -> fixedUsage() == 140 * MB);
    }

    private static boolean usageReportRequest(WireEvent e) {
        return S9aWire.toBpcf(e) && e.isRequest() && e.command() == RAR && e.has("Usage-Monitoring-Information");
    }

    private long fixedUsage() {
        try {
            return JSON.readTree(f.rest("GET", "/subscribers/" + IMSI + "/usage").body()).path("policies").get(0)
                    .path("fixed").asLong();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private UsageResult report(long octets) throws Exception {
        return f.bpcf.bpcf().reportUsage(new UsageTarget(UsageTarget.Kind.IMSI, IMSI), "total",
                Octets.of(octets, null, null), false).toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
