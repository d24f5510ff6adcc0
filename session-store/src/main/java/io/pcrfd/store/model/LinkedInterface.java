package io.pcrfd.store.model;

/** Reference points on which a subsession can be linked to an IP-CAN session. */
public enum LinkedInterface {
    /** TS 29.215, PCRF ↔ BPCF. */
    S9A,
    /** TS 29.215, H-PCRF ↔ V-PCRF. */
    S9,
    /** TS 29.219, PCRF ↔ OCS. */
    SY,
    /** TS 29.214, AF → PCRF. */
    RX,
    /** TS 29.212 §4b, PCRF ↔ TDF. */
    SD
}
