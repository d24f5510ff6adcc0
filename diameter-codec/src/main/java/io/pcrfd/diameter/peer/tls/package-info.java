/**
 * TLS for Diameter over TCP from the first octet (RFC 6733 §2.1, §13.1; port 5658), with
 * certificates, keys and trust anchors read from PEM files, and optional mutual
 * authentication. {@link io.pcrfd.diameter.peer.tls.CertificateNames} decides whether a
 * certificate names a peer's DiameterIdentity (RFC 6125 §6.4 rules).
 */
package io.pcrfd.diameter.peer.tls;
