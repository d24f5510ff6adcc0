package io.pcrfd.pcrf.config;

/**
 * Maps UE-Local-IP-Address or HeNB-Local-IP-Address values inside {@code prefix} to the peer
 * that must be asked to open a session (TS 29.213 §E.4.2.1). The longest matching prefix wins.
 *
 * @param prefix the local-IP prefix ({@code 198.51.100.0/24})
 * @param peer   the host of an entry in {@code establishment.peers}
 */
public record LocalIpMappingConfig(@Required IpPrefix prefix, @Required String peer) {
}
