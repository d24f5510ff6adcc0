package io.pcrfd.bpcf;

import static io.pcrfd.bpcf.StubPcrf.IMSI;
import static io.pcrfd.bpcf.StubPcrf.UE_IP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Ts29212;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Usage monitoring on S9a, the BPCF's side (package documentation): CCR-U per Monitoring-Key,
 * grants from CCA and RAR, report requests, usage held for the grant, final usage in the CCR-T.
 * Every message goes through the codec as a strict receiver decodes it.
 */
class BpcfUsageTest {
    private final StubPcrf pcrf = new StubPcrf();

    private static UsageTarget ip(String localIp) {
        return new UsageTarget(UsageTarget.Kind.LOCAL_IP, localIp);
    }

    private UsageResult report(UsageTarget t, String key, Octets used, boolean whenGranted) {
        return pcrf.bpcf.reportUsage(t, key, used, whenGranted).toCompletableFuture().join();
    }

    /** Granted-Service-Unit CC-Total-Octets {@code total} for {@code key}, level SESSION_LEVEL. */
    static void grant(MessageBuilder b, String key, long total) {
        b.add(Ts29212.USAGE_MONITORING_INFORMATION, u -> u.add(Ts29212.MONITORING_KEY, key)
                .add(Rfc4006.GRANTED_SERVICE_UNIT, g -> g.add(Rfc4006.CC_TOTAL_OCTETS, total))
                .add(Ts29212.USAGE_MONITORING_LEVEL, Ts29212.UsageMonitoringLevel.SESSION_LEVEL));
    }

    /** key=total[/input/output] of each Usage-Monitoring-Information of {@code m}. */
    static List<String> usage(DiameterMessage m) {
        return m.avps("Usage-Monitoring-Information").stream().map(u -> {
            Avp used = u.child("Used-Service-Unit").orElseThrow();
            String split = used.child("CC-Input-Octets").map(i -> "/" + i.asUnsigned64() + "/"
                    + used.child("CC-Output-Octets").orElseThrow().asUnsigned64()).orElse("");
            return u.child("Monitoring-Key").orElseThrow().asUtf8String() + "="
                    + used.child("CC-Total-Octets").orElseThrow().asUnsigned64() + split;
        }).toList();
    }

    @Test
    void usageGoesOutAtOnceAsUsageMonitoringInformationWithTheFlagsOfItsDefinitions() {
        String session = pcrf.attach(UE_IP, IMSI);

        UsageResult r = report(ip(UE_IP), "mk1", Octets.of(null, 1_000L, 5_000L), false);

        assertThat(r).isEqualTo(new UsageResult(session, "mk1", true, 2001L, new Octets(6_000, 1_000L, 5_000L),
                Octets.ZERO));
        DiameterMessage ccrU = pcrf.last();
        assertThat(ccrU.avp("CC-Request-Type").orElseThrow().enumName()).isEqualTo("UPDATE_REQUEST");
        assertThat(ccrU.avp("CC-Request-Number").orElseThrow().asUnsigned32()).isEqualTo(1);
        assertThat(usage(ccrU)).containsExactly("mk1=6000/1000/5000");
        Avp umi = ccrU.avp("Usage-Monitoring-Information").orElseThrow();
        assertThat(List.of(umi.code(), umi.vendorId(), umi.flags())).containsExactly(1067, 10415, Avp.FLAG_VENDOR);
        Avp key = umi.child("Monitoring-Key").orElseThrow();
        assertThat(List.of(key.code(), key.vendorId(), key.flags())).containsExactly(1066, 10415, Avp.FLAG_VENDOR);
        Avp usu = umi.child("Used-Service-Unit").orElseThrow();
        assertThat(List.of(usu.code(), usu.vendorId(), usu.flags())).containsExactly(446, 0, Avp.FLAG_MANDATORY);
        assertThat(usu.children().stream().map(a -> a.code() + ":" + a.flags()))
                .containsExactly("421:64", "412:64", "414:64");
        assertThat(umi.child("Usage-Monitoring-Level")).as("no level without a grant giving one").isEmpty();
        assertThat(pcrf.bpcf.list()).singleElement().satisfies(v -> assertThat(v.usage()).containsExactly(
                new MonitoringKeyView("mk1", null, null, Octets.ZERO, 6_000)));
    }

