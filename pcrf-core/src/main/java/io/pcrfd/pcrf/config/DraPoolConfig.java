package io.pcrfd.pcrf.config;

/**
 * A PCRF pool (or sub-pool: a pool that sub-pool rules name) and the routing table that picks a
 * PCRF within it for a new binding.
 *
 * @param name         the pool id
 * @param routingTable a {@code dra.routingTables} name
 * @param onPcrfDown   what a CCR-I gets when its subscriber's binding (made in this pool) names a
 *                     PCRF that is down: {@code refuse} (3002, the binding stays) or {@code
 *                     rehome} (the binding moves to a live PCRF of this pool, and the CCR-I goes
 *                     there); see the package documentation of {@code io.pcrfd.dra}
 */
public record DraPoolConfig(@Required String name, @Required String routingTable, OnPcrfDown onPcrfDown) {
    public static final OnPcrfDown DEFAULT_ON_PCRF_DOWN = OnPcrfDown.REFUSE;

    /** The choice for bindings whose PCRF is down. */
    public enum OnPcrfDown { REFUSE, REHOME }

    public static DraPoolConfig defaults() {
        return new DraPoolConfig(null, null, DEFAULT_ON_PCRF_DOWN);
    }
}
