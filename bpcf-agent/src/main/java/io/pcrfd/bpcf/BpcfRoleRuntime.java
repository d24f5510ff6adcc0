package io.pcrfd.bpcf;

import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.config.Role;
import io.pcrfd.pcrf.runtime.RoleRuntime;
import io.pcrfd.pcrf.runtime.RunningNode;
import java.time.Clock;

/** The BPCF role, found by {@code pcrfd run} through {@code META-INF/services}. */
public final class BpcfRoleRuntime implements RoleRuntime {

    @Override
    public Role role() {
        return Role.BPCF;
    }

    @Override
    public RunningNode start(NodeConfig config) {
        return BpcfNode.start(config, Clock.systemUTC(), false);
    }
}
