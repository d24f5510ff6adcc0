package io.pcrfd.pcrf.policy;

import io.pcrfd.pcrf.config.InvalidValueException;
import io.pcrfd.pcrf.config.Required;
import java.util.List;

/**
 * A dynamic PCC rule: the content of a Charging-Rule-Definition (TS 29.212 §5.3.4). Fields
 * left null are not sent. QCI, ARP, MBR and GBR form the rule's QoS-Information. Checks made at
 * load: at least one flow (the spec requires Flow-Information unless an application id is
 * used, which this engine does not do), a QCI whenever other QoS is given, and GBR only with
 * a GBR QCI.
 *
 * @param name           Charging-Rule-Name
 * @param flows          Flow-Information
 * @param qci            QoS-Class-Identifier
 * @param arp            Allocation-Retention-Priority
 * @param mbr            Max-Requested-Bandwidth-UL/DL
 * @param gbr            Guaranteed-Bitrate-UL/DL
 * @param precedence     Precedence (lower is evaluated first by the PCEF)
 * @param ratingGroup    Rating-Group
 * @param online         Online (true: ENABLE_ONLINE)
 * @param offline        Offline (true: ENABLE_OFFLINE)
 * @param meteringMethod Metering-Method
 * @param monitoringKey  Monitoring-Key
 * @param flowStatus     Flow-Status
 */
public record ChargingRuleDefinition(@Required String name, List<Flow> flows, Integer qci, Arp arp,
                                     BitratePair mbr, BitratePair gbr, Long precedence, Long ratingGroup,
                                     Boolean online, Boolean offline, MeteringMethod meteringMethod,
                                     String monitoringKey, FlowStatus flowStatus) {
    public ChargingRuleDefinition {
        flows = List.copyOf(flows);
        if (name != null) {
            InvalidValueException.check(!name.isBlank(), "name", "must not be empty");
            InvalidValueException.check(!flows.isEmpty(), "flows", "a dynamic rule needs at least one flow");
        }
        Qci.check(qci, "qci");
        InvalidValueException.check(qci != null || (arp == null && mbr == null && gbr == null), "qci",
                "required when arp, mbr or gbr is given (it heads QoS-Information)");
        InvalidValueException.check(gbr == null || qci == null || Qci.isGbr(qci), "gbr",
                "a guaranteed bit rate needs a GBR QCI (1-4, 65-67, 71-76, 82-85), got QCI " + qci);
        InvalidValueException.check(precedence == null || (precedence >= 0 && precedence <= 0xFFFF_FFFFL),
                "precedence", "must be an Unsigned32, got " + precedence);
        InvalidValueException.check(ratingGroup == null || (ratingGroup >= 0 && ratingGroup <= 0xFFFF_FFFFL),
                "ratingGroup", "must be an Unsigned32, got " + ratingGroup);
    }

    /** True when the rule carries any QoS-Information. */
    public boolean hasQos() {
        return qci != null;
    }
}
