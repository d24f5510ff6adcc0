package io.pcrfd.pcrf.gx;

import static io.pcrfd.pcrf.gx.GxHarness.join;
import static io.pcrfd.pcrf.gx.GxHarness.resultCode;
import static io.pcrfd.pcrf.gx.GxHarness.u32;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.store.model.SubscriberId;
import io.pcrfd.store.model.UsageKey;
import io.pcrfd.store.model.UsageTotals;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** CCR-U usage and thresholds, CCR-T, 5002, duplicates and rule reports, CCA by CCA. */
class GxSessionLifecycleTest {
    private static final long MB = 1_000_000L;
    private final GxHarness h = new GxHarness();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void usageReportsAccumulateAndCrossingOneGigabyteThrottlesTheAmbr() {
        String sid = "pgw1;2;basic";
        h.call(h.pcef.initial(sid, Pcef.BASIC_IMSI, "10.0.1.1").build());

        DiameterMessage first = h.call(h.pcef.usage(sid, 1, "mk1", 400 * MB, 33));
        assertThat(resultCode(first)).isEqualTo(2001);
        assertThat(first.avp("QoS-Information")).as("no AMBR change below 1 GB").isEmpty();
        assertThat(grantedTotal(first)).isEqualTo(400 * MB);

        // the older USAGE_REPORT value 26 is accepted too; the grant stops at the threshold
        DiameterMessage second = h.call(h.pcef.usage(sid, 2, "mk1", 400 * MB, 26));
        assertThat(grantedTotal(second)).isEqualTo(200 * MB);

        DiameterMessage third = h.call(h.pcef.usage(sid, 3, "mk1", 200 * MB, 33));
        Avp ambr = third.avp("QoS-Information").orElseThrow();
        assertThat(u32(ambr, "APN-Aggregate-Max-Bitrate-UL")).isEqualTo(256_000);
        assertThat(u32(ambr, "APN-Aggregate-Max-Bitrate-DL")).isEqualTo(1_000_000);
        assertThat(grantedTotal(third)).as("beyond the last threshold the plan's grant").isEqualTo(400 * MB);
        assertThat(usage(Pcef.BASIC_IMSI, "mk1").totalOctets()).isEqualTo(1000 * MB);
        assertThat(usage(Pcef.BASIC_IMSI, "mk1").inputOctets()).isEqualTo(250 * MB);
        assertThat(join(h.store.sessions().get(sid)).orElseThrow().qos().apnAmbrDl()).isEqualTo(1_000_000);
    }

    @Test
    void ccrTerminationClosesTheSessionAndKeepsItsFinalUsage() {
        String sid = "pgw1;3;basic";
        h.call(h.pcef.initial(sid, Pcef.BASIC_IMSI, "10.0.1.2").build());
        h.call(h.pcef.usage(sid, 1, "mk1", 10 * MB, 33));

        DiameterMessage cca = h.call(h.pcef.terminate(sid, 2, "mk1", 123));

        assertThat(resultCode(cca)).isEqualTo(2001);
        assertThat(cca.avp("CC-Request-Type").orElseThrow().asInt()).isEqualTo(3);
        assertThat(join(h.store.sessions().get(sid))).isEmpty();
        assertThat(usage(Pcef.BASIC_IMSI, "mk1").totalOctets()).isEqualTo(10 * MB + 123);
        assertThat(join(h.store.contexts().findClosed("internet", SubscriberId.imsi(Pcef.BASIC_IMSI))))
                .hasValueSatisfying(c -> assertThat(c.sessionId()).isEqualTo(sid));
    }

    @Test
    void updateOrTerminationOfAnUnknownSessionIs5002() {
        DiameterMessage u = h.call(h.pcef.usage("pgw1;404;x", 1, "mk1", 1, 33));
        DiameterMessage t = h.call(h.pcef.terminate("pgw1;404;y", 1, "mk1", 1));

        assertThat(u.avp("Result-Code").orElseThrow().asUnsigned32()).isEqualTo(5002);
        assertThat(t.avp("Result-Code").orElseThrow().asUnsigned32()).isEqualTo(5002);
        assertThat(u.avp("CC-Request-Type").orElseThrow().asInt()).isEqualTo(2);
    }

    @Test
    void aRetransmittedUpdateGetsTheSameAnswerAndCountsOnce() {
        String sid = "pgw1;4;basic";
        h.call(h.pcef.initial(sid, Pcef.BASIC_IMSI, "10.0.1.3").build());
        DiameterMessage ccr = h.pcef.usage(sid, 1, "mk1", 5 * MB, 33);

        byte[] first = DiameterCodec.encode(h.call(ccr));
        byte[] again = DiameterCodec.encode(h.call(ccr.withFlags(ccr.flags().withRetransmitted(true))));

        assertThat(again).isEqualTo(first);
        assertThat(usage(Pcef.BASIC_IMSI, "mk1").totalOctets()).isEqualTo(5 * MB);
    }

