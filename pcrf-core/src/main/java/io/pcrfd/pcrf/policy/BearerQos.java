package io.pcrfd.pcrf.policy;

import io.pcrfd.pcrf.config.InvalidValueException;
import io.pcrfd.pcrf.config.Required;

/**
 * Default-EPS-Bearer-QoS (TS 29.212 §5.3.48, AVP 1049): the QCI and ARP of the default
 * bearer. Only non-GBR QCIs are allowed there, so a GBR QCI is refused at load.
 *
 * @param qci QoS-Class-Identifier
 * @param arp Allocation-Retention-Priority
 */
public record BearerQos(@Required Integer qci, @Required Arp arp) {
    public BearerQos {
        Qci.check(qci, "qci");
        InvalidValueException.check(qci == null || !Qci.isGbr(qci), "qci",
                "the default bearer needs a non-GBR QCI (TS 29.212 §5.3.48), got " + qci);
    }
}
