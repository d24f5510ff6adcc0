package io.pcrfd.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.store.model.SubscriberBinding;
import io.pcrfd.store.model.SubscriberId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Subscriber + APN → PCRF node bindings. */
public interface BindingContract extends StoreFixture {

    SubscriberId ALICE = SubscriberId.imsi("001019999999901");

    default SubscriberBinding binding(String node) {
        return new SubscriberBinding(ALICE, "internet", node, now(), now().plus(TTL));
    }

    @Test
    default void firstNodeWinsAndOthersSeeIt() {
        assertThat(await(store().bindings().bindIfAbsent(binding("pcrf-a"))))
                .isEqualTo(new Claim.Claimed<>(binding("pcrf-a")));

        assertThat(await(store().bindings().bindIfAbsent(binding("pcrf-b"))))
                .isEqualTo(new Claim.Held<>(binding("pcrf-a")));
        assertThat(await(store().bindings().find(ALICE, "internet"))).contains(binding("pcrf-a"));
        assertThat(await(store().bindings().find(ALICE, "ims"))).isEmpty();
    }

    @Test
    default void theOwnerRefreshesItsBinding() {
        await(store().bindings().bindIfAbsent(binding("pcrf-a")));
        SubscriberBinding longer = new SubscriberBinding(ALICE, "internet", "pcrf-a", now(),
                now().plus(TTL).plus(TTL));

        assertThat(await(store().bindings().bindIfAbsent(longer)).claimed()).isTrue();
        assertThat(await(store().bindings().find(ALICE, "internet"))).contains(longer);
    }

    @Test
    default void onlyTheOwnerReleases() {
        await(store().bindings().bindIfAbsent(binding("pcrf-a")));

        assertThat(await(store().bindings().release(ALICE, "internet", "pcrf-b"))).isFalse();
        assertThat(await(store().bindings().release(ALICE, "internet", "pcrf-a"))).isTrue();
        assertThat(await(store().bindings().find(ALICE, "internet"))).isEmpty();
        assertThat(await(store().bindings().bindIfAbsent(binding("pcrf-b"))).claimed()).isTrue();
    }

    @Test
    default void anExpiredBindingDoesNotHoldTheKey() {
        await(store().bindings().bindIfAbsent(new SubscriberBinding(ALICE, "internet", "pcrf-a",
                now(), now().minus(Duration.ofSeconds(1)))));

        assertThat(await(store().bindings().find(ALICE, "internet"))).isEmpty();
        assertThat(await(store().bindings().bindIfAbsent(binding("pcrf-b"))).claimed()).isTrue();
    }
}