    @Test
    void aTerminationReusingTheLastUpdatesNumberEndsTheSessionWithACcaT() {
        String sid = "pgw1;8;basic";
        h.call(h.pcef.initial(sid, Pcef.BASIC_IMSI, "10.0.1.7").build());
        h.call(h.pcef.usage(sid, 1, "mk1", 5 * MB, 33));

        DiameterMessage cca = h.call(h.pcef.terminate(sid, 1, "mk1", 7));

        assertThat(resultCode(cca)).isEqualTo(2001);
        assertThat(cca.avp("CC-Request-Type").orElseThrow().asInt()).as("a CCA-T, not the CCA-U kept").isEqualTo(3);
        assertThat(join(h.store.sessions().get(sid))).isEmpty();
        assertThat(usage(Pcef.BASIC_IMSI, "mk1").totalOctets()).isEqualTo(5 * MB + 7);
    }

    @Test
    void retransmittedInitialAndTerminationRequestsGetTheirFirstAnswers() {
        String sid = "pgw1;7;basic";
        DiameterMessage ccrI = h.pcef.initial(sid, Pcef.BASIC_IMSI, "10.0.1.6").build();
        byte[] firstI = DiameterCodec.encode(h.call(ccrI));
        assertThat(DiameterCodec.encode(h.call(ccrI))).isEqualTo(firstI);
        assertThat(h.store.sessionCount()).isEqualTo(1);

        DiameterMessage ccrT = h.pcef.terminate(sid, 1, "mk1", 7);
        byte[] firstT = DiameterCodec.encode(h.call(ccrT));
        byte[] againT = DiameterCodec.encode(h.call(ccrT));
        assertThat(againT).as("not 5002: the same CCA-T").isEqualTo(firstT);
        assertThat(usage(Pcef.BASIC_IMSI, "mk1").totalOctets()).isEqualTo(7);
    }

    @Test
    void aFailedRuleIsRecordedAndKeptOutByDefault() {
        String sid = "pgw1;5;gold";
        h.call(h.pcef.initial(sid, Pcef.GOLD_IMSI, "10.0.1.4").build());

        DiameterMessage cca = h.call(ruleReport(sid, 1));
        assertThat(resultCode(cca)).isEqualTo(2001);
        assertThat(cca.avp("Charging-Rule-Install")).isEmpty();
        GxSessionState state = SessionRecords.state(join(h.store.sessions().get(sid)).orElseThrow());
        assertThat(state.ruleFailures()).containsEntry("video", 10);
        assertThat(state.failedRules()).containsExactly("video");
        assertThat(state.installed().rules()).doesNotContainKey("video");

        DiameterMessage later = h.call(h.pcef.usage(sid, 2, "mk1", MB, 33));
        assertThat(later.avp("Charging-Rule-Install")).isEmpty();
    }

    @Test
    void withRetryAFailedRuleIsOfferedAgainOnTheNextUpdate() {
        try (GxHarness retry = new GxHarness(GxSettings.defaults()
                .withRuleFailureHandling(GxSettings.RuleFailureHandling.RETRY))) {
            String sid = "pgw1;6;gold";
            retry.call(retry.pcef.initial(sid, Pcef.GOLD_IMSI, "10.0.1.5").build());
            retry.call(ruleReport(sid, 1));

            DiameterMessage later = retry.call(retry.pcef.usage(sid, 2, "mk1", MB, 33));
            Avp install = later.avp("Charging-Rule-Install").orElseThrow();
            assertThat(new String(install.child("Charging-Rule-Definition").orElseThrow()
                    .child("Charging-Rule-Name").orElseThrow().asOctetString(), StandardCharsets.UTF_8))
                    .isEqualTo("video");
        }
    }

    private DiameterMessage ruleReport(String sid, long number) {
        return h.pcef.ccr(sid, "UPDATE_REQUEST", number)
                .addGrouped("Charging-Rule-Report", r -> r.add("Charging-Rule-Name", "video")
                        .add("PCC-Rule-Status", 1)
                        .add("Rule-Failure-Code", 10))
                .build();
    }

    private UsageTotals usage(String imsi, String monitoringKey) {
        return join(h.store.usage().get(new UsageKey(SubscriberId.imsi(imsi).key(), monitoringKey)));
    }

    private static long grantedTotal(DiameterMessage cca) {
        return cca.avp("Usage-Monitoring-Information").orElseThrow().child("Granted-Service-Unit").orElseThrow()
                .child("CC-Total-Octets").orElseThrow().asLong();
    }
}
