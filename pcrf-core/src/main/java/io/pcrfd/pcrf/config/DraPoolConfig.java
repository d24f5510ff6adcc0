package io.pcrfd.pcrf.config;

/**
 * A PCRF pool (or sub-pool: a pool that sub-pool rules name) and the routing table that picks a
 * PCRF within it for a new binding.
 *
 * @param name         the pool id
 * @param routingTable a {@code dra.routingTables} name
 */
public record DraPoolConfig(@Required String name, @Required String routingTable) {
}
