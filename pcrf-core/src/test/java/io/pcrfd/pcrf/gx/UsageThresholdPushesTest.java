package io.pcrfd.pcrf.gx;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.pcrf.policy.Policy;
import io.pcrfd.pcrf.policy.PolicyEngine;
import io.pcrfd.pcrf.policy.PolicyLoader;
import io.pcrfd.store.SessionStore;
import io.pcrfd.store.model.SubscriberId;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The fan-out after usage is recorded looks the subscriber's sessions up only when usage can decide anything. */
class UsageThresholdPushesTest {
    private final List<String> lookups = new CopyOnWriteArrayList<>();
    private final SessionStore sessions = (SessionStore) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {SessionStore.class}, (proxy, method, args) -> {
                lookups.add(method.getName() + " " + args[0]);
                return CompletableFuture.completedFuture(List.of());
            });

    @Test
    void withoutUsageConditionsOrMeteringNothingIsLookedUp() {
        AtomicBoolean usageDecides = new AtomicBoolean(false);
        UsageThresholdPushes pushes = new UsageThresholdPushes(sessions,
                id -> CompletableFuture.failedFuture(new AssertionError("no push expected")), Runnable::run,
                usageDecides::get);

        pushes.usageRecorded("s1", SubscriberId.imsi("001010000000001"));
        assertThat(lookups).isEmpty();

        usageDecides.set(true); // a policy with a usage condition was loaded
        pushes.usageRecorded("s1", SubscriberId.imsi("001010000000001"));
        assertThat(lookups).containsExactly("findBySubscriber " + SubscriberId.imsi("001010000000001"));
    }

    @Test
    void theEngineKnowsWhetherAnyPlanTestsUsage() throws Exception {
        assertThat(new PolicyEngine(PolicyLoader.load(Path.of("src/test/resources/gx/policy.yaml")), Set.of("00101"))
                .testsUsage()).as("gx/policy.yaml throttles after 1 GB on mk1").isTrue();
        assertThat(new PolicyEngine(Policy.defaults(), Set.of("00101")).testsUsage()).isFalse();
    }
}
