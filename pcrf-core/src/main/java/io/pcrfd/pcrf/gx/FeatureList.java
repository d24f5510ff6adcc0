package io.pcrfd.pcrf.gx;

import io.pcrfd.diameter.message.VendorIds;
import io.pcrfd.pcrf.config.FeatureListConfig;
import java.util.Arrays;
import java.util.List;

/**
 * One Supported-Features AVP (TS 29.229 §6.3.29): {Vendor-Id} {Feature-List-ID} {Feature-List}.
 *
 * @param vendorId      Vendor-Id (10415 for the 3GPP lists)
 * @param featureListId Feature-List-ID
 * @param mask          Feature-List, a 32-bit mask
 */
public record FeatureList(long vendorId, long featureListId, long mask) {

    /**
     * The answer to an offer (TS 29.229 §7.2, applied to Gx by TS 29.212 §5.4.1): for each list
     * the PCEF offered and this PCRF also supports, the bits both support. A list whose
     * intersection is empty is left out, as is a list we do not know: absence means the
     * baseline behaviour of that list. An empty offer gets an empty answer (no negotiation).
     */
    public static List<FeatureList> negotiate(List<FeatureList> offered, List<FeatureListConfig> supported) {
        Negotiated last = lastNegotiated;
        if (last != null && last.supported == supported && last.offered.equals(offered)) {
            return last.answer; // the same offer as the last CCR-I's (one PCEF model): the same answer
        }
        List<FeatureList> answer = intersect(offered, supported);
        lastNegotiated = new Negotiated(List.copyOf(offered), supported, answer);
        return answer;
    }

    /**
     * The last offer answered, with the configuration it was answered against (compared by
     * identity: a configuration is immutable) and the answer. Immutable and published through a
     * plain field: a reader sees it whole or an older one, and a lost update only costs a
     * negotiation.
     */
    private record Negotiated(List<FeatureList> offered, List<FeatureListConfig> supported, List<FeatureList> answer) {
    }

    private static Negotiated lastNegotiated;

    private static List<FeatureList> intersect(List<FeatureList> offered, List<FeatureListConfig> supported) {
        FeatureList[] out = new FeatureList[offered.size() * supported.size()];
        int n = 0;
        for (int i = 0; i < offered.size(); i++) {
            FeatureList o = offered.get(i);
            for (int j = 0; j < supported.size(); j++) {
                FeatureListConfig s = supported.get(j);
                long common = o.mask & s.mask();
                if (o.vendorId == s.vendorId() && o.featureListId == s.featureListId() && common != 0) {
                    out[n++] = new FeatureList(o.vendorId, o.featureListId, common);
                }
            }
        }
        // immutable, so the session state keeps it without a copy; one list (the usual CCR-I) in no array
        return n == 0 ? List.of() : n == 1 ? List.of(out[0]) : List.of(Arrays.copyOf(out, n));
    }

    /** True when bit {@code bit} of list {@code listId} (vendor 3GPP) is in {@code lists}. */
    public static boolean has(List<FeatureList> lists, long listId, int bit) {
        return lists.stream().anyMatch(l -> l.vendorId == VendorIds.THREE_GPP && l.featureListId == listId
                && (l.mask & (1L << bit)) != 0);
    }
}
