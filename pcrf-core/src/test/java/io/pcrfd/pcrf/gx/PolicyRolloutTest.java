package io.pcrfd.pcrf.gx;

import static io.pcrfd.pcrf.gx.GxHarness.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.DiameterMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A policy reload decided again for every live session: RARs only where it changed, 16 at a time. */
class PolicyRolloutTest {
    /** The gold plan removes "video" in 22:00-06:00 UTC; nothing changes for basic. */
    private static final Instant NINE_PM = Instant.parse("2026-11-18T21:00:00Z");
    private final GxHarness h = new GxHarness();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void onlyChangedSessionsGetARarAndNoMoreThanTheWindowAreOutstanding() {
        h.clock.set(NINE_PM);
        for (int i = 0; i < 40; i++) {
            h.call(h.pcef.initial("pgw1;gold;" + i, Pcef.GOLD_IMSI, "10.0.4." + i).build());
        }
        h.call(h.pcef.initial("pgw1;basic", Pcef.BASIC_IMSI, "10.0.5.1").build());
        List<CompletableFuture<DiameterMessage>> unanswered = new ArrayList<>();
        h.gateway = rar -> {
            CompletableFuture<DiameterMessage> raa = new CompletableFuture<>();
            unanswered.add(raa);
            return raa;
        };
        h.clock.set(NINE_PM.plusSeconds(5400)); // 22:30, as if the operator's new policy had removed video
        PolicyRollout rollout = new PolicyRollout(h.store.sessions(), h.app.pusher());
        List<String> ids = join(rollout.sessionsOf(List.of(Pcef.HOST, "unknown.gw.example")));

        CompletionStage<PolicyRollout.Summary> pass = rollout.push(ids);

        assertThat(ids).hasSize(41);
        assertThat(h.rars).as("the window").hasSize(PolicyRollout.WINDOW);
        for (int answered = 0; !unanswered.isEmpty(); answered++) {
            // RARs and their RAA futures are made in the same order: answer the oldest
            unanswered.remove(0).complete(h.raa(h.rars.get(answered), 2001));
            assertThat(unanswered.size()).isLessThanOrEqualTo(PolicyRollout.WINDOW);
        }
        assertThat(h.rars).as("every gold session, not the basic one").hasSize(40)
                .allSatisfy(rar -> assertThat(rar.sessionId().orElseThrow()).startsWith("pgw1;gold;"));
        DiameterMessage first = h.onTheWire(h.rars.get(0));
        assertThat(new String(first.avp("Charging-Rule-Remove").orElseThrow().child("Charging-Rule-Name")
                .orElseThrow().asOctetString(), StandardCharsets.UTF_8)).isEqualTo("video");
        PolicyRollout.Summary summary = join(pass);
        assertThat(summary.sessions()).isEqualTo(41);
        assertThat(summary.outcomes()).isEqualTo(Map.of(GxPolicyPusher.Outcome.APPLIED, 40,
                GxPolicyPusher.Outcome.NOTHING_TO_SEND, 1));
    }

    @Test
    void manySessionsThatDecideAtOnceNeedNoDeepStack() {
        int n = 3_000; // ~20 frames a session if the lanes recursed: far past the default stack
        for (int i = 0; i < n; i++) {
            // subscribers the policy does not list: the default (basic) plan
            h.call(h.pcef.initial("pgw1;b;" + i, "001018%09d".formatted(i), "10.1." + i / 250 + "."
                    + (i % 250 + 1)).build());
        }
        PolicyRollout rollout = new PolicyRollout(h.store.sessions(), h.app.pusher());

        PolicyRollout.Summary summary = join(rollout.push(join(rollout.sessionsOf(List.of(Pcef.HOST)))));

        assertThat(summary.sessions()).isEqualTo(n);
        assertThat(summary.outcomes()).isEqualTo(Map.of(GxPolicyPusher.Outcome.NOTHING_TO_SEND, n));
        assertThat(h.rars).isEmpty();
    }

    @Test
    void noSessionsIsAnEmptyPass() {
        PolicyRollout rollout = new PolicyRollout(h.store.sessions(), h.app.pusher());

        PolicyRollout.Summary summary = join(rollout.push(List.of()));

        assertThat(summary.sessions()).isZero();
        assertThat(summary.outcomes()).isEmpty();
    }
}
