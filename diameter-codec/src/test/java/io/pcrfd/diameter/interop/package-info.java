/**
 * Interoperability checks against independent implementations: Wireshark's Diameter
 * dissector (through {@code tshark}) reads everything the codec writes.
 */
package io.pcrfd.diameter.interop;