    @Test
    void octetsAloneGoAsCcTotalOctetsOnlyAndTheOldCallKeepsItsKey() {
        pcrf.attach(UE_IP, IMSI);

        report(ip(UE_IP), "mk1", Octets.of(700L, null, null), false);
        assertThat(pcrf.bpcf.reportUsage(UE_IP, 10, 20).toCompletableFuture().join()).isEqualTo(2001L);

        assertThat(pcrf.updates().stream().flatMap(m -> usage(m).stream()))
                .containsExactly("mk1=700", Bpcf.DEFAULT_MONITORING_KEY + "=30/10/20");
    }

    @Test
    void withWhenGrantedUsageIsHeldUntilTheGrantOfTheCcaIsReached() {
        pcrf.cca = (ccr, b) -> {
            if (ccr.avp("CC-Request-Type").orElseThrow().asInt() == 1) {
                grant(b, "mk1", 10_000);
            }
        };
        String session = pcrf.attach(UE_IP, IMSI);

        UsageResult held = report(ip(UE_IP), "mk1", Octets.of(4_000L, null, null), true);
        UsageResult noGrant = report(ip(UE_IP), "mk2", Octets.of(9_000L, null, null), true);
        UsageResult reached = report(ip(UE_IP), "mk1", Octets.of(7_000L, null, null), true);

        assertThat(held).isEqualTo(new UsageResult(session, "mk1", false, null, null, new Octets(4_000, null, null)));
        assertThat(noGrant.sent()).as("a key without a grant is held").isFalse();
        assertThat(reached.reported()).isEqualTo(new Octets(11_000, null, null));
        assertThat(pcrf.updates()).singleElement().satisfies(u -> {
            assertThat(usage(u)).containsExactly("mk1=11000");
            assertThat(u.avp("Usage-Monitoring-Information").orElseThrow().child("Usage-Monitoring-Level")
                    .orElseThrow().asInt()).as("the grant's level, echoed").isZero();
        });
        assertThat(pcrf.bpcf.list().iterator().next().usage()).containsExactly(
                new MonitoringKeyView("mk1", new Octets(10_000, null, null), "SESSION_LEVEL", Octets.ZERO, 11_000),
                new MonitoringKeyView("mk2", null, null, new Octets(9_000, null, null), 0));
    }

    @Test
    void aReportThePcrfRefusesIsNotLostButGoesInTheNextOne() {
        pcrf.attach(UE_IP, IMSI);
        pcrf.resultCode = 5012;
        UsageResult refused = report(ip(UE_IP), "mk1", Octets.of(500L, null, null), false);
        pcrf.resultCode = 2001;
        UsageResult next = report(ip(UE_IP), "mk1", Octets.of(300L, null, null), false);

        assertThat(refused.resultCode()).isEqualTo(5012);
        assertThat(refused.unreported()).isEqualTo(new Octets(500, null, null));
        assertThat(next.reported()).isEqualTo(new Octets(800, null, null));
        assertThat(pcrf.updates().stream().flatMap(m -> usage(m).stream())).containsExactly("mk1=500", "mk1=800");
        assertThat(pcrf.bpcf.list().iterator().next().usage().get(0).reported()).isEqualTo(800);
    }

    @Test
    void aRarReportRequestIsAnsweredThenTheUsageOfThatKeyFollowsInACcrU() {
        String session = pcrf.attach(UE_IP, IMSI);
        report(ip(UE_IP), "mk1", Octets.of(null, 100L, 900L), true);
        report(ip(UE_IP), "mk2", Octets.of(50L, null, null), true);

        DiameterMessage raa = pcrf.rar(session, b -> b.add(Ts29212.USAGE_MONITORING_INFORMATION, u -> u
                .add(Ts29212.MONITORING_KEY, "mk1")
                .add(Ts29212.USAGE_MONITORING_REPORT, Ts29212.UsageMonitoringReport.USAGE_MONITORING_REPORT_REQUIRED)));

        assertThat(raa.avp("Result-Code").orElseThrow().asUnsigned32()).isEqualTo(2001);
        assertThat(pcrf.updates()).as("nothing before the RAA is written").isEmpty();
        pcrf.settle();
        assertThat(pcrf.updates()).singleElement().satisfies(u -> {
            assertThat(u.sessionId()).contains(session);
            assertThat(usage(u)).containsExactly("mk1=1000/100/900");
        });
    }

