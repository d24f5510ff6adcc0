package io.pcrfd.pcrf.runtime;

import io.pcrfd.pcrf.config.Role;
import java.util.ServiceLoader;

/** Looks up the {@link RoleRuntime} of a role among those on the class path. */
public final class Roles {
    private Roles() {
    }

    /**
     * The runtime that plays {@code role}.
     *
     * @throws StartupException when this build holds no such role
     */
    public static RoleRuntime find(Role role) {
        for (RoleRuntime runtime : ServiceLoader.load(RoleRuntime.class)) {
            if (runtime.role() == role) {
                return runtime;
            }
        }
        throw new StartupException("role " + role.name().toLowerCase() + " is not part of this build");
    }
}
