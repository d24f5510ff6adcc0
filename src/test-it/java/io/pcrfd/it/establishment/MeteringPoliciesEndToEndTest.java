package io.pcrfd.it.establishment;

import static io.pcrfd.it.establishment.S9aWire.exchange;
import static io.pcrfd.it.establishment.S9aWire.resultCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.it.establishment.RunningPcrfFixture.Setup;
import io.pcrfd.it.gx.MutableClock;
import java.math.BigInteger;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hierarchical and rule-based metering over TCP, seen on the Gx wire and in the usage view: a
 * secondary policy active on Saturdays rates with its own factor and charges both itself and its
 * primary, inheriting the primary's quota; a service of three policies moves from the first to
 * the second and the third as their quotas are used, each with its own AMBR in the CCA-U and a
 * grant that stops at the quota.
 */
class MeteringPoliciesEndToEndTest {
    private static final String GX = "pcef.run.example;metering-policies;1";
    private static final String IMSI = "001010000000043";
    private static final long MB = 1_000_000L;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Sunday 23:00 UTC, an hour before the weekend ends. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T23:00:00Z"));
    private RunningPcrfFixture f;

    static String policy() {
        return RunningPcrfEstablishmentTest.policy(false) + """
                metering:
                  policies:
                    monthly:
                      monitoringKey: total
                      quota: 10GB
                      thresholds: [{at: 50%}]
                      reset: {period: monthly, day: 1}
                    weekend:
                      inherits: monthly
                      when: {days: [SAT-SUN]}
                      rating: [{factor: 0.25}]
                    full:
                      monitoringKey: tier
                      grant: 1GB
                      quota: 100MB
                      reset: {period: daily}
                    slow:
                      monitoringKey: tier
                      grant: 1GB
                      quota: 200MB
                      then: {ambr: {uplink: 2Mbps, downlink: 2Mbps}}
                      reset: {period: daily}
                    slowest:
                      monitoringKey: tier
                      grant: 1GB
                      quota: 300MB
                      then: {ambr: {uplink: 256kbps, downlink: 256kbps}}
                      reset: {period: daily}
                  services:
                    video: [full, slow, slowest]
                """;
    }

    @BeforeEach
    void start() throws Exception {
        f = new RunningPcrfFixture(policy(), new Setup("ter", "notify-only", "5s", 2, clock, true));
        assertThat(resultCode(exchange(f, f.wlanInitial(GX, IMSI, "198.51.100.43")))).isEqualTo(2001);
    }

    @AfterEach
    void stop() throws Exception {
        f.close();
    }

    @Test
    void aSecondaryRatesWithItsOwnFactorAndChargesItselfAndItsPrimary() throws Exception {
        assertThat(resultCode(exchange(f, usage(1, "total", 400 * MB)))).isEqualTo(2001);

        Map<String, JsonNode> view = view();
        assertThat(view.get("weekend").path("active").asBoolean()).isTrue();
        assertThat(view.get("monthly").path("active").asBoolean()).isFalse();
        assertThat(view.get("weekend").path("ratedOctets").asLong()).isEqualTo(100 * MB);
        assertThat(view.get("monthly").path("ratedOctets").asLong()).as("charged to the primary too")
                .isEqualTo(100 * MB);
        assertThat(view.get("weekend").path("quota").asLong()).as("inherited").isEqualTo(10_000 * MB);
        assertThat(view.get("weekend").path("primary").asText()).isEqualTo("monthly");

        clock.set(Instant.parse("2026-11-23T01:00:00Z"));
        assertThat(resultCode(exchange(f, usage(2, "total", 400 * MB)))).isEqualTo(2001);
        view = view();
        assertThat(view.get("monthly").path("active").asBoolean()).as("Monday: the primary").isTrue();
        assertThat(view.get("monthly").path("ratedOctets").asLong()).isEqualTo(500 * MB);
        assertThat(view.get("weekend").path("ratedOctets").asLong()).isEqualTo(100 * MB);
    }

    @Test
    void aServiceMovesFromTheFirstPolicyToTheSecondAndTheThird() throws Exception {
        DiameterMessage first = exchange(f, usage(1, "tier", 100 * MB));
        assertThat(downlinkAmbr(first)).as("slow is active: 2 Mbps").isEqualTo(2_000_000L);
        assertThat(granted(first, "tier")).as("up to slow's quota").isEqualTo(200 * MB);
        assertThat(view().get("slow").path("active").asBoolean()).isTrue();

        DiameterMessage second = exchange(f, usage(2, "tier", 200 * MB));
        assertThat(downlinkAmbr(second)).as("slowest is active: 256 kbps").isEqualTo(256_000L);
        Map<String, JsonNode> view = view();
        assertThat(view.get("slowest").path("active").asBoolean()).isTrue();
        assertThat(view.get("full").path("ratedOctets").asLong()).isEqualTo(100 * MB);
        assertThat(view.get("slow").path("ratedOctets").asLong()).isEqualTo(200 * MB);
        assertThat(view.get("slowest").path("ratedOctets").asLong()).isZero();
    }

    private Map<String, JsonNode> view() throws Exception {
        var r = f.rest("GET", "/subscribers/" + IMSI + "/usage");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Map<String, JsonNode> out = new HashMap<>();
        JSON.readTree(r.body()).path("policies").forEach(p -> out.put(p.path("name").asText(), p));
        return out;
    }

    private DiameterMessage usage(long number, String key, long octets) {
        return f.ccr(GX, "UPDATE_REQUEST", number).add("Event-Trigger", 33)
                .addGrouped("Usage-Monitoring-Information", u -> u.add("Monitoring-Key", key)
                        .addGrouped("Used-Service-Unit", s -> s.add("CC-Total-Octets", BigInteger.valueOf(octets))))
                .build();
    }

    private static long downlinkAmbr(DiameterMessage answer) {
        return answer.avp("QoS-Information").orElseThrow().child("APN-Aggregate-Max-Bitrate-DL").orElseThrow()
                .asUnsigned32();
    }

    private static long granted(DiameterMessage answer, String key) {
        for (Avp umi : answer.avps("Usage-Monitoring-Information")) {
            if (umi.child("Monitoring-Key").map(k -> new String(k.asOctetString())).orElse("").equals(key)) {
                return umi.child("Granted-Service-Unit").orElseThrow().child("CC-Total-Octets").orElseThrow().asLong();
            }
        }
        return -1;
    }
}
