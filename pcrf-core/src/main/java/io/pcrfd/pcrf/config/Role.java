package io.pcrfd.pcrf.config;

/** Which policy function this node plays; written {@code pcrf}, {@code bpcf} or {@code dra} in YAML. */
public enum Role {
    /** The PCRF: Gx towards gateways, S9a towards BPCFs, initiator of trigger establishment. */
    PCRF,
    /** The BPCF of a fixed broadband network: answers triggers, opens S9a sessions. */
    BPCF,
    /**
     * The Policy DRA: a Diameter proxy in front of PCRF pools, keeping subscriber bindings
     * (TS 29.213 §7.3; {@code io.pcrfd.dra}).
     */
    DRA
}
