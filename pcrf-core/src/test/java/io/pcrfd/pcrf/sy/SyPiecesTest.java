package io.pcrfd.pcrf.sy;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Ts29219;
import io.pcrfd.pcrf.policy.SubscriptionId;
import io.pcrfd.store.model.SySession.PendingStatus;
import io.pcrfd.store.model.SySession.PolicyCounter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The Sy client's pure parts: reports, pending statuses, SLR contents, per-owner ordering. */
class SyPiecesTest {
    private static final Dictionary DICT = Dictionary.standard();
    private static final Instant T = Instant.parse("2026-11-18T12:00:00Z");

    @Test
    void pendingStatusesAreSortedAndTheLatestDueOneBecomesTheStatus() {
        DiameterMessage snr = MessageBuilder.request(DICT, ApplicationIds.SY, "SNR")
                .add(Rfc6733.SESSION_ID, "pcrf;1;1")
                .add(Ts29219.POLICY_COUNTER_STATUS_REPORT, r -> r.add(Ts29219.POLICY_COUNTER_IDENTIFIER, "cap")
                        .add(Ts29219.POLICY_COUNTER_STATUS, "normal")
                        .add(Ts29219.PENDING_POLICY_COUNTER_INFORMATION, p -> p.add(Ts29219.POLICY_COUNTER_STATUS, "blocked")
                                .add(Ts29219.PENDING_POLICY_COUNTER_CHANGE_TIME, T.plusSeconds(20)))
                        .add(Ts29219.PENDING_POLICY_COUNTER_INFORMATION, p -> p.add(Ts29219.POLICY_COUNTER_STATUS, "warn")
                                .add(Ts29219.PENDING_POLICY_COUNTER_CHANGE_TIME, T.plusSeconds(10))))
                .build();
        PolicyCounter c = SyMessages.reports(snr).get("cap");
        assertThat(c.pending()).containsExactly(new PendingStatus("warn", T.plusSeconds(10)),
                new PendingStatus("blocked", T.plusSeconds(20)));

        assertThat(SyNotifications.due(c, T.plusSeconds(9))).isSameAs(c);
        assertThat(SyNotifications.due(c, T.plusSeconds(10))).isEqualTo(new PolicyCounter("warn",
                List.of(new PendingStatus("blocked", T.plusSeconds(20)))));
        assertThat(SyNotifications.due(c, T.plusSeconds(60))).isEqualTo(new PolicyCounter("blocked", List.of()));
    }

    @Test
    void anSlrListsEveryCounterOnceSortedWithTheOwnersSubscriptionId() {
        SyMessages m = new SyMessages(DICT, "pcrf.example", "example", "ocs.example");
        DiameterMessage slr = m.slr("pcrf;1;2", "ocs1.ocs.example", Ts29219.SlRequestType.INTERMEDIATE_REQUEST,
                SubscriptionId.msisdn("15550000007"), java.util.Set.of("b", "a"));
        assertThat(slr.avp(Ts29219.SL_REQUEST_TYPE).orElseThrow().asInt()).isEqualTo(1);
        assertThat(slr.avps(Ts29219.POLICY_COUNTER_IDENTIFIER)).extracting(a -> a.asUtf8String()).containsExactly("a", "b");
        assertThat(slr.avp(Rfc6733.DESTINATION_HOST).orElseThrow().asUtf8String()).isEqualTo("ocs1.ocs.example");
        assertThat(slr.avp(Rfc6733.AUTH_APPLICATION_ID).orElseThrow().asUnsigned32()).isEqualTo(ApplicationIds.SY);
        assertThat(slr.avp(io.pcrfd.diameter.spec.Rfc4006.SUBSCRIPTION_ID).orElseThrow()
                .child(io.pcrfd.diameter.spec.Rfc4006.SUBSCRIPTION_ID_TYPE).orElseThrow().asInt()).isZero();
    }

    @Test
    void anOwnersWorkRunsOnePieceAtATimeInArrivalOrderAndAFailureDoesNotBlockTheNext() {
        OwnerQueue q = new OwnerQueue();
        CompletableFuture<String> gate = new CompletableFuture<>();
        List<String> order = new ArrayList<>();
        CompletableFuture<String> first = q.run("o", () -> gate.thenApply(x -> {
            order.add("first");
            return x;
        })).toCompletableFuture();
        CompletableFuture<String> failing = q.<String>run("o", () -> {
            order.add("failing");
            throw new IllegalStateException("boom");
        }).toCompletableFuture();
        CompletableFuture<String> third = q.run("o", () -> {
            order.add("third");
            return CompletableFuture.completedFuture("3");
        }).toCompletableFuture();
        assertThat(order).isEmpty();
        gate.complete("1");
        assertThat(third.join()).isEqualTo("3");
        assertThat(first.join()).isEqualTo("1");
        assertThat(failing).isCompletedExceptionally();
        assertThat(order).containsExactly("first", "failing", "third");
        assertThat(q.busy()).isZero();
    }
}