    @Test
    void aReportRequestWithoutAKeyReportsEveryKeyZeroIncluded() {
        String session = pcrf.attach(UE_IP, IMSI);
        report(ip(UE_IP), "mk1", Octets.of(100L, null, null), false);
        report(ip(UE_IP), "mk2", Octets.of(40L, null, null), true);

        pcrf.rar(session, b -> b.add(Ts29212.USAGE_MONITORING_INFORMATION, u -> u
                .add(Ts29212.USAGE_MONITORING_REPORT, Ts29212.UsageMonitoringReport.USAGE_MONITORING_REPORT_REQUIRED)));
        pcrf.settle();

        assertThat(usage(pcrf.last())).containsExactly("mk1=0/0/0", "mk2=40");
    }

    @Test
    void aRarGrantIsKeptAndShownAndDisablingMonitoringReportsAndDropsIt() {
        String session = pcrf.attach(UE_IP, IMSI);
        pcrf.rar(session, b -> grant(b, "mk1", 2_000));
        report(ip(UE_IP), "mk1", Octets.of(1_500L, null, null), true);
        assertThat(pcrf.bpcf.list().iterator().next().usage()).containsExactly(new MonitoringKeyView("mk1",
                new Octets(2_000, null, null), "SESSION_LEVEL", new Octets(1_500, null, null), 0));

        pcrf.rar(session, b -> b.add(Ts29212.USAGE_MONITORING_INFORMATION, u -> u.add(Ts29212.MONITORING_KEY, "mk1")
                .add(Ts29212.USAGE_MONITORING_SUPPORT, Ts29212.UsageMonitoringSupport.USAGE_MONITORING_DISABLED)));
        pcrf.settle();

        assertThat(usage(pcrf.last())).containsExactly("mk1=1500");
        assertThat(pcrf.bpcf.list().iterator().next().usage().get(0).granted()).isNull();
    }

    @Test
    void aNewGrantAlreadyReachedByHeldUsageSendsItAfterTheRaa() {
        String session = pcrf.attach(UE_IP, IMSI);
        pcrf.rar(session, b -> grant(b, "mk1", 10_000));
        report(ip(UE_IP), "mk1", Octets.of(3_000L, null, null), true);
        pcrf.settle();
        assertThat(pcrf.updates()).as("3000 of 10000: held").isEmpty();

        DiameterMessage raa = pcrf.rar(session, b -> grant(b, "mk1", 2_000));

        assertThat(raa.avp("Result-Code").orElseThrow().asUnsigned32()).isEqualTo(2001);
        assertThat(pcrf.updates()).as("nothing before the RAA is written").isEmpty();
        pcrf.settle();
        assertThat(pcrf.updates()).singleElement().satisfies(u -> assertThat(usage(u)).containsExactly("mk1=3000"));
    }

    @Test
    void aGrantAndAReportRequestForTheSameKeyInOneRarGiveOneReport() {
        String session = pcrf.attach(UE_IP, IMSI);
        report(ip(UE_IP), "mk1", Octets.of(900L, null, null), true);

        pcrf.rar(session, b -> {
            grant(b, "mk1", 500);
            b.add(Ts29212.USAGE_MONITORING_INFORMATION, u -> u.add(Ts29212.MONITORING_KEY, "mk1").add(
                    Ts29212.USAGE_MONITORING_REPORT, Ts29212.UsageMonitoringReport.USAGE_MONITORING_REPORT_REQUIRED));
        });
        pcrf.settle();

        assertThat(pcrf.updates()).singleElement().satisfies(u -> assertThat(usage(u)).containsExactly("mk1=900"));
    }

