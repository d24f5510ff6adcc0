package io.pcrfd.pcrf.app;

import io.pcrfd.diameter.peer.NodeEvent;
import java.util.List;
import java.util.Map;

/**
 * A Diameter application (or a group of them sharing state, such as S9a and S9) plugged into a
 * node. A role lists its modules once, in wiring order; the node then, for each module in that
 * order: advertises the {@link #applications()} switched on in CER/CEA, calls {@link #configure}
 * (handlers, ports, state), then {@link #start()} once everything is wired; it forwards every
 * {@link NodeEvent}, shows {@link #counters()} in {@code GET /metrics/counters}, and calls
 * {@link #stop()} in the reverse order after the Diameter side is down.
 */
public interface DiameterApplicationModule {

    /** A short name for logs and errors ({@code gx}, {@code establishment}). */
    String name();

    /** The applications this module can serve; each is switched by {@code applications.KEY}. */
    List<ServedApplication> applications();

    /**
     * Builds the module: reads its configuration section from {@link ModuleContext#config()},
     * takes the ports earlier modules published, publishes its own, and registers its request
     * handlers ({@link ModuleContext#handlers()}: those of an application switched off are dropped).
     */
    void configure(ModuleContext context);

    /** Starts timers on {@link ModuleContext#timer()}; called once every module is configured. */
    default void start() {
    }

    /** Releases what {@link #start()} took; called after the node stopped serving requests. */
    default void stop() {
    }

    /**
     * Counters for {@code GET /metrics/counters}, names prefixed with the module's area
     * ({@code gx.rarRefused}); read on the admin API's threads, so cheap and lock-free.
     */
    default Map<String, Long> counters() {
        return Map.of();
    }

    /**
     * A peer came up, went down or restarted (RFC 6733 §8.16). Called on the peer's event loop:
     * must not block; hand longer work to {@link ModuleContext#timer()}, whose single thread keeps
     * the order in which the modules were told.
     */
    default void onNodeEvent(NodeEvent event) {
    }
}
