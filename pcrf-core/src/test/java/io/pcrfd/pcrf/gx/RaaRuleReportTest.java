package io.pcrfd.pcrf.gx;

import static io.pcrfd.pcrf.gx.GxHarness.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.store.model.IpCanSession;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a RAA says beyond success (TS 29.212 §4.5.12, §4.5.2): rules it reports not installed
 * (in a 2001 or a 5142), and 4144 PENDING_TRANSACTION while the gateway has a CCR outstanding.
 */
class RaaRuleReportTest {
    /** The gold plan removes "video" 22:00-06:00 UTC and offers it again from 06:00. */
    private static final Instant ELEVEN_PM = Instant.parse("2026-11-18T23:00:00Z");
    private static final Instant SEVEN_AM = Instant.parse("2026-11-19T07:00:00Z");
    /** Rule-Failure-Code RESOURCE_ALLOCATION_FAILURE. */
    private static final int RESOURCE_ALLOCATION_FAILURE = 10;
    private final GxHarness h = new GxHarness();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void aRuleTheRaaReportsInactiveIsStoredAsNotInstalledAndKeptOut() {
        String id = goldSessionAtNightThenMorning("pgw1;30;gold");
        h.gateway = rar -> CompletableFuture.completedFuture(raaReporting(rar, 2001, "video"));

        GxPolicyPusher.Outcome outcome = join(h.app.pusher().push(id, GxPolicyPusher.Reason.OPERATOR));

        assertThat(outcome).isEqualTo(GxPolicyPusher.Outcome.APPLIED);
        assertThat(installNames(h.onTheWire(h.rars.get(0)))).containsExactly("video");
        IpCanSession s = join(h.store.sessions().get(id)).orElseThrow();
        assertThat(s.pccRules()).doesNotContain("video");
        GxSessionState state = SessionRecords.state(s);
        assertThat(state.ruleFailures()).containsEntry("video", RESOURCE_ALLOCATION_FAILURE);
        assertThat(state.failedRules()).containsExactly("video");

        h.gateway = rar -> CompletableFuture.completedFuture(h.raa(rar, 2001));
        join(h.app.pusher().push(id, GxPolicyPusher.Reason.OPERATOR));
        assertThat(installNames(h.onTheWire(h.rars.get(1)))).as("KEEP_OUT: not offered again").isEmpty();
    }

    @Test
    void pccRuleEvent5142IsRulesFailedWithTheReportApplied() {
        String id = goldSessionAtNightThenMorning("pgw1;31;gold");
        h.gateway = rar -> CompletableFuture.completedFuture(raaReporting(rar, 5142, "video"));

        GxPolicyPusher.Outcome outcome = join(h.app.pusher().push(id, GxPolicyPusher.Reason.OPERATOR));

        assertThat(outcome).isEqualTo(GxPolicyPusher.Outcome.RULES_FAILED);
        assertThat(join(h.store.sessions().get(id)).orElseThrow().pccRules()).doesNotContain("video");
        assertThat(h.app.pusher().refusedCount()).isZero();
    }

    @Test
    void pendingTransaction4144IsDecidedAgainAfterTheCcrAndSentOnce() {
        String id = goldSessionAtNightThenMorning("pgw1;32;gold");
        List<Long> sentAt = new ArrayList<>();
        h.gateway = rar -> {
            sentAt.add(System.nanoTime());
            return CompletableFuture.completedFuture(sentAt.size() == 1 ? experimental(rar, 4144) : h.raa(rar, 2001));
        };

        GxPolicyPusher.Outcome outcome = join(h.app.pusher().push(id, GxPolicyPusher.Reason.TIME_OF_DAY));

        assertThat(outcome).isEqualTo(GxPolicyPusher.Outcome.APPLIED);
        assertThat(h.rars).hasSize(2);
        assertThat(Duration.ofNanos(sentAt.get(1) - sentAt.get(0)))
                .isGreaterThanOrEqualTo(GxPolicyPusher.PENDING_RETRY_DELAY);
        assertThat(installNames(h.onTheWire(h.rars.get(1)))).containsExactly("video");
        assertThat(h.rars.get(1).flags().retransmitted()).as("a new decision, not a retransmission").isFalse();
        assertThat(join(h.store.sessions().get(id)).orElseThrow().pccRules()).contains("video");
    }

    @Test
    void pendingTransactionThatNeverEndsIsRefusedAfterTheRetries() {
        String id = goldSessionAtNightThenMorning("pgw1;33;gold");
        h.gateway = rar -> CompletableFuture.completedFuture(experimental(rar, 4144));

        GxPolicyPusher.Outcome outcome = join(h.app.pusher().push(id, GxPolicyPusher.Reason.OPERATOR));

        assertThat(outcome).isEqualTo(GxPolicyPusher.Outcome.REFUSED_BY_PCEF);
        assertThat(h.rars).hasSize(1 + GxSettings.defaults().rarRetries());
        assertThat(h.app.pusher().refusedCount()).isEqualTo(1);
    }

    /** A gold session opened at 23:00 (video off), the clock then at 07:00 with the push not yet sent. */
    private String goldSessionAtNightThenMorning(String id) {
        h.clock.set(ELEVEN_PM);
        h.call(h.pcef.initial(id, Pcef.GOLD_IMSI, "10.0.6." + (id.hashCode() & 127)).build());
        assertThat(join(h.store.sessions().get(id)).orElseThrow().pccRules()).doesNotContain("video");
        h.clock.set(SEVEN_AM);
        return id;
    }

    private DiameterMessage raaReporting(DiameterMessage rar, long code, String rule) {
        MessageBuilder b = MessageBuilder.answer(Pcef.DICT, rar).originHost(Pcef.HOST).originRealm(Pcef.REALM);
        if (code == 2001) {
            b.resultCode(code);
        } else {
            b.addGrouped("Experimental-Result", e -> e.add("Vendor-Id", 10415).add("Experimental-Result-Code", code));
        }
        return b.addGrouped("Charging-Rule-Report", r -> r
                .add("Charging-Rule-Name", rule.getBytes(StandardCharsets.UTF_8))
                .add("PCC-Rule-Status", "INACTIVE")
                .add("Rule-Failure-Code", RESOURCE_ALLOCATION_FAILURE)).build();
    }

    private DiameterMessage experimental(DiameterMessage rar, long code) {
        return MessageBuilder.answer(Pcef.DICT, rar).originHost(Pcef.HOST).originRealm(Pcef.REALM)
                .addGrouped("Experimental-Result", e -> e.add("Vendor-Id", 10415).add("Experimental-Result-Code", code))
                .build();
    }

    private static List<String> installNames(DiameterMessage rar) {
        List<String> out = new ArrayList<>();
        rar.avps("Charging-Rule-Install").forEach(cri -> {
            cri.children("Charging-Rule-Name").forEach(n -> out.add(new String(n.asOctetString(),
                    StandardCharsets.UTF_8)));
            cri.children("Charging-Rule-Definition").forEach(d -> out.add(new String(d.child("Charging-Rule-Name")
                    .orElseThrow().asOctetString(), StandardCharsets.UTF_8)));
        });
        return out;
    }
}
