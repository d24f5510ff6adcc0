package io.pcrfd.it.establishment;

import static io.pcrfd.it.establishment.S9aWire.exchange;
import static io.pcrfd.it.establishment.S9aWire.resultCode;
import static io.pcrfd.it.establishment.S9aWire.ruleNames;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.it.establishment.RunningPcrfFixture.Setup;
import io.pcrfd.it.gx.MutableClock;
import io.pcrfd.pcrf.cli.demo.WireEvent;
import java.math.BigInteger;
import java.net.InetAddress;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Usage metering across the fixed and mobile networks over TCP: the shipped PCRF, a codec PCEF
 * on Gx and a scripted BPCF on S9a reporting usage in CCR-U. Fixed and mobile usage add up in
 * one meter with their rating factors, the grants stop at the next threshold on each network,
 * a threshold crossed by fixed-line usage throttles the mobile session (Gx RAR with the new
 * APN-AMBR) and the line (S9a RAR with the throttling QoS rule), a retransmitted report counts
 * once, and a new period lifts the throttle. The clock is the test's.
 */
class MeteringEndToEndTest {
    private static final String GX = "pcef.run.example;metering;1";
    private static final String S9A_SESSION = "bpcf.run.example;metering;1";
    private static final String IMSI = "001010000000042";
    private static final String UE_IP = "198.51.100.42";
    private static final long MB = 1_000_000L;
    private static final long RAR = 258L;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Wednesday noon: the daily period started at midnight. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-18T12:00:00Z"));
    private RunningPcrfFixture f;

    static String policy() {
        return RunningPcrfEstablishmentTest.policy(false) + """
                metering:
                  policies:
                    daily:
                      monitoringKey: total
                      quota: 1000MB
                      grant: 300MB
                      rating: [{when: {access: [fixed]}, factor: 0.5}]
                      thresholds:
                        - {at: 80%, networks: mobile, notification: true, then: {ambr: {uplink: 1Mbps, downlink: 2Mbps}}}
                        - at: 80%
                          networks: fixed
                          then:
                            dynamicRules:
                              - name: line-throttle
                                flows: [{description: "permit out ip from any to any", direction: downlink}]
                                qci: 9
                                arp: {priority: 12, capability: disabled, vulnerability: enabled}
                                mbr: {uplink: 1Mbps, downlink: 2Mbps}
                      reset: {period: daily}
                """;
    }

