package io.pcrfd.pcrf.node;

import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.config.Role;
import io.pcrfd.pcrf.runtime.RoleRuntime;
import io.pcrfd.pcrf.runtime.RunningNode;

/** The PCRF role, found by {@code pcrfd run} through {@code META-INF/services}. */
public final class PcrfRoleRuntime implements RoleRuntime {

    @Override
    public Role role() {
        return Role.PCRF;
    }

    @Override
    public RunningNode start(NodeConfig config) {
        return PcrfNode.start(config, NodeEnvironment.DEFAULTS);
    }
}
