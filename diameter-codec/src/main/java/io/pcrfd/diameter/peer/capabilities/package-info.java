/**
 * Capabilities exchange (RFC 6733 §5.3): our CER and CEA built from the local identity, the
 * peer's advertised applications read from bare Auth-/Acct-Application-Id AVPs and from
 * Vendor-Specific-Application-Id (whose Vendor-Id is ignored for matching, §5.3), and the
 * intersection, where Relay (0xFFFFFFFF) shares everything.
 *
 * <p>Decision: a vendor application is advertised in both forms by default (a bare id and a
 * VSAI with its vendor) because some stacks (jDiameter) look for one form and some for the
 * other; RFC 6733 lets either stand. Application 0 never counts as common.
 */
package io.pcrfd.diameter.peer.capabilities;