    @BeforeEach
    void start() throws Exception {
        f = new RunningPcrfFixture(policy(), new Setup("ter", "notify-only", "5s", 2, clock, true));
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    @Test
    void fixedUsageCrossingTheThresholdThrottlesTheMobileSessionAndTheLine() throws Exception {
        DiameterMessage ccaI = exchange(f, f.wlanInitial(GX, IMSI, UE_IP));
        assertThat(resultCode(ccaI)).isEqualTo(2001);
        assertThat(granted(ccaI)).as("the policy's grant, far from 800 MB").isEqualTo(300 * MB);
        assertThat(resultCode(bpcfInitial())).isEqualTo(2001);

        assertThat(granted(exchange(f, mobileUsage(1, 300 * MB)))).as("500 MB left at factor 1").isEqualTo(300 * MB);
        DiameterMessage first = bpcf(fixedUsage(1, 900 * MB));
        assertThat(resultCode(first)).isEqualTo(2001);
        assertThat(granted(first)).as("750 MB rated: 50 MB left, 100 MB of fixed usage at 0.5").isEqualTo(100 * MB);

        DiameterMessage crossing = bpcf(fixedUsage(2, 100 * MB));
        assertThat(resultCode(crossing)).isEqualTo(2001);

        WireEvent gxRar = gxSeen("Gx RAR with the throttled APN-AMBR", e -> e.to().equals("PCEF") && e.isRequest()
                && e.command() == RAR && e.has("QoS-Information"));
        Avp qos = gxRar.message().avp("QoS-Information").orElseThrow();
        assertThat(qos.child("APN-Aggregate-Max-Bitrate-DL").orElseThrow().asUnsigned32()).isEqualTo(2_000_000L);
        WireEvent s9aRar = S9aWire.seen(f, "S9a RAR installing the line throttle", e -> S9aWire.toBpcf(e)
                && e.isRequest() && e.command() == RAR && e.has("QoS-Rule-Install"));
        assertThat(ruleNames(s9aRar.message(), "QoS-Rule-Install")).containsExactly("line-throttle");
        assertThat(S9aWire.all(f, e -> S9aWire.toBpcf(e) && e.command() == RAR
                && e.message().avp("QoS-Information").isPresent())).as("no APN-AMBR to the BPCF").isEmpty();

        JsonNode daily = usage().path("policies").get(0);
        assertThat(daily.path("name").asText()).isEqualTo("daily");
        assertThat(daily.path("mobile").asLong()).isEqualTo(300 * MB);
        assertThat(daily.path("fixed").asLong()).isEqualTo(1000 * MB);
        assertThat(daily.path("ratedOctets").asLong()).isEqualTo(800 * MB);
        assertThat(daily.path("crossed").toString()).contains("80%");
        assertThat(daily.path("nextReset").asText()).isEqualTo("2026-11-19T00:00:00Z");
    }

    @Test
    void aRetransmittedFixedReportCountsOnce() throws Exception {
        assertThat(resultCode(exchange(f, f.wlanInitial(GX, IMSI, UE_IP)))).isEqualTo(2001);
        assertThat(resultCode(bpcfInitial())).isEqualTo(2001);

        DiameterMessage report = fixedUsage(1, 200 * MB);
        assertThat(resultCode(bpcf(report))).isEqualTo(2001);
        assertThat(resultCode(bpcf(report))).as("the same Session-Id and CC-Request-Number again").isEqualTo(2001);

        assertThat(usage().path("policies").get(0).path("fixed").asLong()).isEqualTo(200 * MB);
        assertThat(usage().path("policies").get(0).path("ratedOctets").asLong()).isEqualTo(100 * MB);
    }

    @Test
    void theNextPeriodStartsFromZeroAndAnOperatorResetToo() throws Exception {
        assertThat(resultCode(exchange(f, f.wlanInitial(GX, IMSI, UE_IP)))).isEqualTo(2001);
        DiameterMessage full = exchange(f, mobileUsage(1, 900 * MB));
        assertThat(full.avp("QoS-Information").orElseThrow().child("APN-Aggregate-Max-Bitrate-DL").orElseThrow()
                .asUnsigned32()).as("throttled in the CCA-U").isEqualTo(2_000_000L);

        clock.set(Instant.parse("2026-11-19T00:00:01Z"));
        DiameterMessage nextDay = exchange(f, mobileUsage(2, MB));
        assertThat(nextDay.avp("QoS-Information").orElseThrow().child("APN-Aggregate-Max-Bitrate-DL").orElseThrow()
                .asUnsigned32()).as("the plan's AMBR again").isEqualTo(50_000_000L);
        assertThat(usage().path("policies").get(0).path("mobile").asLong()).isEqualTo(MB);

        var reset = f.rest("POST", "/subscribers/" + IMSI + "/usage/reset");
        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(reset.body()).path("metersRemoved").asInt()).isPositive();
        assertThat(usage().path("policies").get(0).path("mobile").asLong()).isZero();
        var unknown = f.rest("POST", "/subscribers/" + IMSI + "/usage/reset?policy=nope");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).path("error").asText()).isEqualTo("unknown metering policy");
        var bad = f.rest("GET", "/subscribers/not-a-subscriber/usage");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).path("detail").asText()).contains("expected an IMSI");
    }

    private JsonNode usage() throws Exception {
        var r = f.rest("GET", "/subscribers/" + IMSI + "/usage");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private WireEvent gxSeen(String what, Predicate<WireEvent> p) throws InterruptedException {
        WireEvent e = f.gxWire.await(p, System.nanoTime() + S9aWire.WAIT.toNanos());
        assertThat(e).as(what + "; seen: " + f.gxWire.render()).isNotNull();
        return e;
    }

    private static long granted(DiameterMessage answer) {
        return answer.avps("Usage-Monitoring-Information").stream()
                .flatMap(u -> u.child("Granted-Service-Unit").stream())
                .flatMap(g -> g.child("CC-Total-Octets").stream()).mapToLong(Avp::asLong).findFirst().orElse(-1);
    }

    private DiameterMessage mobileUsage(long number, long octets) {
        return f.ccr(GX, "UPDATE_REQUEST", number).add("Event-Trigger", 33)
                .addGrouped("Usage-Monitoring-Information", u -> u.add("Monitoring-Key", "total")
                        .addGrouped("Used-Service-Unit", s -> s.add("CC-Total-Octets", BigInteger.valueOf(octets))))
                .build();
    }

    private MessageBuilder s9a(String type, long number) {
        return MessageBuilder.request(f.dictionary, RunningPcrfFixture.S9A, "CCR")
                .add("Session-Id", S9A_SESSION).add("Auth-Application-Id", RunningPcrfFixture.S9A)
                .originHost(RunningPcrfFixture.BPCF).originRealm(RunningPcrfFixture.REALM)
                .add("Destination-Realm", RunningPcrfFixture.REALM).add("Destination-Host", RunningPcrfFixture.PCRF)
                .add("CC-Request-Type", type).add("CC-Request-Number", number);
    }

    /** The BPCF's S9a CCR-I for the UE behind its line (matched by IMSI and UE local IP). */
    private DiameterMessage bpcfInitial() throws Exception {
        DiameterMessage cca = bpcf(s9a("INITIAL_REQUEST", 0)
                .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", IMSI))
                .add("Called-Station-Id", "internet")
                .add("UE-Local-IP-Address", InetAddress.getByName(UE_IP)).build());
        io.pcrfd.it.Await.await("the S9a session linked", S9aWire.WAIT, () -> S9aWire.linked(f, GX, S9A_SESSION));
        return cca;
    }

    /** The BPCF's S9a CCR-U reporting fixed-line usage (the Gx usage monitoring AVPs). */
    private DiameterMessage fixedUsage(long number, long octets) {
        return s9a("UPDATE_REQUEST", number)
                .addGrouped("Usage-Monitoring-Information", u -> u.add("Monitoring-Key", "total")
                        .addGrouped("Used-Service-Unit", s -> s.add("CC-Total-Octets", BigInteger.valueOf(octets)))
                        .add("Usage-Monitoring-Level", "SESSION_LEVEL"))
                .build();
    }

    private DiameterMessage bpcf(DiameterMessage request) throws Exception {
        return f.bpcfPeer.request(request).get(S9aWire.WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }
}
