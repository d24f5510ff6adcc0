/**
 * TLS for Diameter over TCP from the first octet (RFC 6733 §2.1, §13.1; port 5658), with
 * certificates, keys and trust anchors read from PEM files, and optional mutual
 * authentication.
 */
package io.pcrfd.diameter.peer.tls;
