/**
 * Realm routing (RFC 6733 §2.7, §6.1.6) for a node that sends to its direct peers: a realm
 * table with priorities and failover away from peers the RFC 3539 watchdog holds SUSPECT or
 * DOWN. Generic over {@link io.pcrfd.diameter.peer.routing.Route} so that it knows nothing of
 * connections; the node routes by Destination-Host first and falls back to this table.
 */
package io.pcrfd.diameter.peer.routing;
