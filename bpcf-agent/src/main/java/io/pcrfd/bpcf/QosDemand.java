package io.pcrfd.bpcf;

/**
 * What one QoS rule asks of an access line: its name and the bandwidth it reserves. The
 * reservation is the rule's guaranteed bit rate when it has one (GBR QCIs), else its maximum
 * requested bandwidth: a fixed line has no statistical multiplexing worth counting on, so the
 * simulator treats an MBR as a reservation too. A rule with neither reserves nothing.
 *
 * @param name   QoS-Rule-Name
 * @param ulBps  uplink reservation, bit/s
 * @param dlBps  downlink reservation, bit/s
 */
public record QosDemand(String name, long ulBps, long dlBps) {
}
