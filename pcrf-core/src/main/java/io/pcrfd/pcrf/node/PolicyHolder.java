package io.pcrfd.pcrf.node;

import io.pcrfd.pcrf.config.PolicyConfig;
import io.pcrfd.pcrf.policy.Policy;
import io.pcrfd.pcrf.policy.PolicyEngine;
import io.pcrfd.pcrf.policy.PolicyLoader;
import io.pcrfd.pcrf.policy.PolicySource;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * The policy in force, swapped whole on reload. Decisions read it through {@link #get()}
 * without locking, so a reload never stalls a CCR; a decision in progress finishes on the
 * engine it started with.
 */
final class PolicyHolder implements PolicySource {
    private final PolicyConfig config;
    private final AtomicReference<PolicyEngine> current;
    private final LongAdder reloaded = new LongAdder();
    private final LongAdder refused = new LongAdder();

    private PolicyHolder(PolicyConfig config, PolicyEngine engine) {
        this.config = config;
        this.current = new AtomicReference<>(engine);
    }

    /**
     * Loads the configured file (or the embedded default policy).
     *
     * @throws io.pcrfd.pcrf.config.ConfigException naming the file and key of the first mistake
     */
    static PolicyHolder load(PolicyConfig config) {
        return new PolicyHolder(config, engine(config));
    }

    @Override
    public PolicyEngine get() {
        return current.get();
    }

    /** The file policy comes from, or null for the embedded default. */
    Path file() {
        return config.file();
    }

    /**
     * Reads the policy again and puts it in force. Blocking file I/O: call it off the event
     * loops. On a bad file the old policy stays and the {@link io.pcrfd.pcrf.config.ConfigException}
     * propagates.
     */
    Policy reload() {
        PolicyEngine next = null;
        try {
            next = engine(config);
        } finally {
            (next == null ? refused : reloaded).increment();
        }
        current.set(next);
        return next.policy();
    }

    /** Reloads that put a new policy in force. */
    long reloadCount() {
        return reloaded.sum();
    }

    /** Reloads refused because the file was bad (the old policy stayed). */
    long refusedReloadCount() {
        return refused.sum();
    }

    private static PolicyEngine engine(PolicyConfig config) {
        return new PolicyEngine(PolicyLoader.load(config.file()), Set.copyOf(config.homePlmns()));
    }
}
