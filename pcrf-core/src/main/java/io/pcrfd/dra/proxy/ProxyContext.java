package io.pcrfd.dra.proxy;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.dra.pool.PoolSelector;
import io.pcrfd.pcrf.config.DraConfig;
import io.pcrfd.store.DraStore;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * What the proxy's request flows share.
 *
 * @param config    the {@code dra} section
 * @param store     bindings and sessions
 * @param pools     pool and PCRF selection for new bindings
 * @param forward   the message rules of a proxy
 * @param send      the peer layer's sender (routes by the Destination-Host the proxy sets)
 * @param clock     expiry times
 * @param counters  what the proxy counts
 */
record ProxyContext(DraConfig config, DraStore store, PoolSelector pools, Forwarding forward,
                    Function<DiameterMessage, CompletionStage<DiameterMessage>> send, Clock clock,
                    DraCounters counters) {

    /** When a session or binding used now is forgotten if nothing uses it again. */
    Instant expiry() {
        return clock.instant().plus(config.sessionLifetime());
    }

    /** The APN part of a binding key: the APN when bindings are per APN, else empty. */
    String bindingApn(String apn) {
        return config.bindingPerApn() && apn != null ? apn : "";
    }
}
