/**
 * Test utilities shared through the codec's test-jar: a libpcap writer for Diameter over TCP
 * (port 3868, RFC 6733 section 2.1) and a {@code tshark} runner that returns Wireshark's
 * dissection, so that any module can use Wireshark as an independent validator of its bytes.
 */
package io.pcrfd.diameter.testing;
