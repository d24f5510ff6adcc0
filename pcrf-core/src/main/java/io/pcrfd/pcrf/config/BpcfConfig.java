package io.pcrfd.pcrf.config;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The BPCF role's own settings; ignored in the PCRF role. Kept small: the BPCF is mostly a
 * Diameter peer like any other and takes everything else from the common sections.
 *
 * @param pcrfPeer the host of the PCRF to open S9a sessions towards when no PCRF-Address
 *                 names one (a fixed-line attach with no trigger)
 * @param lines    the broadband access lines and their capacity
 */
public record BpcfConfig(String pcrfPeer, List<AccessLineConfig> lines) {
    public static final String DEFAULT_PCRF_PEER = DiameterConfig.DEFAULT_ORIGIN_HOST;

    public BpcfConfig {
        Checks.diameterIdentity(pcrfPeer, "pcrfPeer");
        lines = List.copyOf(lines);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            InvalidValueException.check(ids.add(lines.get(i).id()), "lines[" + i + "].id",
                    "line '" + lines.get(i).id() + "' is listed twice");
        }
    }

    public static BpcfConfig defaults() {
        return new BpcfConfig(DEFAULT_PCRF_PEER, List.of());
    }
}