    @Test
    void theCcrTCarriesTheUsageNotReportedYet() {
        String session = pcrf.attach(UE_IP, IMSI);
        report(ip(UE_IP), "mk1", Octets.of(100L, null, null), false);
        report(ip(UE_IP), "mk1", Octets.of(250L, null, null), true);
        report(ip(UE_IP), "mk2", Octets.of(null, 5L, 6L), true);

        assertThat(pcrf.bpcf.detach(UE_IP).toCompletableFuture().join()).isEqualTo(2001L);

        DiameterMessage ccrT = pcrf.last();
        assertThat(ccrT.sessionId()).contains(session);
        assertThat(ccrT.avp("CC-Request-Type").orElseThrow().enumName()).isEqualTo("TERMINATION_REQUEST");
        assertThat(usage(ccrT)).containsExactly("mk1=250", "mk2=11/5/6");
    }

    @Test
    void aReleaseRarEndsWithACcrTCarryingTheFinalUsage() {
        String session = pcrf.attach(UE_IP, IMSI);
        report(ip(UE_IP), "mk1", Octets.of(77L, null, null), true);

        pcrf.rar(session, b -> b.add(Ts29212.SESSION_RELEASE_CAUSE, 0));
        pcrf.settle();

        assertThat(pcrf.last().avp("CC-Request-Type").orElseThrow().enumName()).isEqualTo("TERMINATION_REQUEST");
        assertThat(usage(pcrf.last())).containsExactly("mk1=77");
    }

    @Test
    void aLinesUsageGoesToItsFirstSessionOnceAndAnImsiMustNameOneSession() {
        String first = pcrf.attach("198.51.100.7", IMSI);
        String second = pcrf.attach("198.51.100.8", IMSI);

        UsageResult line = report(new UsageTarget(UsageTarget.Kind.LINE, "line-1"), "mk1", Octets.of(10L, null, null),
                false);
        UsageResult bySession = report(new UsageTarget(UsageTarget.Kind.SESSION, second), "mk1",
                Octets.of(20L, null, null), false);
        UsageResult noSession = report(new UsageTarget(UsageTarget.Kind.LINE, "line-2"), "mk1",
                Octets.of(30L, null, null), false);

        assertThat(line.sessionId()).isEqualTo(first);
        assertThat(pcrf.updates()).hasSize(2);
        assertThat(pcrf.updates().get(0).sessionId()).contains(first);
        assertThat(bySession.sessionId()).isEqualTo(second);
        assertThat(noSession.resultCode()).isEqualTo(5002);
        assertThatThrownBy(() -> report(new UsageTarget(UsageTarget.Kind.IMSI, IMSI), "mk1", Octets.ZERO, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has 2 S9a sessions")
                .hasMessageContaining(first).hasMessageContaining(second);
        assertThatThrownBy(() -> report(new UsageTarget(UsageTarget.Kind.LINE, "line-9"), "mk1", Octets.ZERO, false))
                .hasMessage("no access line line-9");
    }

    @Test
    void octetsAddUpOrAreRefusedWithAReason() {
        assertThat(Octets.of(null, 3L, null)).isEqualTo(new Octets(3, 3L, 0L));
        assertThat(Octets.of(10L, 4L, 6L)).isEqualTo(new Octets(10, 4L, 6L));
        assertThatThrownBy(() -> Octets.of(10L, 4L, 5L)).hasMessage("octets (10) must equal input + output (9)");
        assertThatThrownBy(() -> Octets.of(null, null, null)).hasMessage("give octets, or input and/or output");
        assertThatThrownBy(() -> Octets.of(-1L, null, null)).hasMessage("octets cannot be negative");
        assertThat(new Octets(5, 2L, 3L).plus(new Octets(1, null, null))).isEqualTo(new Octets(6, null, null));
        assertThatThrownBy(() -> Octets.of(null, Long.MAX_VALUE, 1L)).hasMessage("usage beyond " + Long.MAX_VALUE
                + " octets");
        assertThatThrownBy(() -> new Octets(Long.MAX_VALUE, null, null).plus(new Octets(1, null, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
