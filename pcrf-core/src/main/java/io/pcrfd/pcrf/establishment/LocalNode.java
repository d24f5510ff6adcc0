package io.pcrfd.pcrf.establishment;

import java.util.Objects;

/**
 * This node's Diameter identity as the establishment messages carry it: Origin-Host and
 * Origin-Realm, and the PCRF-Address of a TER (TS 29.215 §A.7.6.6: the identity the BPCF must
 * open its session towards, even if a proxy rewrites Origin-Host).
 */
public record LocalNode(String originHost, String originRealm) {
    public LocalNode {
        Objects.requireNonNull(originHost, "originHost");
        Objects.requireNonNull(originRealm, "originRealm");
    }
}
