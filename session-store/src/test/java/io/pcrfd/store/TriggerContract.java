package io.pcrfd.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.store.model.PendingTrigger;
import io.pcrfd.store.model.TriggerIdentification;
import io.pcrfd.store.model.TriggerState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pending establishment triggers: exclusivity, matching, retries, due list. */
public interface TriggerContract extends StoreFixture {

    @Test
    default void oneTriggerPendingPerLocalIp() {
        PendingTrigger first = await(store().triggers().createIfAbsent(
                trigger("t1", "192.0.2.10", null, "001010000000001"))).value();

        Claim<PendingTrigger> second = await(store().triggers().createIfAbsent(
                trigger("t2", "192.0.2.10", null, "001010000000002")));

        assertThat(first.version()).isEqualTo(1);
        assertThat(second).isEqualTo(new Claim.Held<>(first));
        assertThat(await(store().triggers().get("t2"))).isEmpty();
        assertThat(await(store().triggers().createIfAbsent(trigger("t1", "192.0.2.11", null, null))))
                .isEqualTo(new Claim.Held<>(first));
    }

    @Test
    default void matchUsesTheFirstIdentificationTheRequestCarries() {
        PendingTrigger ue = await(store().triggers().createIfAbsent(
                trigger("t3", "192.0.2.20", "198.51.100.7", "001010000000003"))).value();
        PendingTrigger henb = await(store().triggers().createIfAbsent(
                trigger("t4", null, "198.51.100.8", "001010000000004"))).value();

        assertThat(await(store().triggers().match(new TriggerIdentification("t3", null, null, null, null))))
                .contains(ue);
        assertThat(await(store().triggers().match(new TriggerIdentification(null, "192.0.2.20", null, null, null))))
                .contains(ue);
        assertThat(await(store().triggers().match(new TriggerIdentification(null, null, "198.51.100.8", null, null))))
                .contains(henb);
        assertThat(await(store().triggers().match(new TriggerIdentification(null, null, null, "001010000000003", "ims"))))
                .contains(ue);
        assertThat(await(store().triggers().match(new TriggerIdentification(null, "192.0.2.99", null, null, null))))
                .isEmpty();
        assertThat(await(store().triggers().match(new TriggerIdentification(null, null, null, null, null))))
                .isEmpty();
    }

    @Test
    default void aMatchedTriggerFreesItsLocalIpAndIsNoLongerMatched() {
        PendingTrigger t = await(store().triggers().createIfAbsent(
                trigger("t5", "192.0.2.30", null, "001010000000005"))).value();

        CasResult<PendingTrigger> done = await(store().triggers().update(t.withState(TriggerState.MATCHED)));

        assertThat(done).isEqualTo(new CasResult.Applied<>(t.withState(TriggerState.MATCHED).withVersion(2)));
        assertThat(await(store().triggers().match(new TriggerIdentification(null, "192.0.2.30", null, null, null))))
                .isEmpty();
        assertThat(await(store().triggers().get("t5")).map(PendingTrigger::state)).contains(TriggerState.MATCHED);
        assertThat(await(store().triggers().createIfAbsent(trigger("t6", "192.0.2.30", null, null))).claimed())
                .isTrue();
    }

    @Test
    default void retriesAreCompareAndSetAndDueTriggersAreListedByDeadline() {
        PendingTrigger late = await(store().triggers().createIfAbsent(
                trigger("t7", "192.0.2.40", null, null))).value();
        PendingTrigger early = await(store().triggers().createIfAbsent(new PendingTrigger("t8",
                new TriggerIdentification("t8", "192.0.2.41", null, null, null), "bpcf", 1,
                now().plusSeconds(2), null, 0, now().plus(TTL)))).value();

        assertThat(await(store().triggers().findDue(now().plusSeconds(1), 10))).isEmpty();
        assertThat(await(store().triggers().findDue(now().plusSeconds(5), 10))).containsExactly(early, late);

        PendingTrigger retried = early.retried(now().plusSeconds(10));
        assertThat(await(store().triggers().update(retried))).isInstanceOf(CasResult.Applied.class);
        assertThat(await(store().triggers().update(retried))).isInstanceOf(CasResult.Stale.class);
        List<PendingTrigger> due = await(store().triggers().findDue(now().plusSeconds(5), 10));
        assertThat(due).containsExactly(late);
        assertThat(await(store().triggers().get("t8")).map(PendingTrigger::attempts)).contains(2);
    }

    @Test
    default void removeForgetsTheTriggerAndItsIndexes() {
        await(store().triggers().createIfAbsent(trigger("t9", "192.0.2.50", "198.51.100.9", "001010000000009")));

        assertThat(await(store().triggers().remove("t9"))).isTrue();
        assertThat(await(store().triggers().remove("t9"))).isFalse();
        assertThat(await(store().triggers().match(new TriggerIdentification(null, null, "198.51.100.9", null, null))))
                .isEmpty();
        assertThat(await(store().triggers().findDue(now().plus(TTL), 10))).isEmpty();
        assertThat(await(store().triggers().update(trigger("t9", "192.0.2.50", null, null))))
                .isEqualTo(new CasResult.Missing<>());
    }
}
