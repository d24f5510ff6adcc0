package io.pcrfd.diameter.peer.overload;

import io.netty.buffer.ByteBuf;
import io.pcrfd.diameter.dictionary.AvpDefinition;
import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.AvpValues;
import io.pcrfd.diameter.spec.Rfc7683;
import java.util.ArrayList;
import java.util.List;

/**
 * The RFC 7683 AVPs an answer to a DOIC reacting node carries at one moment, built once per
 * {@link Abatement} and kept both as AVPs (for answers built as messages) and as octets (for
 * 3004 answers written straight from the request's octets). Immutable.
 *
 * <pre>
 *  OC-Supported-Features (621)          always (§5.1: the request announced support)
 *    OC-Feature-Vector (622) = 1        OLR_DEFAULT_ALGO, the loss algorithm (§6.1, §7.2)
 *  OC-OLR (623)                         while reporting (§5.5)
 *    OC-Sequence-Number (624)
 *    OC-Report-Type (626) = 0           HOST_REPORT: this node, not the realm (§7.6)
 *    OC-Reduction-Percentage (627)      0..100 (§7.7)
 *    OC-Validity-Duration (625)         seconds; 0 ends the report (§7.4)
 * </pre>
 *
 * None of them carries the M bit (RFC 7683 §7.1 table); flags come from the dictionary.
 */
public final class DoicReport {
    /** OC-Feature-Vector bit OLR_DEFAULT_ALGO (RFC 7683 §7.2). */
    public static final long OLR_DEFAULT_ALGO = 1;
    /** OC-Report-Type HOST_REPORT (RFC 7683 §7.6). */
    public static final int HOST_REPORT = 0;

    private final Abatement abatement;
    private final List<Avp> avps;
    private final byte[] octets;

    private DoicReport(Abatement abatement, List<Avp> avps) {
        this.abatement = abatement;
        this.avps = List.copyOf(avps);
        int size = 0;
        for (Avp a : avps) {
            size += a.paddedLength();
        }
        this.octets = new byte[size];
        int pos = 0;
        for (Avp a : avps) {
            pos = a.writeTo(octets, pos);
        }
    }

    /** The AVPs for {@code a}, with OC-Validity-Duration {@code validitySeconds} while reporting. */
    public static DoicReport of(Dictionary d, Abatement a, long validitySeconds) {
        List<Avp> avps = new ArrayList<>(2);
        avps.add(Avp.grouped(def(d, Rfc7683.OC_SUPPORTED_FEATURES),
                List.of(avp(d, Rfc7683.OC_FEATURE_VECTOR, OLR_DEFAULT_ALGO))));
        if (a.reports()) {
            long validity = a.phase() == Abatement.Phase.ENDING ? 0 : validitySeconds;
            avps.add(Avp.grouped(def(d, Rfc7683.OC_OLR), List.of(
                    avp(d, Rfc7683.OC_SEQUENCE_NUMBER, a.sequence()),
                    avp(d, Rfc7683.OC_REPORT_TYPE, HOST_REPORT),
                    avp(d, Rfc7683.OC_REDUCTION_PERCENTAGE, (long) a.reduction()),
                    avp(d, Rfc7683.OC_VALIDITY_DURATION, validity))));
        }
        return new DoicReport(a, avps);
    }

    private static AvpDefinition def(Dictionary d, AvpKey key) {
        return d.definition(key); // RFC 7683 §7: in rfc7683.dia
    }

    private static Avp avp(Dictionary d, AvpKey key, Object value) {
        AvpDefinition def = def(d, key);
        return Avp.of(def, AvpValues.encode(def, value));
    }

    public Abatement abatement() {
        return abatement;
    }

    /** OC-Supported-Features, then OC-OLR when reporting. */
    public List<Avp> avps() {
        return avps;
    }

    /** The same AVPs as octets, padded. */
    int length() {
        return octets.length;
    }

    void copyTo(ByteBuf out) {
        out.writeBytes(octets);
    }
}
