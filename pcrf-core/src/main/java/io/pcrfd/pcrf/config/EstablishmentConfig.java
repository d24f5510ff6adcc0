package io.pcrfd.pcrf.config;

import java.net.InetAddress;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reverse-initiated session establishment (README "Reverse-initiated establishment"): which
 * local-IP prefixes go to which peer, how each peer is asked, and how long to wait. Data only; the
 * behaviour lives with the establishment handlers.
 *
 * @param enabled        send triggers at all
 * @param peers          how each peer is asked
 * @param mappings       local-IP prefix to peer; the longest matching prefix wins
 * @param triggerTimeout a trigger not followed by the peer's CCR-I within this is retried
 * @param retries        how many times a trigger is retried before it is marked failed
 * @param projectAvps    vendor id and codes of the project-specific AVPs of the CCR/AAR encodings
 */
public record EstablishmentConfig(boolean enabled, List<EstablishmentPeerConfig> peers,
                                  List<LocalIpMappingConfig> mappings, Duration triggerTimeout,
                                  int retries, ProjectAvpsConfig projectAvps) {
    public static final boolean DEFAULT_ENABLED = true;
    public static final Duration DEFAULT_TRIGGER_TIMEOUT = Duration.ofSeconds(5);
    public static final int DEFAULT_RETRIES = 2;

    public EstablishmentConfig {
        peers = List.copyOf(peers);
        mappings = List.copyOf(mappings);
        Checks.positive(triggerTimeout, "triggerTimeout");
        Checks.atLeast(retries, 0, "retries");
        Set<String> hosts = new HashSet<>();
        for (int i = 0; i < peers.size(); i++) {
            InvalidValueException.check(hosts.add(peers.get(i).host().toLowerCase()), "peers[" + i + "].host",
                    "peer '" + peers.get(i).host() + "' is listed twice");
        }
        for (int i = 0; i < mappings.size(); i++) {
            InvalidValueException.check(hosts.contains(mappings.get(i).peer().toLowerCase()), "mappings[" + i + "].peer",
                    "no entry for '" + mappings.get(i).peer() + "' in establishment.peers");
        }
    }

    public static EstablishmentConfig defaults() {
        return new EstablishmentConfig(DEFAULT_ENABLED, List.of(), List.of(), DEFAULT_TRIGGER_TIMEOUT,
                DEFAULT_RETRIES, ProjectAvpsConfig.defaults());
    }

    /** The peer serving {@code localIp} by longest prefix match, if any. */
    public Optional<EstablishmentPeerConfig> peerFor(InetAddress localIp) {
        LocalIpMappingConfig best = null;
        for (LocalIpMappingConfig m : mappings) {
            if (m.prefix().contains(localIp) && (best == null || m.prefix().length() > best.prefix().length())) {
                best = m;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        String host = best.peer();
        return peers.stream().filter(p -> p.host().equalsIgnoreCase(host)).findFirst();
    }
}
