package io.pcrfd.pcrf.app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What modules offer each other, by type. A module may only take what the node or a module
 * before it in the role's list published: the order of the list is the order of the wiring, so
 * there are no forward references (Gx publishes its policy port and its session events before
 * establishment, which uses both, is configured).
 */
public final class ModulePorts {
    private final Map<Class<?>, Object> ports = new ConcurrentHashMap<>();

    /** Publishes {@code port} as the one {@code type}; a second one is a wiring mistake. */
    public <T> void provide(Class<T> type, T port) {
        if (ports.putIfAbsent(type, type.cast(port)) != null) {
            throw new IllegalStateException(type.getSimpleName() + " is published twice");
        }
    }

    /** The published {@code type}; a module listed before the one asking must have published it. */
    public <T> T require(Class<T> type, String who) {
        Object port = ports.get(type);
        if (port == null) {
            throw new IllegalStateException("module " + who + " needs " + type.getSimpleName()
                    + ", which no module before it in the role's list publishes");
        }
        return type.cast(port);
    }

    /** The published {@code type}, if some module published it. */
    public <T> java.util.Optional<T> find(Class<T> type) {
        return java.util.Optional.ofNullable(ports.get(type)).map(type::cast);
    }
}
