package io.pcrfd.pcrf.config;

/** Which policy function this node plays; written {@code pcrf}, {@code bpcf}, {@code ocs} or {@code dra} in YAML. */
public enum Role {
    /** The PCRF: Gx towards gateways, S9a towards BPCFs, initiator of trigger establishment. */
    PCRF,
    /** The BPCF of a fixed broadband network: answers triggers, opens S9a sessions. */
    BPCF,
    /** A lab online charging system: Sy policy counters and Gy credit control over credit containers. */
    OCS,
    /**
     * The Policy DRA: a Diameter proxy in front of PCRF pools, keeping subscriber bindings
     * (TS 29.213 §7.3; {@code io.pcrfd.dra}).
     */
    DRA
}
