package io.pcrfd.pcrf.policy;

/**
 * Which network a metering threshold's actions go to: the mobile network (the PCEF, by Gx RAR
 * or CCA), the fixed network (the BPCF, by S9a RAR or CCA, as QoS rules), or both.
 */
public enum MeteringNetworks {
    MOBILE, FIXED, BOTH;

    /** True when actions for these networks go to the mobile network. */
    public boolean mobile() {
        return this != FIXED;
    }

    /** True when actions for these networks go to the fixed network. */
    public boolean fixed() {
        return this != MOBILE;
    }
}
