package io.pcrfd.pcrf.runtime;

import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.pcrf.config.Role;

/** A role this build can run (service provider interface, found with {@link java.util.ServiceLoader}). */
public interface RoleRuntime {

    /** The role of {@code role:} in the node's configuration that this runtime plays. */
    Role role();

    /**
     * Starts the node: binds its sockets, dials its peers, and returns once it is serving.
     *
     * @throws StartupException with a one-line reason when it cannot start
     */
    RunningNode start(NodeConfig config);
}
