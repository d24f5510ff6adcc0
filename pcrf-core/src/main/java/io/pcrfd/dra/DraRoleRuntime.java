package io.pcrfd.dra;

import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.config.Role;
import io.pcrfd.pcrf.node.NodeEnvironment;
import io.pcrfd.pcrf.runtime.RoleRuntime;
import io.pcrfd.pcrf.runtime.RunningNode;

/** The Policy DRA role, found by {@code pcrfd run} through {@code META-INF/services}. */
public final class DraRoleRuntime implements RoleRuntime {

    @Override
    public Role role() {
        return Role.DRA;
    }

    @Override
    public RunningNode start(NodeConfig config) {
        return DraNode.start(config, NodeEnvironment.DEFAULTS);
    }
}
