package io.pcrfd.pcrf.establishment;

import io.pcrfd.diameter.dictionary.AvpIdentity;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.pcrf.config.ProjectAvpsConfig;
import java.util.List;

/**
 * The project-specific AVPs of the seed-000 CCR/AAR encodings ({@code pcrfd.dia}) placed
 * where {@link ProjectAvpsConfig} says. HeNB-Identity has no configurable code: it keeps code 3
 * under the configured vendor unless one of the configured codes is 3, in which case it takes
 * the next code above both.
 */
public final class ProjectAvps {
    /** The indication: the receiver is asked to open its session towards the sender. */
    public static final String SESSION_ESTABLISHMENT_REQUEST = "Session-Establishment-Request";
    /** The unique id the PCRF assigns to a trigger; the peer echoes it in its CCR-I. */
    public static final String ESTABLISHMENT_ID = "Establishment-Id";
    /** The H(e)NB identification of seed 000 [0079], for which 3GPP has no S9a AVP. */
    public static final String HENB_IDENTITY = "HeNB-Identity";
    private static final int HENB_IDENTITY_DEFAULT_CODE = 3;

    private ProjectAvps() {
    }

    /** Where the three AVPs live under {@code config}. */
    public static List<AvpIdentity> identities(ProjectAvpsConfig config) {
        int vendor = (int) config.vendorId();
        int request = (int) config.establishmentRequestCode();
        int id = (int) config.establishmentIdCode();
        int henb = request == HENB_IDENTITY_DEFAULT_CODE || id == HENB_IDENTITY_DEFAULT_CODE
                ? (int) Math.max(config.establishmentRequestCode(), config.establishmentIdCode()) + 1
                : HENB_IDENTITY_DEFAULT_CODE;
        return List.of(new AvpIdentity(SESSION_ESTABLISHMENT_REQUEST, request, vendor),
                new AvpIdentity(ESTABLISHMENT_ID, id, vendor),
                new AvpIdentity(HENB_IDENTITY, henb, vendor));
    }

    /**
     * The node's dictionary: the standard one when {@code config} is the default (cached),
     * otherwise the standard files with the three AVPs moved.
     */
    public static Dictionary dictionary(ProjectAvpsConfig config) {
        if (config.equals(ProjectAvpsConfig.defaults())) {
            return Dictionary.standard();
        }
        return Dictionary.standardWith(identities(config));
    }
}
