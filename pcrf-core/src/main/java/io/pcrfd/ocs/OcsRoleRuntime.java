package io.pcrfd.ocs;

import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.config.Role;
import io.pcrfd.pcrf.runtime.RoleRuntime;
import io.pcrfd.pcrf.runtime.RunningNode;
import java.time.Clock;

/** The OCS role, found by {@code pcrfd run} through {@code META-INF/services}. */
public final class OcsRoleRuntime implements RoleRuntime {

    @Override
    public Role role() {
        return Role.OCS;
    }

    @Override
    public RunningNode start(NodeConfig config) {
        return OcsNode.start(config, Clock.systemUTC(), false);
    }
}
