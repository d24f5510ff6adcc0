package io.pcrfd.it.gx;

import static io.pcrfd.it.gx.GxPcef.resultCode;
import static io.pcrfd.it.gx.PcrfUnderTest.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.testing.TestPeer;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code store.usageMaxEntries} end to end over TCP: a PCRF whose in-memory store keeps at most
 * 200 usage totals serves 1,200 sessions of a fresh IMSI each, CCR-I then a CCR-T with the final
 * usage report (what {@code pcrfd bench} and independent load clients send), and answers every
 * request 2001, while {@code GET /metrics} shows the totals held within the bound and every one
 * past it counted as an eviction.
 */
@Timeout(60)
class GxUsageBoundEndToEndTest {
    private static final Instant NOON = Instant.parse("2026-11-18T12:00:00Z");
    private static final int BOUND = 200;
    private static final int SESSIONS = 1_200;

    @TempDir
    Path dir;

    @Test
    void freshSubscribersPastTheBoundAreAllServedAndTheEvictionsCounted() {
        GxPcef pcef = new GxPcef("pgw7.epc.e2e.example", 70);
        try (PcrfUnderTest pcrf = PcrfUnderTest.start(dir, NOON, "pcrf.e2e.example",
                "store: {snapshot: {enabled: false}, usageMaxEntries: " + BOUND + "}");
             TestPeer pgw = pcrf.connect(pcef.host())) {
            for (int i = 0; i < SESSIONS; i++) {
                String sid = "pgw7;bound;" + i;
                String imsi = "0010170" + String.format("%08d", i);
                String ip = "10.70." + (i >> 8) + "." + (i & 0xff);
                assertThat(resultCode(call(pgw, pcef.initial(sid, imsi, ip)))).as("CCR-I %d", i).isEqualTo(2001);
                assertThat(resultCode(call(pgw, finalReport(pcef, sid)))).as("CCR-T %d", i).isEqualTo(2001);
            }

            String metrics = pcrf.get("/metrics").body();
            long held = metric(metrics, "pcrfd_store_usage_entries");
            assertThat(held).isPositive().isLessThanOrEqualTo(BOUND);
            assertThat(metric(metrics, "pcrfd_store_usage_evictions_total")).isEqualTo(SESSIONS - held);
        }
    }

    /** CCR-T with the session's final usage report on Monitoring-Key mk1 (TS 29.212 §4.5.16). */
    private static DiameterMessage finalReport(GxPcef pcef, String sessionId) {
        return pcef.ccr(sessionId, "TERMINATION_REQUEST", 1).add("Termination-Cause", "DIAMETER_LOGOUT")
                .addGrouped("Usage-Monitoring-Information", u -> u.add("Monitoring-Key", "mk1")
                        .addGrouped("Used-Service-Unit", s -> s.add("CC-Total-Octets", BigInteger.valueOf(1000))))
                .build();
    }

    private static long metric(String text, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*})? ([0-9.eE+]+)$").matcher(text);
        assertThat(m.find()).as("%s in /metrics", name).isTrue();
        return (long) Double.parseDouble(m.group(1));
    }
}
