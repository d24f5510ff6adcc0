package io.pcrfd.pcrf.node;

import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.config.Role;
import io.pcrfd.pcrf.runtime.RoleRuntime;
import io.pcrfd.pcrf.runtime.RunningNode;

/**
 * The PCRF role, found by {@code pcrfd run} through {@code META-INF/services}. The daemon warms
 * up before it listens ({@link Warmup}, {@code startup.warmup}); a {@link PcrfNode} started
 * directly, as the tests and embedders do, does not.
 */
public final class PcrfRoleRuntime implements RoleRuntime {

    @Override
    public Role role() {
        return Role.PCRF;
    }

    @Override
    public RunningNode start(NodeConfig config) {
        Warmup.beforeListening(config, NodeEnvironment.DEFAULTS);
        return PcrfNode.start(config, NodeEnvironment.DEFAULTS);
    }
}
